import type { MetadataRoute } from "next"
import { absoluteUrl } from "@/lib/seo/site-url"

/** Read per request so the sitemap address follows the host the storefront runs on. */
export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: absoluteUrl("/sitemap.xml") }
}
