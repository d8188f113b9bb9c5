"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { updateCartItem } from "@/lib/actions/cart"
import { formatVnd } from "@/lib/util/money"
import { publishCartCount } from "../../cart-count-store"

export type CartLineView = {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  handle: string | null
  quantity: number
  unitPrice: number
  total: number
}

/** One cart line with its quantity stepper; changes go through the server and come back as the new count. */
export default function CartLine({ line, onChanged }: { line: CartLineView; onChanged: () => void }) {
  const t = useTranslations("cart")
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  const change = (quantity: number) =>
    startTransition(async () => {
      const result = await updateCartItem({ lineItemId: line.id, quantity })
      publishCartCount(result.count)
      if (!result.ok) setError(t(result.error === "out_of_stock" ? "outOfStock" : result.error))
      else setError(null)
      onChanged()
    })

  return (
    <li className="flex gap-3 py-4" data-testid="cart-line">
      {line.thumbnail ? (
        <img src={line.thumbnail} alt="" width={72} height={72} className="h-18 w-18 rounded-lg bg-brand-50 object-cover" />
      ) : null}
      <div className="min-w-0 flex-1">
        <p className="font-semibold leading-snug">{line.title}</p>
        {line.subtitle ? <p className="text-sm text-stone-500">{line.subtitle}</p> : null}
        <p className="text-sm text-stone-600">{formatVnd(line.unitPrice)}</p>
        <div className="mt-2 flex items-center gap-2">
          <button
            type="button"
            className="min-h-11 min-w-11 rounded-lg border border-stone-300 text-lg"
            aria-label={t("decrease", { title: line.title })}
            disabled={pending}
            onClick={() => change(line.quantity - 1)}
          >
            −
          </button>
          <span className="min-w-8 text-center tabular-nums" aria-label={t("quantity")} data-testid="cart-line-quantity">
            {line.quantity}
          </span>
          <button
            type="button"
            className="min-h-11 min-w-11 rounded-lg border border-stone-300 text-lg"
            aria-label={t("increase", { title: line.title })}
            disabled={pending}
            onClick={() => change(line.quantity + 1)}
          >
            +
          </button>
          <button
            type="button"
            className="ml-auto min-h-11 rounded-lg px-3 text-sm text-red-700 underline"
            aria-label={t("remove", { title: line.title })}
            disabled={pending}
            onClick={() => change(0)}
          >
            ✕
          </button>
        </div>
        <p role="status" aria-live="polite" className="mt-1 text-sm text-red-700">
          {error ?? (pending ? t("updating") : "")}
        </p>
      </div>
      <p className="font-semibold tabular-nums" aria-label={t("lineTotal")}>
        {formatVnd(line.total)}
      </p>
    </li>
  )
}
