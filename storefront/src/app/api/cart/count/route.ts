import { NextResponse } from "next/server"
import { itemCount, retrieveCart } from "@/lib/data/cart"

/**
 * The header's cart count, read per request by a small client island so the
 * shared layout never reads cookies (catalogue pages stay static).
 */
export async function GET() {
  const count = itemCount(await retrieveCart())
  return NextResponse.json({ count }, { headers: { "cache-control": "private, no-store" } })
}
