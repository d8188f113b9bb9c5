/** The four kinds of OCOP "chủ thể" (producers) counted by the province. */
export const PRODUCER_TYPES = {
  hop_tac_xa: { vi: "Hợp tác xã", en: "Cooperative" },
  to_hop_tac: { vi: "Tổ hợp tác", en: "Cooperative group" },
  doanh_nghiep: { vi: "Doanh nghiệp", en: "Enterprise" },
  ho_kinh_doanh: { vi: "Hộ kinh doanh", en: "Household business" },
} as const

export type ProducerType = keyof typeof PRODUCER_TYPES
export const PRODUCER_TYPE_CODES = Object.keys(PRODUCER_TYPES) as ProducerType[]

export function isProducerType(value: string): value is ProducerType {
  return Object.prototype.hasOwnProperty.call(PRODUCER_TYPES, value)
}

/** Province targets for H2 2024: share of producers that are cooperatives and enterprises. */
export const PRODUCER_SHARE_TARGETS = { hop_tac_xa: 0.4, doanh_nghiep: 0.3 } as const
