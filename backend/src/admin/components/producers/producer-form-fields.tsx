import { Input, Switch, Text, Textarea } from "@medusajs/ui"
import { DISTRICT_CODES, DISTRICTS, findCommune } from "../../../modules/ocop/domain/geography"
import { PRODUCER_TYPE_CODES, PRODUCER_TYPES } from "../../../modules/ocop/domain/producer-types"
import { Field } from "../field"
import { SelectField } from "../select-field"
import { CommuneSelect } from "./commune-select"
import type { ProducerField, ProducerFormValues } from "./producer-form-values"

const TYPE_OPTIONS = PRODUCER_TYPE_CODES.map((code) => ({ value: code, label: PRODUCER_TYPES[code].vi }))
const DISTRICT_OPTIONS = DISTRICT_CODES.map((code) => ({ value: code, label: DISTRICTS[code] }))

type ProducerFormFieldsProps = {
  idPrefix: string
  values: ProducerFormValues
  onChange: (patch: Partial<ProducerFormValues>) => void
  errors: Partial<Record<ProducerField, string>>
}

type TextField = Exclude<ProducerField, "type" | "district" | "commune" | "story" | "photos">

function textPatch(field: TextField, value: string): Partial<ProducerFormValues> {
  const patch: Partial<ProducerFormValues> = {}
  patch[field] = value
  return patch
}

/** Every producer field, with the API's message under each. */
export function ProducerFormFields({ idPrefix, values, onChange, errors }: ProducerFormFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`
  const text = (field: TextField, label: string, options: { required?: boolean; hint?: string; type?: string; placeholder?: string } = {}) => (
    <Field label={label} htmlFor={id(field)} required={options.required} hint={options.hint} error={errors[field]}>
      <Input
        id={id(field)}
        type={options.type ?? "text"}
        value={values[field]}
        placeholder={options.placeholder}
        onChange={(event) => onChange(textPatch(field, event.target.value))}
        aria-invalid={!!errors[field]}
      />
    </Field>
  )

  const chooseCommune = (commune: string) => {
    const known = findCommune(commune)
    onChange(!values.district && known ? { commune, district: known.district } : { commune })
  }

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <div className="md:col-span-2">{text("name", "Tên chủ thể", { required: true, placeholder: "VD: HTX Nông nghiệp Tâm Hòa" })}</div>
      <Field label="Loại hình" htmlFor={id("type")} required error={errors.type}>
        <SelectField
          id={id("type")}
          value={values.type}
          onChange={(type) => onChange({ type })}
          options={TYPE_OPTIONS}
          placeholder="Chọn loại hình…"
          invalid={!!errors.type}
        />
      </Field>
      {text("handle", "Đường dẫn (handle)", { hint: "Để trống để tạo từ tên; chữ thường, số và dấu gạch ngang" })}
      <Field label="Huyện/thành phố (cũ)" htmlFor={id("district")} required error={errors.district}>
        <SelectField
          id={id("district")}
          value={values.district}
          onChange={(district) => onChange({ district })}
          options={DISTRICT_OPTIONS}
          placeholder="Chọn huyện…"
          invalid={!!errors.district}
        />
      </Field>
      <Field label="Xã/phường" htmlFor={id("commune")} required error={errors.commune}>
        <CommuneSelect
          id={id("commune")}
          district={values.district}
          value={values.commune}
          onChange={chooseCommune}
          invalid={!!errors.commune}
        />
      </Field>
      <div className="md:col-span-2">{text("address", "Địa chỉ", { required: true })}</div>
      {text("phone", "Điện thoại", { required: true, type: "tel", placeholder: "0912 345 678" })}
      {text("zalo", "Zalo", { hint: "Số điện thoại hoặc liên kết https://zalo.me/…" })}
      {text("email", "Email", { type: "email" })}
      {text("representative", "Người đại diện")}
      {text("registration_number", "Số đăng ký kinh doanh")}
      {text("logo_url", "Logo (URL)", { type: "url", placeholder: "https://…" })}
      <Field
        label="Ảnh (URL, mỗi dòng một ảnh)"
        htmlFor={id("photos")}
        hint="Tối đa 12 ảnh"
        error={errors.photos}
        className="md:col-span-2"
      >
        <Textarea
          id={id("photos")}
          rows={3}
          value={values.photos}
          onChange={(event) => onChange({ photos: event.target.value })}
          aria-invalid={!!errors.photos}
        />
      </Field>
      <Field label="Câu chuyện sản phẩm" htmlFor={id("story")} error={errors.story} className="md:col-span-2">
        <Textarea
          id={id("story")}
          rows={5}
          value={values.story}
          onChange={(event) => onChange({ story: event.target.value })}
          aria-invalid={!!errors.story}
        />
      </Field>
      <div className="flex items-center gap-x-2 md:col-span-2">
        <Switch id={id("is_sample")} checked={values.is_sample} onCheckedChange={(is_sample) => onChange({ is_sample })} />
        <label htmlFor={id("is_sample")}>
          <Text size="small">Dữ liệu mẫu (không phải chủ thể thật)</Text>
        </label>
      </div>
    </div>
  )
}
