import { formatVnd } from "@/lib/util/money"

type Props = { amount: number | null; fallback: string; testId?: string }

export default function ProductPrice({ amount, fallback, testId = "product-price" }: Props) {
  return (
    <span className="font-semibold text-earth-600" data-testid={testId}>
      {amount === null ? fallback : formatVnd(amount)}
    </span>
  )
}
