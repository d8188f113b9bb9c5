import { Text } from "@medusajs/ui"
import { formatCount } from "../lib/labels"

export type Bar = { key: string; label: string; value: number }

/** Horizontal bars in plain CSS, scaled to the largest value. */
export function BarChart({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value))
  return (
    <ul className="flex flex-col gap-y-2" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="grid grid-cols-[minmax(0,12rem)_1fr_3rem] items-center gap-x-3">
          <Text size="xsmall" className="truncate text-ui-fg-subtle" title={bar.label}>
            {bar.label}
          </Text>
          <div className="bg-ui-bg-subtle h-3 w-full overflow-hidden rounded-full">
            <div
              className="bg-ui-fg-interactive h-full rounded-full"
              style={{ width: `${(bar.value / max) * 100}%` }}
            />
          </div>
          <Text size="xsmall" weight="plus" className="text-right tabular-nums">
            {formatCount(bar.value)}
          </Text>
        </li>
      ))}
    </ul>
  )
}
