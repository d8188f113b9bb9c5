import "server-only"

/**
 * Product pictures stored by the backend's file provider (`<backend>/static/…`)
 * are served from the storefront's own origin under `/media/…`: the browser
 * then reuses the page's connection instead of opening one to another host
 * before the first picture can paint. Other addresses (a CDN, S3) are kept.
 */
export function mediaUrl(src: string): string {
  const bases = [process.env.MEDUSA_PUBLIC_BACKEND_URL, process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"]
  for (const base of bases) {
    if (!base) continue
    const prefix = `${base.replace(/\/$/, "")}/static/`
    if (src.startsWith(prefix)) return `/media/${src.slice(prefix.length)}`
  }
  return src
}
