/**
 * Cao Bằng's administrative units. The legacy district (before 1 July 2025)
 * is what the province's reports count by; the commune is today's address
 * (two-level government: province → commune, 53 xã + 3 phường).
 *
 * The three phường come from the provincial announcements; the xã list and
 * the xã → legacy district mapping were assembled from press lists of the
 * reform and are data to correct, not rules (see docs/domain notes).
 */
export const DISTRICTS = {
  thanh_pho_cao_bang: "Thành phố Cao Bằng",
  bao_lac: "Bảo Lạc",
  bao_lam: "Bảo Lâm",
  ha_quang: "Hà Quảng",
  ha_lang: "Hạ Lang",
  hoa_an: "Hòa An",
  nguyen_binh: "Nguyên Bình",
  quang_hoa: "Quảng Hòa",
  thach_an: "Thạch An",
  trung_khanh: "Trùng Khánh",
} as const

export type District = keyof typeof DISTRICTS
export const DISTRICT_CODES = Object.keys(DISTRICTS) as District[]

export type Commune = { name: string; kind: "phuong" | "xa"; district: District }

const xa = (district: District, names: string[]): Commune[] => names.map((name) => ({ name, kind: "xa", district }))

export const COMMUNES: Commune[] = [
  { name: "Thục Phán", kind: "phuong", district: "thanh_pho_cao_bang" },
  { name: "Nùng Trí Cao", kind: "phuong", district: "thanh_pho_cao_bang" },
  { name: "Tân Giang", kind: "phuong", district: "thanh_pho_cao_bang" },
  ...xa("bao_lam", ["Quảng Lâm", "Nam Quang", "Lý Bôn", "Bảo Lâm", "Yên Thổ"]),
  ...xa("bao_lac", ["Sơn Lộ", "Hưng Đạo", "Bảo Lạc", "Cốc Pàng", "Cô Ba", "Khánh Xuân", "Xuân Trường", "Huy Giáp"]),
  ...xa("nguyen_binh", ["Ca Thành", "Phan Thanh", "Thành Công", "Tĩnh Túc", "Tam Kim", "Nguyên Bình", "Minh Tâm"]),
  ...xa("ha_quang", ["Thanh Long", "Cần Yên", "Thông Nông", "Trường Hà", "Hà Quảng", "Lũng Nặm", "Tổng Cọt"]),
  ...xa("hoa_an", ["Nam Tuấn", "Hòa An", "Bạch Đằng", "Nguyễn Huệ"]),
  ...xa("thach_an", ["Minh Khai", "Canh Tân", "Kim Đồng", "Thạch An", "Đông Khê", "Đức Long"]),
  ...xa("quang_hoa", ["Phục Hòa", "Bế Văn Đàn", "Độc Lập", "Quảng Uyên", "Hạnh Phúc"]),
  ...xa("ha_lang", ["Quang Long", "Hạ Lang", "Vinh Quý", "Lý Quốc"]),
  ...xa("trung_khanh", ["Đình Phong", "Trùng Khánh", "Đàm Thủy", "Đoài Dương", "Trà Lĩnh", "Quang Hán", "Quang Trung"]),
]

export function isDistrict(value: string): value is District {
  return Object.prototype.hasOwnProperty.call(DISTRICTS, value)
}

export function findCommune(name: string): Commune | undefined {
  return COMMUNES.find((commune) => commune.name === name)
}

/** "phường Thục Phán" / "xã Minh Tâm", as written on a Vietnamese address. */
export function communeLabel(commune: Commune): string {
  return `${commune.kind === "phuong" ? "phường" : "xã"} ${commune.name}`
}
