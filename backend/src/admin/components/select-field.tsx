import { Select } from "@medusajs/ui"

export type Option = { value: string; label: string }

type SelectFieldProps = {
  id?: string
  value: string
  onChange: (value: string) => void
  options: readonly Option[]
  placeholder?: string
  size?: "small" | "base"
  disabled?: boolean
  invalid?: boolean
}

/** A plain @medusajs/ui Select over a list of options; "" shows the placeholder. */
export function SelectField({ id, value, onChange, options, placeholder, size, disabled, invalid }: SelectFieldProps) {
  return (
    <Select value={value} onValueChange={onChange} size={size} disabled={disabled}>
      <Select.Trigger id={id} aria-invalid={invalid || undefined}>
        <Select.Value placeholder={placeholder ?? "Chọn…"} />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
