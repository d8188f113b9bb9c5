import { formatVnd } from "@/lib/util/money"

export default function ProductPrice({ amount, fallback }: { amount: number | null; fallback: string }) {
  return (
    <span className="font-semibold text-earth-600" data-testid="product-price">
      {amount === null ? fallback : formatVnd(amount)}
    </span>
  )
}
