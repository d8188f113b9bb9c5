import { isDistrict, isProducerType, type District, type ProducerType } from "@/lib/ocop-labels"

/**
 * The producer list's URL state: `/producers?type=hop_tac_xa&district=hoa_an&q=…&page=2`.
 * One type and one district at a time (links, not checkboxes); unknown values are ignored.
 */
export type ProducerListState = { q: string | null; type: ProducerType | null; district: District | null; page: number }

type Raw = Record<string, string | string[] | undefined>

const one = (raw: Raw, key: string): string | undefined => {
  const value = raw[key]
  return Array.isArray(value) ? value[0] : value
}

export function parseProducerParams(raw: Raw): ProducerListState {
  const q = (one(raw, "q") ?? "").replace(/[\u0000-\u001f]/g, " ").replace(/\s+/g, " ").trim().slice(0, 100)
  const type = one(raw, "type") ?? ""
  const district = one(raw, "district") ?? ""
  const page = Number(one(raw, "page"))
  return {
    q: q || null,
    type: isProducerType(type) ? type : null,
    district: isDistrict(district) ? district : null,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, 500) : 1,
  }
}

export function producerQueryString(state: ProducerListState): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  if (state.type) params.set("type", state.type)
  if (state.district) params.set("district", state.district)
  if (state.page > 1) params.set("page", String(state.page))
  return params.toString()
}

/** Locale-less href; any change of filter goes back to page 1. */
export function producerHref(state: ProducerListState, change: Partial<ProducerListState> = {}): string {
  const next = { ...state, ...(Object.keys(change).some((key) => key !== "page") ? { page: 1 } : {}), ...change }
  const query = producerQueryString(next)
  return query ? `/producers?${query}` : "/producers"
}

export function hasProducerFilters(state: ProducerListState): boolean {
  return state.q !== null || state.type !== null || state.district !== null
}
