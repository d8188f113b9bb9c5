import { Input, Switch, Text } from "@medusajs/ui"
import { starsForScore } from "../../../modules/ocop/domain/certificate-rules"
import { optionalInteger } from "../../lib/form-values"
import { Field } from "../field"
import { ProductSetSelect } from "../product-set-select"
import { SelectField } from "../select-field"
import type { CertificateField, CertificateFormValues } from "./values"

const STAR_OPTIONS = [3, 4, 5].map((stars) => ({ value: String(stars), label: `${"★".repeat(stars)} (${stars} sao)` }))

type CertificateFieldsProps = {
  idPrefix: string
  values: CertificateFormValues
  onChange: (patch: Partial<CertificateFormValues>) => void
  errors: Partial<Record<CertificateField, string>>
}

function scoreHint(score: string, stars: string): string {
  const value = optionalInteger(score)
  if (typeof value !== "number" || value > 100) return "50–69 điểm → 3★, 70–89 → 4★, 90–100 → 5★"
  const earned = starsForScore(value)
  const note = stars && Number(stars) !== earned ? " — không khớp số sao đã chọn" : ""
  return `${value} điểm tương ứng ${earned}★${note}`
}

/** Stars, score, product set, numbers and dates of a certificate (certify and renew). */
export function CertificateFields({ idPrefix, values, onChange, errors }: CertificateFieldsProps) {
  const id = (name: string) => `${idPrefix}-${name}`
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <Field label="Số sao" htmlFor={id("stars")} required error={errors.stars}>
        <SelectField
          id={id("stars")}
          value={values.stars}
          onChange={(stars) => onChange({ stars })}
          options={STAR_OPTIONS}
          placeholder="Chọn số sao…"
          invalid={!!errors.stars}
        />
      </Field>
      <Field label="Điểm đánh giá" htmlFor={id("score")} hint={scoreHint(values.score, values.stars)} error={errors.score}>
        <Input
          id={id("score")}
          inputMode="numeric"
          value={values.score}
          onChange={(event) => onChange({ score: event.target.value })}
          placeholder="0–100 (không bắt buộc)"
          aria-invalid={!!errors.score}
        />
      </Field>
      <Field
        label="Bộ sản phẩm"
        htmlFor={id("product_set")}
        required
        error={errors.product_set ?? errors.product_group}
        className="md:col-span-2"
      >
        <ProductSetSelect
          id={id("product_set")}
          value={values.product_set}
          onChange={(product_set) => onChange({ product_set })}
          invalid={!!(errors.product_set ?? errors.product_group)}
        />
      </Field>
      <Field label="Số giấy chứng nhận" htmlFor={id("certificate_number")} required error={errors.certificate_number}>
        <Input
          id={id("certificate_number")}
          value={values.certificate_number}
          onChange={(event) => onChange({ certificate_number: event.target.value })}
          aria-invalid={!!errors.certificate_number}
        />
      </Field>
      <Field label="Số quyết định" htmlFor={id("decision_number")} required error={errors.decision_number}>
        <Input
          id={id("decision_number")}
          value={values.decision_number}
          onChange={(event) => onChange({ decision_number: event.target.value })}
          placeholder="VD: 1234/QĐ-UBND"
          aria-invalid={!!errors.decision_number}
        />
      </Field>
      <Field label="Ngày cấp" htmlFor={id("issued_at")} required error={errors.issued_at ?? errors.criteria_version}>
        <Input
          id={id("issued_at")}
          type="date"
          value={values.issued_at}
          onChange={(event) => onChange({ issued_at: event.target.value })}
          aria-invalid={!!errors.issued_at}
        />
      </Field>
      <Field
        label="Ngày hết hạn"
        htmlFor={id("expires_at")}
        hint="Để trống: ngày cấp + 36 tháng"
        error={errors.expires_at}
      >
        <Input
          id={id("expires_at")}
          type="date"
          value={values.expires_at}
          onChange={(event) => onChange({ expires_at: event.target.value })}
          aria-invalid={!!errors.expires_at}
        />
      </Field>
      <Field
        label="Cơ quan cấp"
        htmlFor={id("issuer")}
        hint="Để trống: theo quy định (UBND tỉnh, hoặc Bộ với 5★)"
        error={errors.issuer}
      >
        <Input
          id={id("issuer")}
          value={values.issuer}
          onChange={(event) => onChange({ issuer: event.target.value })}
          aria-invalid={!!errors.issuer}
        />
      </Field>
      <Field label="Đường dẫn minh chứng (URL)" htmlFor={id("evidence_url")} error={errors.evidence_url}>
        <Input
          id={id("evidence_url")}
          type="url"
          value={values.evidence_url}
          onChange={(event) => onChange({ evidence_url: event.target.value })}
          placeholder="https://…"
          aria-invalid={!!errors.evidence_url}
        />
      </Field>
      <div className="flex items-center gap-x-2 md:col-span-2">
        <Switch
          id={id("is_sample")}
          checked={values.is_sample}
          onCheckedChange={(checked) => onChange({ is_sample: checked })}
        />
        <label htmlFor={id("is_sample")}>
          <Text size="small">Dữ liệu mẫu (không phải chứng nhận thật)</Text>
        </label>
      </div>
    </div>
  )
}
