import { Button, Input, Label } from "@medusajs/ui"

/** The H1 2024 report date, the province's reference figures. */
export const H1_2024_REPORT_DAY = "2024-06-30"

type ReportDatePickerProps = { value: string; today: string; onChange: (day: string) => void }

/** "as of" day: a date field plus quick buttons for today and 30/06/2024. */
export function ReportDatePicker({ value, today, onChange }: ReportDatePickerProps) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="report-as-of" size="small" weight="plus">
          Số liệu tính đến ngày
        </Label>
        <Input
          id="report-as-of"
          type="date"
          size="small"
          value={value}
          max="9999-12-31"
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      <Button size="small" variant="secondary" type="button" disabled={value === today} onClick={() => onChange(today)}>
        Hôm nay
      </Button>
      <Button
        size="small"
        variant="secondary"
        type="button"
        disabled={value === H1_2024_REPORT_DAY}
        onClick={() => onChange(H1_2024_REPORT_DAY)}
      >
        30/06/2024 (6 tháng đầu năm 2024)
      </Button>
    </div>
  )
}
