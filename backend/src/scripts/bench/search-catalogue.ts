import type { Stars } from "../../modules/ocop/domain/certificate-rules"
import type { ProductSet } from "../../modules/ocop/domain/classification"
import { COMMUNES } from "../../modules/ocop/domain/geography"
import { slugify } from "../../modules/ocop/domain/text"
import { PRODUCERS } from "../seeding/catalogue/producers"
import { PRODUCTS } from "../seeding/catalogue/products"
import { createRandom } from "../seeding/catalogue/random"
import { KINDS } from "../seeding/catalogue/templates"

/**
 * The search benchmark's catalogue: the 144 real Cao Bằng products plus
 * generated ones of the same kinds, places and producers (deterministic), so
 * realistic titles share many words ("Bánh khảo … Quảng Uyên") and the real
 * products must still come out on top for their own names.
 */
export type BenchProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  tags: string[]
  producer: string
  product_set: ProductSet
  stars: Stars
  price: number
  stock: number
  /** valid: issued within the last 33 months; expired (37–44 months ago); revoked last month; none: never certified. */
  certificate: "valid" | "expired" | "revoked" | "none"
  /** Months before today the certificate was issued. */
  issued_months_ago: number
}

const SEED = 20261201

const BRANDS = [
  "cô Luyến",
  "bà Hoa",
  "chị Mai",
  "anh Tuấn",
  "Nà Giàng",
  "Phja Oắc",
  "Pác Bó",
  "Bản Giốc",
  "Khuổi Ky",
  "Nặm Nhũng",
  "Lũng Phầy",
  "Cốc Chia",
  "Nà Mạ",
  "Bó Nặm",
  "Khau Cốc",
  "Thang Hen",
  "Phia Đén",
  "Nà Pồng",
  "Lũng Rỳ",
  "Bản Thang",
]

const MODIFIERS = ["", "", "", "truyền thống", "đặc biệt", "hữu cơ", "nhà làm", "thượng hạng"]

const fill = (text: string, title: string, place: string) => text.replace(/\{title\}/g, title).replace(/\{place\}/g, place)

function realProducts(random: ReturnType<typeof createRandom>): BenchProduct[] {
  return PRODUCTS.map((product) => {
    const variant = product.variants[0]
    return {
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle,
      description: product.description,
      tags: product.tags,
      producer: product.producer,
      product_set: product.product_set,
      stars: product.stars,
      price: variant.price,
      stock: variant.stock,
      certificate: "valid",
      issued_months_ago: random.int(1, 30),
    }
  })
}

/** `total` products: the real catalogue first, then generated ones. */
export function benchCatalogue(total: number): BenchProduct[] {
  const random = createRandom(SEED)
  const products = realProducts(random)
  const handles = new Set(products.map((product) => product.handle))
  const titles = new Set(products.map((product) => product.title))
  const kinds = Object.values(KINDS)
  for (let attempts = 0; products.length < total; attempts++) {
    if (attempts > total * 20) throw new Error(`cannot generate ${total} distinct product names`)
    const kind = random.pick(kinds)
    const producer = random.pick(PRODUCERS)
    const commune = COMMUNES.find((entry) => entry.name === producer.commune) ?? random.pick(COMMUNES)
    const place = random.chance(0.5) ? commune.name : random.pick(BRANDS)
    const modifier = random.pick(MODIFIERS)
    const unique = [kind.name, modifier, place].filter(Boolean).join(" ")
    // Real shops do not sell two products with the same name: draw again.
    if (titles.has(unique)) continue
    titles.add(unique)
    let handle = slugify(unique)
    while (handles.has(handle)) handle = `${slugify(unique)}-${random.int(2, 9999)}`
    handles.add(handle)
    const pack = random.pick(kind.packs)
    const roll = random.next()
    const certificate = roll < 0.9 ? "valid" : roll < 0.95 ? "expired" : roll < 0.97 ? "revoked" : "none"
    products.push({
      handle,
      title: unique,
      subtitle: pack.title,
      description: [fill(kind.lead, unique, `xã ${commune.name}`), random.pick(kind.details)].join(" "),
      tags: [...kind.tags],
      producer: producer.key,
      product_set: kind.set,
      stars: roll < 0.01 ? 5 : roll < 0.12 ? 4 : 3,
      price: Math.round(random.int(pack.price[0], pack.price[1]) / 1000) * 1000,
      stock: random.chance(0.15) ? 0 : random.int(5, 200),
      certificate,
      issued_months_ago: certificate === "expired" ? random.int(37, 44) : random.int(2, 33),
    })
  }
  return products.slice(0, total)
}
