import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { parseTags, secretMatches } from "@/lib/revalidation"

/**
 * POST /api/revalidate — the backend's subscriber calls this after product,
 * price, stock or certificate changes so cached catalogue pages refresh within
 * seconds. Protected by REVALIDATE_SECRET (header x-revalidate-secret).
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get("x-revalidate-secret"), process.env.REVALIDATE_SECRET)) {
    return NextResponse.json({ message: "Forbidden" }, { status: 403 })
  }
  const tags = parseTags(await request.json().catch(() => null))
  if (!tags) return NextResponse.json({ message: "Body must be { tags: [catalogue tags] }" }, { status: 400 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: tags })
}
