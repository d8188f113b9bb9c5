import { validUntil } from "../../modules/ocop/domain/certificate-rules"
import { PRODUCT_GROUPS, type ProductGroup } from "../../modules/ocop/domain/classification"
import { dateToDay, type Day } from "../../modules/ocop/domain/dates"
import { DISTRICTS, isDistrict } from "../../modules/ocop/domain/geography"
import { foldVietnamese } from "../../modules/ocop/domain/text"

/** What the product index reads through `query.graph` for each product. */
export const PRODUCT_DOCUMENT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "tags.value",
  "sales_channels.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.available_quantity",
  "ocop_producer.id",
  "ocop_producer.handle",
  "ocop_producer.name",
  "ocop_producer.type",
  "ocop_producer.district",
  "ocop_producer.commune",
  "ocop_certificates.stars",
  "ocop_certificates.product_group",
  "ocop_certificates.issued_at",
  "ocop_certificates.expires_at",
  "ocop_certificates.renewal_filed_at",
  "ocop_certificates.revoked_at",
  "ocop_certificates.superseded_at",
]

type DateLike = Date | string
type Maybe<T> = T | null | undefined

/** The shape PRODUCT_DOCUMENT_FIELDS returns (link fields are not in Medusa's generated types). */
export type ProductSource = {
  id: string
  handle: string
  title: string
  subtitle?: Maybe<string>
  description?: Maybe<string>
  thumbnail?: Maybe<string>
  status: string
  created_at: DateLike
  tags?: Maybe<Maybe<{ value: string }>[]>
  sales_channels?: Maybe<Maybe<{ id: string }>[]>
  variants?: Maybe<
    Maybe<{
      manage_inventory?: Maybe<boolean>
      allow_backorder?: Maybe<boolean>
      prices?: Maybe<Maybe<{ amount: Maybe<number | string>; currency_code: Maybe<string> }>[]>
      inventory_items?: Maybe<
        Maybe<{ inventory?: Maybe<{ location_levels?: Maybe<Maybe<{ available_quantity: Maybe<number | string> }>[]> }> }>[]
      >
    }>[]
  >
  ocop_producer?: Maybe<{ id: string; handle: string; name: string; type: string; district: string; commune: string }>
  ocop_certificates?: Maybe<
    Maybe<{
      stars: number
      product_group: string
      issued_at: DateLike
      expires_at: DateLike
      renewal_filed_at: Maybe<DateLike>
      revoked_at: Maybe<DateLike>
      superseded_at: Maybe<DateLike>
    }>[]
  >
}

/**
 * One product as the search index holds it: the searched text, the store
 * scope (status, sales channels), and what the OCOP search filters, sorts and
 * facets by. Validity is one day (`ocop_valid_until`, YYYYMMDD) compared with
 * today at query time.
 */
export type ProductDocument = {
  id: string
  handle: string
  title: string
  title_sort: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  tags: string[]
  status: string
  sales_channel_ids: string[]
  created_at: string
  price_vnd: number | null
  in_stock: boolean
  producer_id: string | null
  producer_handle: string | null
  producer_name: string | null
  producer_type: string | null
  district: string | null
  district_name: string | null
  commune: string | null
  stars: number | null
  group: string | null
  group_name: string | null
  ocop_valid_until: number | null
}

const nfc = (text: Maybe<string>): string | null => (text ? text.normalize("NFC") : null)

/** "2027-03-01" → 20270301: a day as a number every engine can compare. */
export function dayNumber(day: Day): number {
  return Number(day.replace(/-/g, ""))
}

function cheapestVnd(product: ProductSource): number | null {
  const amounts = (product.variants ?? [])
    .flatMap((variant) => variant?.prices ?? [])
    .filter((price): price is { amount: number | string; currency_code: string } => price?.currency_code === "vnd" && price.amount != null)
    .map((price) => Number(price.amount))
  return amounts.length ? Math.min(...amounts) : null
}

/** Sellable now: a variant that does not track stock, allows backorders, or has stock at some location. */
function inStock(product: ProductSource): boolean {
  return (product.variants ?? []).some((variant) => {
    if (!variant) return false
    if (variant.manage_inventory === false || variant.allow_backorder) return true
    return (variant.inventory_items ?? []).some((item) =>
      (item?.inventory?.location_levels ?? []).some((level) => Number(level?.available_quantity ?? 0) > 0)
    )
  })
}

function currentCertificate(product: ProductSource) {
  return (product.ocop_certificates ?? [])
    .filter((certificate): certificate is NonNullable<typeof certificate> => !!certificate && !certificate.superseded_at)
    .sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0]
}

const isGroup = (value: string): value is ProductGroup => Object.prototype.hasOwnProperty.call(PRODUCT_GROUPS, value)

export function productDocument(product: ProductSource): ProductDocument {
  const title = product.title.normalize("NFC")
  const producer = product.ocop_producer ?? null
  const certificate = currentCertificate(product)
  const district = producer?.district ?? null
  const group = certificate?.product_group ?? null
  return {
    id: product.id,
    handle: product.handle,
    title,
    title_sort: foldVietnamese(title).toLowerCase(),
    subtitle: nfc(product.subtitle),
    description: nfc(product.description),
    thumbnail: product.thumbnail ?? null,
    tags: (product.tags ?? []).flatMap((tag) => (tag?.value ? [tag.value.normalize("NFC")] : [])),
    status: product.status,
    sales_channel_ids: (product.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
    created_at: new Date(product.created_at).toISOString(),
    price_vnd: cheapestVnd(product),
    in_stock: inStock(product),
    producer_id: producer?.id ?? null,
    producer_handle: producer?.handle ?? null,
    producer_name: nfc(producer?.name),
    producer_type: producer?.type ?? null,
    district,
    district_name: district && isDistrict(district) ? DISTRICTS[district] : null,
    commune: nfc(producer?.commune),
    stars: certificate?.stars ?? null,
    group,
    group_name: group && isGroup(group) ? PRODUCT_GROUPS[group].vi : null,
    ocop_valid_until: certificate
      ? dayNumber(
          validUntil({
            expires_at: dateToDay(certificate.expires_at),
            revoked_at: certificate.revoked_at ? dateToDay(certificate.revoked_at) : null,
            renewal_filed_at: certificate.renewal_filed_at ? dateToDay(certificate.renewal_filed_at) : null,
          })
        )
      : null,
  }
}
