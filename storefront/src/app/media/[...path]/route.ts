import { NextResponse } from "next/server"

/** Only file names the backend's local file provider writes: no "..", no query, no other host. */
const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/

const PASSED_HEADERS = ["content-type", "content-length", "etag", "last-modified"]

/**
 * GET /media/<file>: the backend's `/static/<file>` from the storefront's
 * origin (see lib/util/media-url.ts). Stored files never change name, so the
 * answer may be cached for a year.
 */
export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }) {
  const { path } = await context.params
  if (!path.length || !path.every((segment) => SAFE_SEGMENT.test(segment) && segment !== "." && segment !== "..")) {
    return new NextResponse("Not found", { status: 404 })
  }
  const backend = (process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000").replace(/\/$/, "")
  let upstream: Response
  try {
    upstream = await fetch(`${backend}/static/${path.join("/")}`, { cache: "no-store" })
  } catch {
    return new NextResponse("Backend unavailable", { status: 502 })
  }
  if (!upstream.ok || !upstream.body) return new NextResponse("Not found", { status: upstream.status === 404 ? 404 : 502 })
  const headers = new Headers({ "cache-control": "public, max-age=31536000, immutable" })
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new NextResponse(upstream.body, { status: 200, headers })
}
