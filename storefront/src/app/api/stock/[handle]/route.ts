import { NextResponse } from "next/server"
import { getLiveStock } from "@/lib/data/stock"

const HANDLE = /^[a-z0-9-]{1,200}$/
const NO_STORE = { "cache-control": "private, no-store" }

/**
 * Live stock of one product's variants, read per request by the product
 * page's buy box, so the page itself stays cached by tag.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params
  if (!HANDLE.test(handle)) return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE })
  try {
    const variants = await getLiveStock(handle)
    if (!variants) return NextResponse.json({ error: "not_found" }, { status: 404, headers: NO_STORE })
    return NextResponse.json({ variants }, { headers: NO_STORE })
  } catch {
    return NextResponse.json({ error: "unavailable" }, { status: 502, headers: NO_STORE })
  }
}
