import { serializeJsonLd } from "@/lib/seo/product-json-ld"

/** Structured data for crawlers; the JSON is escaped so no text can close the script tag. */
export default function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
