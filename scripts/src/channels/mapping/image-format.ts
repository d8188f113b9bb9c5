import { problem, type Problem } from "./problems"

/** Both platforms take photos as JPEG or PNG only (Shopee upload_image, Lazada image migration). */
const ACCEPTED = /\.(jpe?g|png)$/i

/** The URL's path (a CDN's "?w=800" does not hide the extension); the text itself when it is no URL. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

/** A refusal naming the pictures the platform would reject, judged by the file extension of the URL's path. */
export function imageFormatProblem(field: string, urls: string[]): Problem | null {
  const rejected = urls.filter((url) => !ACCEPTED.test(pathOf(url)))
  if (!rejected.length) return null
  const names = rejected.map((url) => url.split("/").pop() ?? url).join(", ")
  return problem(field, `Ảnh phải là JPG hoặc PNG: ${names}`, `images must be JPEG or PNG: ${names}`)
}
