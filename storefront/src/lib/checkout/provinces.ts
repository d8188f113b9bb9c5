/**
 * Vietnam's 34 provincial units since 1 July 2025 (Resolution 202/2025/QH15):
 * 6 centrally-run cities and 28 provinces. Addresses are province → commune
 * (phường/xã/đặc khu) → street; there is no district level any more.
 */
export const PROVINCES = [
  "Hà Nội",
  "Thành phố Hồ Chí Minh",
  "Hải Phòng",
  "Đà Nẵng",
  "Huế",
  "Cần Thơ",
  "An Giang",
  "Bắc Ninh",
  "Cà Mau",
  "Cao Bằng",
  "Điện Biên",
  "Đắk Lắk",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Tĩnh",
  "Hưng Yên",
  "Khánh Hòa",
  "Lai Châu",
  "Lạng Sơn",
  "Lào Cai",
  "Lâm Đồng",
  "Nghệ An",
  "Ninh Bình",
  "Phú Thọ",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sơn La",
  "Tây Ninh",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tuyên Quang",
  "Vĩnh Long",
] as const

export type Province = (typeof PROVINCES)[number]

export function isProvince(value: string): value is Province {
  return (PROVINCES as readonly string[]).includes(value)
}
