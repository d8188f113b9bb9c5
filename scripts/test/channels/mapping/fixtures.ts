import type { ChannelProduct, ChannelVariant } from "../../../src/channels/core/source"

/** Products shaped like the seed's: one pack, several packs, a spirit. */
export function variant(overrides: Partial<ChannelVariant> = {}): ChannelVariant {
  return {
    variantId: "variant_bkph_500",
    sku: "PHUCHOA-BK-500G",
    title: "Hộp 500 g",
    priceVnd: 45_500,
    stock: 120,
    weightGrams: 560,
    lengthCm: 20,
    widthCm: 12.5,
    heightCm: 6,
    ...overrides,
  }
}

export function banhKhao(overrides: Partial<ChannelProduct> = {}): ChannelProduct {
  return {
    productId: "prod_bkph",
    handle: "banh-khao-phuc-hoa",
    title: "Bánh khảo Phục Hòa",
    description:
      "Bánh khảo làm từ gạo nếp Phục Hòa rang thơm, nhân đường phên và lạc. Sản phẩm đạt OCOP 4 sao năm 2023.\nĐóng hộp giấy, hợp làm quà.",
    images: ["https://cdn.example.vn/bkph/1.jpg", "https://cdn.example.vn/bkph/2.png"],
    categoryKey: "che_bien_tu_gao_ngu_coc",
    certificate: {
      number: "125/GCN-OCOP",
      decision: "Quyết định số 1520/QĐ-UBND ngày 15/12/2023",
      issuer: "UBND tỉnh Cao Bằng",
      issuedOn: "2023-12-15",
      expiresOn: "2026-12-15",
      status: "valid",
      stars: 4,
      productGroup: "Thực phẩm",
    },
    producer: { name: "HTX Bánh khảo Phục Hòa", type: "HTX", commune: "Thị trấn Hòa Thuận", district: "huyện Phục Hòa", phone: null },
    label: {
      netQuantity: "Hộp 500 g",
      ingredients: "Gạo nếp, đường phên, lạc",
      shelfLife: "6 tháng kể từ ngày sản xuất",
      storage: "Nơi khô ráo, thoáng mát",
      origin: "Phục Hòa, Cao Bằng, Việt Nam",
    },
    isSample: false,
    variants: [variant()],
    ...overrides,
  }
}

export function mienDong(overrides: Partial<ChannelProduct> = {}): ChannelProduct {
  return banhKhao({
    productId: "prod_mdtva",
    handle: "mien-dong-tan-viet-a",
    title: "Miến dong Tân Việt Á",
    description: "Miến dong làm từ tinh bột củ dong riềng trồng ở xã Minh Tâm.",
    categoryKey: "che_bien_tu_rau_cu_qua_hat",
    producer: { name: "HTX nông sản Tân Việt Á", type: "HTX", commune: "xã Minh Tâm", district: "huyện Nguyên Bình", phone: null },
    label: { netQuantity: "Gói 500 g", ingredients: "Tinh bột dong riềng", shelfLife: "12 tháng", storage: "Nơi khô ráo", origin: "Nguyên Bình, Cao Bằng" },
    variants: [
      variant({ variantId: "v_md_500", sku: "TVA-MDG-500G", title: "Gói 500 g", priceVnd: 55_000, stock: 180, weightGrams: 540, lengthCm: 30, widthCm: 20, heightCm: 5 }),
      variant({ variantId: "v_md_1kg", sku: "TVA-MDG-1KG", title: "Túi 1 kg", priceVnd: 105_000, stock: 120, weightGrams: 1060, lengthCm: 35, widthCm: 25, heightCm: 7 }),
    ],
    ...overrides,
  })
}

export function ruouNgo(overrides: Partial<ChannelProduct> = {}): ChannelProduct {
  return banhKhao({
    productId: "prod_rn",
    handle: "ruou-ngo-men-la",
    title: "Rượu ngô men lá Cao Bằng",
    description: "Rượu ngô nấu bằng men lá truyền thống.",
    categoryKey: "ruou_trang",
    label: { netQuantity: "Chai 500 ml", alcoholPercent: 29.5, origin: "Hà Quảng, Cao Bằng" },
    variants: [variant({ variantId: "v_rn", sku: "DAIHOANG-CB-500ML", title: "Chai 500 ml", priceVnd: 150_000, weightGrams: 900, lengthCm: 8, widthCm: 8, heightCm: 28 })],
    ...overrides,
  })
}
