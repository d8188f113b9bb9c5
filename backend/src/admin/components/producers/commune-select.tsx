import { Select } from "@medusajs/ui"
import { COMMUNES, communeLabel, DISTRICT_CODES, DISTRICTS } from "../../../modules/ocop/domain/geography"

type CommuneSelectProps = {
  id?: string
  district: string
  value: string
  onChange: (commune: string) => void
  invalid?: boolean
}

/** Today's communes grouped by their former district, the chosen district's group first. */
export function CommuneSelect({ id, district, value, onChange, invalid }: CommuneSelectProps) {
  const districts = [...DISTRICT_CODES].sort((a, b) => Number(b === district) - Number(a === district))
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id} aria-invalid={invalid || undefined}>
        <Select.Value placeholder="Chọn xã/phường…" />
      </Select.Trigger>
      <Select.Content>
        {districts.map((code) => (
          <Select.Group key={code}>
            <Select.Label>{DISTRICTS[code]}</Select.Label>
            {COMMUNES.filter((commune) => commune.district === code).map((commune) => (
              <Select.Item key={commune.name} value={commune.name}>
                {communeLabel(commune)}
              </Select.Item>
            ))}
          </Select.Group>
        ))}
      </Select.Content>
    </Select>
  )
}
