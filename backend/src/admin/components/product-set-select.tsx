import { Select } from "@medusajs/ui"
import { PRODUCT_GROUP_CODES, PRODUCT_GROUPS, PRODUCT_SETS, PRODUCT_SET_CODES } from "../../modules/ocop/domain/classification"

type ProductSetSelectProps = {
  id?: string
  value: string
  onChange: (value: string) => void
  invalid?: boolean
}

/** The 26 product sets (bộ sản phẩm), grouped under their 6 groups (ngành). */
export function ProductSetSelect({ id, value, onChange, invalid }: ProductSetSelectProps) {
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id} aria-invalid={invalid || undefined}>
        <Select.Value placeholder="Chọn bộ sản phẩm…" />
      </Select.Trigger>
      <Select.Content>
        {PRODUCT_GROUP_CODES.map((group) => (
          <Select.Group key={group}>
            <Select.Label>{PRODUCT_GROUPS[group].vi}</Select.Label>
            {PRODUCT_SET_CODES.filter((set) => PRODUCT_SETS[set].group === group).map((set) => (
              <Select.Item key={set} value={set}>
                {PRODUCT_SETS[set].vi}
              </Select.Item>
            ))}
          </Select.Group>
        ))}
      </Select.Content>
    </Select>
  )
}
