import type { Stars } from "../../../modules/ocop/domain/certificate-rules"
import type { ProductSet } from "../../../modules/ocop/domain/classification"
import type { Day } from "../../../modules/ocop/domain/dates"
import type { District } from "../../../modules/ocop/domain/geography"
import type { ProducerType } from "../../../modules/ocop/domain/producer-types"

/**
 * The Cao Bằng catalogue as seed data. Documented facts (real producers and
 * products named in the province's report and press) carry is_sample: false;
 * everything invented to reach the report's distribution carries is_sample: true.
 */
export type SeedProducer = {
  /** Stable key used by products; also the basis of the handle. */
  key: string
  name: string
  type: ProducerType
  district: District
  /** One of COMMUNES[].name (today's commune). */
  commune: string
  /** Street / hamlet part of the address, without commune or province. */
  street: string
  /** Vietnamese phone as people write it, e.g. "0912 345 678" or "0206 3852 123". */
  phone: string
  zalo?: string
  email?: string
  registration_number?: string
  representative?: string
  /** 2–4 sentences, Vietnamese. */
  story: string
  is_sample: boolean
}

export type SeedLabel = {
  /** "Hộp 500 g", "Chai 500 ml", "Gói 1 kg" … */
  net_quantity: string
  ingredients: string
  /** "12 tháng kể từ ngày sản xuất" */
  shelf_life: string
  storage: string
  /** "Xã Minh Tâm, tỉnh Cao Bằng, Việt Nam" */
  origin: string
  /** Percent by volume, spirits only. */
  alcohol_percent?: number
  usage?: string
  warnings?: string
}

export type SeedVariant = {
  title: string
  sku: string
  /** Whole VND. */
  price: number
  weight_g: number
  length_cm: number
  width_cm: number
  height_cm: number
  stock: number
}

export type SeedCertificate = {
  /** Unique across the catalogue, e.g. "CB-2023-0412". */
  number: string
  /** e.g. "124/QĐ-UBND" */
  decision_number: string
  issued_at: Day
  /** Optional score; when present it must agree with the stars. */
  score?: number
}

export type SeedProduct = {
  handle: string
  title: string
  subtitle: string
  /** 2–3 sentences, Vietnamese. */
  description: string
  producer: string
  product_set: ProductSet
  stars: Stars
  is_sample: boolean
  /** The certificate that was valid on 2024-06-30 (issued 2021-07-01 … 2024-06-30). */
  certificate: SeedCertificate
  /** A later certificate that superseded it (re-evaluation after expiry), issued after 2024-06-30. */
  renewal?: SeedCertificate & { stars?: Stars }
  /** Renewal dossier filed but not decided yet (certificate in grace). */
  renewal_filed_at?: Day
  revoked?: { at: Day; reason: string }
  label: SeedLabel
  variants: SeedVariant[]
  /** false for tourism services (no shipping). */
  shippable: boolean
  tags: string[]
}
