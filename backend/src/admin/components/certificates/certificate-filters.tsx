import { Checkbox, Input, Label, Switch } from "@medusajs/ui"
import { CERTIFICATE_STATUSES, type CertificateStatus } from "../../../modules/ocop/domain/certificate-rules"
import { STATUS_LABELS } from "../../lib/labels"
import { SelectField } from "../select-field"

export const EXPIRY_WINDOWS = ["any", "30", "90", "180", "custom"] as const
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number]

const WINDOW_OPTIONS = [
  { value: "any", label: "Mọi thời hạn" },
  { value: "30", label: "Hết hạn trong 30 ngày tới" },
  { value: "90", label: "Hết hạn trong 90 ngày tới" },
  { value: "180", label: "Hết hạn trong 180 ngày tới" },
  { value: "custom", label: "Khoảng ngày tự chọn…" },
]

const ORDER_OPTIONS = [
  { value: "expires_at", label: "Hết hạn sớm nhất trước" },
  { value: "-expires_at", label: "Hết hạn muộn nhất trước" },
  { value: "-issued_at", label: "Cấp mới nhất trước" },
  { value: "issued_at", label: "Cấp cũ nhất trước" },
  { value: "certificate_number", label: "Theo số chứng nhận" },
]

export type CertificateFilterValues = {
  q: string
  statuses: CertificateStatus[]
  window: ExpiryWindow
  after: string
  before: string
  currentOnly: boolean
  order: string
}

type CertificateFiltersProps = {
  values: CertificateFilterValues
  onChange: (patch: Partial<CertificateFilterValues>) => void
}

/** Status checkboxes, expiry window, current-only switch, number search and order. */
export function CertificateFilters({ values, onChange }: CertificateFiltersProps) {
  const toggle = (status: CertificateStatus, checked: boolean) =>
    onChange({
      statuses: CERTIFICATE_STATUSES.filter((entry) =>
        entry === status ? checked : values.statuses.includes(entry)
      ),
    })

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <div className="w-full md:w-64">
          <Input
            type="search"
            size="small"
            placeholder="Tìm theo số chứng nhận…"
            value={values.q}
            onChange={(event) => onChange({ q: event.target.value })}
            aria-label="Tìm theo số chứng nhận"
          />
        </div>
        <div className="w-60">
          <SelectField
            size="small"
            value={values.window}
            onChange={(next) => onChange({ window: EXPIRY_WINDOWS.find((entry) => entry === next) ?? "any" })}
            options={WINDOW_OPTIONS}
          />
        </div>
        {values.window === "custom" ? (
          <>
            <Input
              type="date"
              size="small"
              className="w-40"
              value={values.after}
              onChange={(event) => onChange({ after: event.target.value })}
              aria-label="Hết hạn từ ngày"
              title="Hết hạn từ ngày"
            />
            <span className="text-ui-fg-subtle">–</span>
            <Input
              type="date"
              size="small"
              className="w-40"
              value={values.before}
              onChange={(event) => onChange({ before: event.target.value })}
              aria-label="Hết hạn đến ngày"
              title="Hết hạn đến ngày"
            />
          </>
        ) : null}
        <div className="w-56">
          <SelectField size="small" value={values.order} onChange={(order) => onChange({ order })} options={ORDER_OPTIONS} />
        </div>
        <div className="flex items-center gap-x-2">
          <Switch
            id="certificates-current"
            checked={values.currentOnly}
            onCheckedChange={(currentOnly) => onChange({ currentOnly })}
          />
          <Label htmlFor="certificates-current" size="small">
            Chỉ chứng nhận hiện hành
          </Label>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2" role="group" aria-label="Trạng thái">
        {CERTIFICATE_STATUSES.map((status) => (
          <div key={status} className="flex items-center gap-x-2">
            <Checkbox
              id={`certificates-status-${status}`}
              checked={values.statuses.includes(status)}
              onCheckedChange={(checked) => toggle(status, checked === true)}
            />
            <Label htmlFor={`certificates-status-${status}`} size="small">
              {STATUS_LABELS[status]}
            </Label>
          </div>
        ))}
      </div>
    </div>
  )
}
