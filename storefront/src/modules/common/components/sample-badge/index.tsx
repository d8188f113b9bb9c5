/** "Dữ liệu mẫu / Sample data": marks invented records so they are never taken for real ones. */
export default function SampleBadge({ label, testId = "sample-badge" }: { label: string; testId?: string }) {
  return (
    <span
      className="inline-flex items-center rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900"
      data-testid={testId}
    >
      {label}
    </span>
  )
}
