import type { ChannelCertificate, ChannelLabel, ChannelProduct, ChannelVariant } from "@ocop/scripts/channels"
import { offeredStock, type StockRules } from "../../modules/channels/domain/stock-rules"
import { statusOn, type CertificateStatus } from "../../modules/ocop/domain/certificate-rules"
import { PRODUCT_GROUPS, type ProductGroup } from "../../modules/ocop/domain/classification"
import { dateToDay, type Day } from "../../modules/ocop/domain/dates"
import { DISTRICTS, isDistrict } from "../../modules/ocop/domain/geography"
import { variantStock, VARIANT_STOCK_FIELDS, type VariantStockRow } from "./variant-stock"

/**
 * The catalogue as the channel package plans it (`ChannelProduct`: camelCase,
 * whole VND, grams, centimetres), for the admin API the CLI reads and for
 * the backend's own pushes.
 */
export type { ChannelProduct }

const variantFields = [
  ...VARIANT_STOCK_FIELDS.filter((field) => !field.startsWith("product.")),
  "title",
  "weight",
  "length",
  "width",
  "height",
  "prices.amount",
  "prices.currency_code",
].map((field) => `variants.${field}`)

export const CHANNEL_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "metadata",
  "weight",
  "length",
  "width",
  "height",
  "images.url",
  "images.rank",
  ...variantFields,
  "ocop_certificates.certificate_number",
  "ocop_certificates.decision_number",
  "ocop_certificates.issuer",
  "ocop_certificates.issued_at",
  "ocop_certificates.expires_at",
  "ocop_certificates.revoked_at",
  "ocop_certificates.renewal_filed_at",
  "ocop_certificates.superseded_at",
  "ocop_certificates.stars",
  "ocop_certificates.product_group",
  "ocop_certificates.product_set",
  "ocop_certificates.is_sample",
  "ocop_producer.name",
  "ocop_producer.type",
  "ocop_producer.commune",
  "ocop_producer.district",
  "ocop_producer.phone",
  "ocop_producer.is_sample",
  "ocop_producer.stock_location.id",
]

type Certificate = {
  certificate_number: string
  decision_number: string
  issuer: string
  issued_at: Date | string
  expires_at: Date | string
  revoked_at: Date | string | null
  renewal_filed_at: Date | string | null
  superseded_at: Date | string | null
  stars: number
  product_group: string
  product_set: string
  is_sample: boolean
}

type Measured = { weight: number | string | null; length: number | string | null; width: number | string | null; height: number | string | null }

type VariantRow = Omit<VariantStockRow, "product" | "product_id"> &
  Measured & { title: string | null; prices?: ({ amount: number | string | null; currency_code: string | null } | null)[] | null }

export type ProductRow = Measured & {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  images?: ({ url: string; rank: number | null } | null)[] | null
  variants?: (VariantRow | null)[] | null
  ocop_certificates?: (Certificate | null)[] | null
  ocop_producer?: {
    name: string
    type: string
    commune: string
    district: string
    phone: string | null
    is_sample: boolean
    stock_location?: { id: string } | null
  } | null
}

const CHANNEL_STATUS: Record<CertificateStatus, ChannelCertificate["status"]> = {
  active: "valid",
  expiring: "expiring",
  renewal_pending: "pending",
  expired: "expired",
  revoked: "revoked",
}

/** "HTX" | "THT" | "DN" | "HKD": how producers are abbreviated on listings. */
const PRODUCER_ABBREVIATIONS: Record<string, string> = {
  hop_tac_xa: "HTX",
  to_hop_tac: "THT",
  doanh_nghiep: "DN",
  ho_kinh_doanh: "HKD",
}

const measure = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined || value === "" ? null : Number(value)

function currentCertificate(product: ProductRow): Certificate | null {
  return (
    (product.ocop_certificates ?? [])
      .filter((certificate): certificate is Certificate => !!certificate && !certificate.superseded_at)
      .sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0] ?? null
  )
}

function presentCertificate(certificate: Certificate, today: Day): ChannelCertificate {
  const status = statusOn(
    {
      expires_at: dateToDay(certificate.expires_at),
      revoked_at: certificate.revoked_at ? dateToDay(certificate.revoked_at) : null,
      renewal_filed_at: certificate.renewal_filed_at ? dateToDay(certificate.renewal_filed_at) : null,
    },
    today
  )
  return {
    number: certificate.certificate_number,
    decision: certificate.decision_number,
    issuer: certificate.issuer,
    issuedOn: dateToDay(certificate.issued_at),
    expiresOn: dateToDay(certificate.expires_at),
    status: CHANNEL_STATUS[status],
    stars: certificate.stars as ChannelCertificate["stars"],
    productGroup: PRODUCT_GROUPS[certificate.product_group as ProductGroup]?.vi ?? certificate.product_group,
  }
}

function presentLabel(metadata: Record<string, unknown> | null): ChannelLabel {
  const raw = metadata?.label
  if (!raw || typeof raw !== "object") return {}
  const source = raw as Record<string, unknown>
  const label: ChannelLabel = {}
  const text = (key: string) => (typeof source[key] === "string" && source[key] ? (source[key] as string) : undefined)
  if (text("net_quantity")) label.netQuantity = text("net_quantity")
  if (text("ingredients")) label.ingredients = text("ingredients")
  if (text("shelf_life")) label.shelfLife = text("shelf_life")
  if (text("storage")) label.storage = text("storage")
  if (text("origin")) label.origin = text("origin")
  if (typeof source.alcohol_percent === "number") label.alcoholPercent = source.alcohol_percent
  return label
}

function absolute(url: string, origin: string): string {
  return /^https?:\/\//.test(url) ? url : `${origin}${url.startsWith("/") ? "" : "/"}${url}`
}

/**
 * One product for the CLI. `stock` is what the storefront can sell now at the
 * producer's locations, or what the account is offered under its rules when
 * `rules` is given. Variants without a VND price or a SKU are left out: they
 * cannot be listed.
 */
export function presentChannelProduct(
  product: ProductRow,
  options: { today: Day; origin: string; rules: StockRules | null }
): ChannelProduct {
  const certificate = currentCertificate(product)
  const producer = product.ocop_producer ?? null
  const images = [
    product.thumbnail,
    ...[...(product.images ?? [])]
      .filter((image): image is { url: string; rank: number | null } => !!image)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => image.url),
  ].filter((url): url is string => !!url)

  const variants = (product.variants ?? []).flatMap((variant): ChannelVariant[] => {
    if (!variant?.sku) return []
    const prices = (variant.prices ?? [])
      .filter((price) => price?.currency_code === "vnd" && price.amount !== null)
      .map((price) => Number(price?.amount))
    if (!prices.length) return []
    const { available } = variantStock({
      ...variant,
      product_id: product.id,
      product: { ocop_producer: producer ? { stock_location: producer.stock_location ?? null } : null },
    })
    return [
      {
        variantId: variant.id,
        sku: variant.sku,
        title: variant.title ?? product.title,
        priceVnd: Math.min(...prices),
        stock: options.rules ? offeredStock(available, options.rules) : available,
        weightGrams: measure(variant.weight) ?? measure(product.weight),
        lengthCm: measure(variant.length) ?? measure(product.length),
        widthCm: measure(variant.width) ?? measure(product.width),
        heightCm: measure(variant.height) ?? measure(product.height),
      },
    ]
  })

  return {
    productId: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description ?? "",
    images: [...new Set(images.map((url) => absolute(url, options.origin)))],
    categoryKey: certificate?.product_set ?? "",
    certificate: certificate ? presentCertificate(certificate, options.today) : null,
    producer: producer
      ? {
          name: producer.name,
          type: PRODUCER_ABBREVIATIONS[producer.type] ?? producer.type,
          commune: producer.commune,
          district: isDistrict(producer.district) ? DISTRICTS[producer.district] : producer.district,
          phone: producer.phone || null,
        }
      : null,
    label: presentLabel(product.metadata),
    isSample: product.metadata?.is_sample === true || !!certificate?.is_sample || !!producer?.is_sample,
    variants,
  }
}
