import { describe, expect, it } from "vitest"
import { manualClock } from "../../../src/channels/core/clock"
import { memoryTokenStore } from "../../../src/channels/core/token-store"
import { publicBaseString, resolveShopeeConfig, shopBaseString, shopeeSign, ShopeeTransport, unixSeconds } from "../../../src/channels/shopee"

const PARTNER = 2001887
const SHOP = 14701711
const TOKEN = "59777174636562737266615546704c6d"
const TS = 1655714431

describe("Shopee signature", () => {
  it("builds the documented shop base string", () => {
    expect(shopBaseString(PARTNER, "/api/v2/shop/get_shop_info", TS, TOKEN, SHOP)).toBe(
      "2001887/api/v2/shop/get_shop_info165571443159777174636562737266615546704c6d14701711",
    )
  })

  it("builds the documented public base string", () => {
    expect(publicBaseString(PARTNER, "/api/v2/public/get_shops_by_partner", TS)).toBe("2001887/api/v2/public/get_shops_by_partner1655714431")
  })

  it("signs the shop example with test-partner-key (research vector)", () => {
    const base = shopBaseString(PARTNER, "/api/v2/shop/get_shop_info", TS, TOKEN, SHOP)
    expect(shopeeSign("test-partner-key", base)).toBe("faf4a60d51e5807794fd37d18f605d4e8d1370ba96d66245e23d22c77cb6f090")
  })

  it("signs the public example with test-partner-key (research vector)", () => {
    const base = publicBaseString(PARTNER, "/api/v2/public/get_shops_by_partner", TS)
    expect(shopeeSign("test-partner-key", base)).toBe("eb64c45d9acbec13d6055f604ec1e5b055977f894f80b78659ca0ac06de0d376")
  })

  // Own vectors, computed independently with `openssl dgst -sha256 -hmac`.
  it("signs the token refresh path (public) like openssl does", () => {
    expect(shopeeSign("test-partner-key", publicBaseString(PARTNER, "/api/v2/auth/access_token/get", 1700000000))).toBe(
      "94e5f7fb9963acff4fefc5348ddc0367881d0eb53a75b71f9c60a87e052e10a7",
    )
  })

  it("uses the partner key as UTF-8 text, not hex", () => {
    const base = shopBaseString(PARTNER, "/api/v2/product/add_item", 1700000000, "abcdef0123456789", SHOP)
    expect(shopeeSign("khóa-đối-tác", base)).toBe("667cda63516bf8b23ce47f47724ff287ab4e14ff29192044e7ee3dd084af85f6")
    // "74657374" hex-decodes to "test": a hex-decoding client would produce this instead.
    expect(shopeeSign("74657374", base)).not.toBe("af8409aa54447e4e363c56a86e55f2a155054cb4202648b1f9f51f278d1a5295")
    expect(shopeeSign("test", base)).toBe("af8409aa54447e4e363c56a86e55f2a155054cb4202648b1f9f51f278d1a5295")
  })

  it("produces lowercase 64-hex signatures", () => {
    expect(shopeeSign("K", "x")).toMatch(/^[0-9a-f]{64}$/)
  })

  it("takes the timestamp in seconds", () => {
    expect(unixSeconds(1655714431999)).toBe(1655714431)
  })
})

describe("signed request URLs", () => {
  const clock = manualClock(TS * 1000 + 250)
  const transport = new ShopeeTransport(
    resolveShopeeConfig({ baseUrl: "https://partner.example/", partnerId: PARTNER, partnerKey: "test-partner-key", shopId: SHOP, tokenStore: memoryTokenStore(), clock }),
  )

  it("puts the common shop parameters in the query and repeats array keys", () => {
    const url = new URL(
      transport.signedUrl({ path: "/api/v2/product/get_item_list", query: { offset: 0, page_size: 100, item_status: ["NORMAL", "UNLIST"], update_time_from: undefined } }, { kind: "shop", accessToken: TOKEN }),
    )
    expect(url.origin + url.pathname).toBe("https://partner.example/api/v2/product/get_item_list")
    expect(url.searchParams.get("partner_id")).toBe("2001887")
    expect(url.searchParams.get("timestamp")).toBe(String(TS))
    expect(url.searchParams.get("access_token")).toBe(TOKEN)
    expect(url.searchParams.get("shop_id")).toBe(String(SHOP))
    expect(url.searchParams.getAll("item_status")).toEqual(["NORMAL", "UNLIST"])
    expect(url.searchParams.has("update_time_from")).toBe(false)
    expect(url.searchParams.get("sign")).toBe(shopeeSign("test-partner-key", shopBaseString(PARTNER, "/api/v2/product/get_item_list", TS, TOKEN, SHOP)))
  })

  it("signs public calls without access_token or shop_id", () => {
    const url = new URL(transport.signedUrl({ path: "/api/v2/media_space/upload_image" }, { kind: "public" }))
    expect(url.searchParams.has("access_token")).toBe(false)
    expect(url.searchParams.has("shop_id")).toBe(false)
    expect(url.searchParams.get("sign")).toBe(shopeeSign("test-partner-key", publicBaseString(PARTNER, "/api/v2/media_space/upload_image", TS)))
  })
})
