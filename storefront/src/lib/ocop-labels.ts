import type { Locale } from "@/i18n/routing"

/**
 * Labels for the backend's OCOP codes, copied from
 * backend/src/modules/ocop/domain/{classification,geography,producer-types}.ts
 * (the storefront never imports backend code). Keep both in step.
 */
type Bilingual = { vi: string; en: string }

/** The 6 OCOP groups (ngành) since Decision 148/2023; 2019 names deliberately absent. */
export const PRODUCT_GROUPS = {
  thuc_pham: { vi: "Thực phẩm", en: "Food" },
  do_uong: { vi: "Đồ uống", en: "Beverages" },
  duoc_lieu: { vi: "Dược liệu và sản phẩm từ dược liệu", en: "Medicinal herbs and herbal products" },
  thu_cong_my_nghe: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  sinh_vat_canh: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  dich_vu_du_lich: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community and eco-tourism services and destinations",
  },
} as const satisfies Record<string, Bilingual>

export type ProductGroup = keyof typeof PRODUCT_GROUPS
export const PRODUCT_GROUP_CODES = Object.keys(PRODUCT_GROUPS) as ProductGroup[]

/** The 26 product sets (bộ sản phẩm) and the group each belongs to. */
export const PRODUCT_SETS = {
  rau_cu_qua_hat_tuoi: { group: "thuc_pham", vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, fruit and nuts" },
  thit_thuy_san_trung_sua_tuoi: { group: "thuc_pham", vi: "Thịt, thủy sản, trứng, sữa tươi", en: "Fresh meat, fish, eggs and milk" },
  gao_ngu_coc: { group: "thuc_pham", vi: "Gạo, ngũ cốc, hạt sơ chế khác", en: "Rice, grains and other raw seeds" },
  mat_ong_nong_san_khac: { group: "thuc_pham", vi: "Mật ong, mật khác và nông sản thực phẩm khác", en: "Honey, syrups and other farm foods" },
  do_an_nhanh: { group: "thuc_pham", vi: "Đồ ăn nhanh", en: "Fast food" },
  che_bien_tu_gao_ngu_coc: { group: "thuc_pham", vi: "Chế biến từ gạo, ngũ cốc", en: "Processed from rice and grains" },
  che_bien_tu_rau_cu_qua_hat: { group: "thuc_pham", vi: "Chế biến từ rau, củ, quả, hạt", en: "Processed from vegetables, fruit and nuts" },
  che_bien_tu_thit_trung_sua_thuy_san: {
    group: "thuc_pham",
    vi: "Chế biến từ thịt, trứng, sữa, thủy sản, mật ong và nông sản khác",
    en: "Processed from meat, eggs, milk, fish, honey and other farm foods",
  },
  tuong_nuoc_mam_gia_vi_long: { group: "thuc_pham", vi: "Tương, nước mắm, gia vị dạng lỏng khác", en: "Sauces and liquid seasonings" },
  gia_vi_khac: { group: "thuc_pham", vi: "Gia vị khác", en: "Other seasonings" },
  che_tuoi_che_bien: { group: "thuc_pham", vi: "Chè tươi, chế biến", en: "Tea" },
  che_tu_thuc_vat_khac: { group: "thuc_pham", vi: "Sản phẩm chè từ thực vật khác", en: "Herbal teas" },
  ca_phe_ca_cao: { group: "thuc_pham", vi: "Cà phê, ca cao", en: "Coffee and cocoa" },
  ruou_trang: { group: "do_uong", vi: "Rượu trắng", en: "White spirits" },
  do_uong_co_con_khac: { group: "do_uong", vi: "Đồ uống có cồn khác", en: "Other alcoholic drinks" },
  nuoc_khoang_nuoc_dong_chai: { group: "do_uong", vi: "Nước khoáng thiên nhiên, nước uống đóng chai", en: "Mineral and bottled water" },
  do_uong_khong_con_khac: { group: "do_uong", vi: "Đồ uống không cồn khác", en: "Other soft drinks" },
  thuc_pham_chuc_nang_thuoc_duoc_lieu: {
    group: "duoc_lieu",
    vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
    en: "Functional foods and traditional medicines",
  },
  my_pham_duoc_lieu: { group: "duoc_lieu", vi: "Mỹ phẩm có thành phần từ dược liệu", en: "Herb-based cosmetics" },
  tinh_dau_duoc_lieu_khac: { group: "duoc_lieu", vi: "Tinh dầu và dược liệu khác", en: "Essential oils and other herbs" },
  thu_cong_gia_dung_trang_tri: {
    group: "thu_cong_my_nghe",
    vi: "Thủ công mỹ nghệ gia dụng, trang trí",
    en: "Household and decorative crafts",
  },
  vai_may_mac: { group: "thu_cong_my_nghe", vi: "Vải, may mặc", en: "Textiles and garments" },
  hoa: { group: "sinh_vat_canh", vi: "Hoa", en: "Flowers" },
  cay_canh: { group: "sinh_vat_canh", vi: "Cây cảnh", en: "Ornamental plants" },
  dong_vat_canh: { group: "sinh_vat_canh", vi: "Động vật cảnh", en: "Ornamental animals" },
  du_lich_cong_dong_sinh_thai: {
    group: "dich_vu_du_lich",
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community and eco-tourism services and destinations",
  },
} as const satisfies Record<string, Bilingual & { group: ProductGroup }>

export type ProductSet = keyof typeof PRODUCT_SETS

/** Cao Bằng's legacy districts (before 1 July 2025), which the province still counts by. */
export const DISTRICTS = {
  thanh_pho_cao_bang: { vi: "Thành phố Cao Bằng", en: "Cao Bằng City" },
  bao_lac: { vi: "Bảo Lạc", en: "Bảo Lạc" },
  bao_lam: { vi: "Bảo Lâm", en: "Bảo Lâm" },
  ha_quang: { vi: "Hà Quảng", en: "Hà Quảng" },
  ha_lang: { vi: "Hạ Lang", en: "Hạ Lang" },
  hoa_an: { vi: "Hòa An", en: "Hòa An" },
  nguyen_binh: { vi: "Nguyên Bình", en: "Nguyên Bình" },
  quang_hoa: { vi: "Quảng Hòa", en: "Quảng Hòa" },
  thach_an: { vi: "Thạch An", en: "Thạch An" },
  trung_khanh: { vi: "Trùng Khánh", en: "Trùng Khánh" },
} as const satisfies Record<string, Bilingual>

export type District = keyof typeof DISTRICTS
export const DISTRICT_CODES = Object.keys(DISTRICTS) as District[]

/** The four kinds of OCOP "chủ thể" (producers). */
export const PRODUCER_TYPES = {
  hop_tac_xa: { vi: "Hợp tác xã", en: "Cooperative" },
  to_hop_tac: { vi: "Tổ hợp tác", en: "Cooperative group" },
  doanh_nghiep: { vi: "Doanh nghiệp", en: "Enterprise" },
  ho_kinh_doanh: { vi: "Hộ kinh doanh", en: "Household business" },
} as const satisfies Record<string, Bilingual>

export type ProducerType = keyof typeof PRODUCER_TYPES
export const PRODUCER_TYPE_CODES = Object.keys(PRODUCER_TYPES) as ProducerType[]

/** The three wards (phường) of the province since July 2025; every other commune is a xã. */
const WARDS: readonly string[] = ["Thục Phán", "Nùng Trí Cao", "Tân Giang"]

const has = (table: object, code: string): boolean => Object.prototype.hasOwnProperty.call(table, code)

export const isProductGroup = (value: string): value is ProductGroup => has(PRODUCT_GROUPS, value)
export const isProductSet = (value: string): value is ProductSet => has(PRODUCT_SETS, value)
export const isDistrict = (value: string): value is District => has(DISTRICTS, value)
export const isProducerType = (value: string): value is ProducerType => has(PRODUCER_TYPES, value)

/** An unknown code is shown as it is rather than hidden: new codes may reach the storefront first. */
export function groupLabel(code: string, locale: Locale): string {
  return isProductGroup(code) ? PRODUCT_GROUPS[code][locale] : code
}

export function productSetLabel(code: string, locale: Locale): string {
  return isProductSet(code) ? PRODUCT_SETS[code][locale] : code
}

export function districtLabel(code: string, locale: Locale): string {
  return isDistrict(code) ? DISTRICTS[code][locale] : code
}

export function producerTypeLabel(code: string, locale: Locale): string {
  return isProducerType(code) ? PRODUCER_TYPES[code][locale] : code
}

/** "xã Minh Tâm" / "phường Thục Phán"; in English "Minh Tâm Commune" / "Thục Phán Ward". */
export function communeLabel(name: string, locale: Locale): string {
  const ward = WARDS.includes(name)
  if (locale === "vi") return `${ward ? "phường" : "xã"} ${name}`
  return `${name} ${ward ? "Ward" : "Commune"}`
}

/** "xã Minh Tâm, Nguyên Bình, Cao Bằng" — the current commune with the legacy district the report counts by. */
export function placeLabel(commune: string | null | undefined, district: string, locale: Locale): string {
  const parts = [commune ? communeLabel(commune, locale) : null, districtLabel(district, locale), "Cao Bằng"]
  return parts.filter((part): part is string => !!part).join(", ")
}
