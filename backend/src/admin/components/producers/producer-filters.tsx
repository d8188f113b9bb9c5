import { Input } from "@medusajs/ui"
import { DISTRICT_CODES, DISTRICTS } from "../../../modules/ocop/domain/geography"
import { PRODUCER_TYPE_CODES, PRODUCER_TYPES } from "../../../modules/ocop/domain/producer-types"
import { SelectField } from "../select-field"

const ALL = "all"
const TYPE_OPTIONS = [
  { value: ALL, label: "Tất cả loại hình" },
  ...PRODUCER_TYPE_CODES.map((code) => ({ value: code, label: PRODUCER_TYPES[code].vi })),
]
const DISTRICT_OPTIONS = [
  { value: ALL, label: "Tất cả huyện" },
  ...DISTRICT_CODES.map((code) => ({ value: code, label: DISTRICTS[code] })),
]

export type ProducerFilterValues = { q: string; type: string; district: string }

type ProducerFiltersProps = {
  values: ProducerFilterValues
  onChange: (patch: Partial<ProducerFilterValues>) => void
}

/** Search box (works without diacritics) and the type and district filters. */
export function ProducerFilters({ values, onChange }: ProducerFiltersProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="w-full md:w-72">
        <Input
          type="search"
          size="small"
          placeholder="Tìm theo tên (có thể gõ không dấu)…"
          value={values.q}
          onChange={(event) => onChange({ q: event.target.value })}
          aria-label="Tìm chủ thể"
        />
      </div>
      <div className="w-48">
        <SelectField
          size="small"
          value={values.type || ALL}
          onChange={(type) => onChange({ type: type === ALL ? "" : type })}
          options={TYPE_OPTIONS}
        />
      </div>
      <div className="w-48">
        <SelectField
          size="small"
          value={values.district || ALL}
          onChange={(district) => onChange({ district: district === ALL ? "" : district })}
          options={DISTRICT_OPTIONS}
        />
      </div>
    </div>
  )
}
