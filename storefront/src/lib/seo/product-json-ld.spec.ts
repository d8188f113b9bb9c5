import { describe, expect, it } from "vitest"
import type { ProductDetail } from "@/lib/types"
import { productJsonLd, serializeJsonLd } from "./product-json-ld"
import { localeAlternates } from "./alternates"

const product: ProductDetail = {
  id: "prod_1",
  title: "Rượu ngô Đinh Đông",
  subtitle: "Chai 500 ml",
  handle: "ruou-ngo-dinh-dong",
  description: "Rượu ngô men lá",
  thumbnail: "http://localhost:9000/static/a.svg",
  images: [
    { id: "img_1", url: "http://localhost:9000/static/a.svg" },
    { id: "img_2", url: "http://localhost:9000/static/b.jpg" },
  ],
  weight: 900,
  origin_country: "vn",
  tags: null,
  variants: [
    { id: "v1", title: "Chai 500 ml", sku: "RN-500", manage_inventory: true, calculated_price: { calculated_amount: 100000 } },
    { id: "v2", title: "Chai 1 lít", sku: "RN-1L", manage_inventory: true, calculated_price: { calculated_amount: 180000 } },
    { id: "v3", title: "Unpriced", sku: null, calculated_price: null },
  ],
  label: null,
  shippable: true,
  is_sample: false,
  ocop: null,
  producer: {
    id: "p1",
    name: "Cơ sở rượu ngô Đinh Đông",
    handle: "co-so-dinh-dong",
    type: "ho_kinh_doanh",
    district: "ha_quang",
    commune: "Thông Nông",
    address: null,
    phone: null,
    zalo: null,
    email: null,
    registration_number: null,
    representative: null,
    story: null,
    logo_url: null,
    photos: null,
    is_sample: false,
  },
}

describe("productJsonLd", () => {
  it("describes the product with its producer as brand and one VND offer per priced variant", () => {
    const data = productJsonLd(product, { url: "https://shop.example/vi/products/ruou-ngo-dinh-dong", stock: { v1: 5, v2: 0 } })
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Rượu ngô Đinh Đông",
      description: "Rượu ngô men lá",
      sku: "RN-500",
      image: ["http://localhost:9000/static/a.svg", "http://localhost:9000/static/b.jpg"],
      brand: { "@type": "Brand", name: "Cơ sở rượu ngô Đinh Đông" },
    })
    expect(data.offers).toHaveLength(2)
    expect(data.offers[0]).toMatchObject({
      price: 100000,
      priceCurrency: "VND",
      availability: "https://schema.org/InStock",
      sku: "RN-500",
    })
    expect(data.offers[1].availability).toBe("https://schema.org/OutOfStock")
  })

  it("does not claim stock it has not seen", () => {
    const data = productJsonLd(product, { url: "u", stock: null })
    expect(data.offers.every((offer) => offer.availability === "https://schema.org/OutOfStock")).toBe(true)
  })

  it("treats untracked stock as available", () => {
    const data = productJsonLd(product, { url: "u", stock: { v1: null, v2: null } })
    expect(data.offers.map((offer) => offer.availability)).toEqual(["https://schema.org/InStock", "https://schema.org/InStock"])
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script tag", () => {
    expect(serializeJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>")
  })
})

describe("localeAlternates", () => {
  it("links every language and the Vietnamese default", () => {
    expect(localeAlternates("en", "/products/x")).toEqual({
      canonical: "/en/products/x",
      languages: { vi: "/vi/products/x", en: "/en/products/x", "x-default": "/vi/products/x" },
    })
    expect(localeAlternates("vi", "/products", "stars=4").canonical).toBe("/vi/products?stars=4")
  })
})
