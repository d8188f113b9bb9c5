"use client"

import NextLink from "next/link"
import { useCallback, useEffect, useId, useState, useTransition } from "react"
import { addToCart } from "@/lib/actions/cart"
import type { VariantStock } from "@/lib/types"
import { fillTemplate } from "@/lib/util/fill-template"
import { formatVnd } from "@/lib/util/money"
import { clampQuantity, maxQuantity, stockState } from "@/lib/util/stock"
import { currentCartCount, publishCartCount } from "@/modules/cart/cart-count-store"

export type BuyBoxVariant = { id: string; title: string; price: number | null }

/** The island's words, read on the server (templates keep their `{count}`/`{max}`). */
export type BuyBoxLabels = Record<
  | "checkingStock"
  | "stockUnknown"
  | "outOfStock"
  | "lowStock"
  | "inStock"
  | "price"
  | "noPrice"
  | "variant"
  | "quantity"
  | "decrease"
  | "increase"
  | "maxQuantity"
  | "adding"
  | "addToCart"
  | "viewCart"
  | "added"
  | "cartOutOfStock"
  | "invalid"
  | "unavailable",
  string
>

type Props = {
  labels: BuyBoxLabels
  cartHref: string
  handle: string
  variants: BuyBoxVariant[]
  initialVariantId: string
}

type Stock = { status: "loading" } | { status: "error" } | { status: "ready"; variants: VariantStock[] }
type Message = { kind: "success" | "error"; text: string } | null

/**
 * The product page's only client island: variant choice, a quantity stepper
 * limited by live stock (read per request from /api/stock/<handle>), and add
 * to cart. The header count is updated from the action's own result.
 */
export default function BuyBox({ labels, cartHref, handle, variants, initialVariantId }: Props) {
  const [variantId, setVariantId] = useState(initialVariantId)
  const [quantity, setQuantity] = useState(1)
  const [stock, setStock] = useState<Stock>({ status: "loading" })
  const [message, setMessage] = useState<Message>(null)
  const [pending, startTransition] = useTransition()
  const quantityId = useId()
  const hintId = useId()

  const loadStock = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const response = await fetch(`/api/stock/${encodeURIComponent(handle)}`, { cache: "no-store", signal })
        if (!response.ok) throw new Error(`stock ${response.status}`)
        const body = (await response.json()) as { variants: VariantStock[] }
        setStock({ status: "ready", variants: body.variants })
      } catch {
        // Unknown stock still lets the shopper try: the cart checks stock itself.
        if (!signal?.aborted) setStock({ status: "error" })
      }
    },
    [handle]
  )

  useEffect(() => {
    const controller = new AbortController()
    void loadStock(controller.signal)
    return () => controller.abort()
  }, [loadStock])

  const variant = variants.find((candidate) => candidate.id === variantId) ?? variants[0]
  const variantStock = stock.status === "ready" ? stock.variants.find((entry) => entry.id === variant.id) : undefined
  const state = stock.status === "ready" ? stockState(variantStock) : "unknown"
  const max = stock.status === "ready" ? maxQuantity(variantStock) : maxQuantity(undefined)
  const shownQuantity = clampQuantity(quantity, max)
  const soldOut = state === "out"

  const stockText =
    stock.status === "loading"
      ? labels.checkingStock
      : stock.status === "error"
        ? labels.stockUnknown
        : state === "out"
          ? labels.outOfStock
          : state === "low" && variantStock?.available != null
            ? fillTemplate(labels.lowStock, { count: variantStock.available })
            : labels.inStock

  function choose(id: string) {
    setVariantId(id)
    setMessage(null)
  }

  function add() {
    if (soldOut || shownQuantity < 1) return
    setMessage(null)
    // The count moves at once (the stock check above already allowed this
    // quantity); the server's answer then confirms or corrects it.
    const before = currentCartCount()
    if (before !== null) publishCartCount(before + shownQuantity)
    startTransition(async () => {
      try {
        const result = await addToCart({ variantId: variant.id, quantity: shownQuantity })
        publishCartCount(result.count)
        if (result.ok) {
          setMessage({ kind: "success", text: labels.added })
        } else {
          const key = result.error === "out_of_stock" ? "cartOutOfStock" : result.error === "invalid" ? "invalid" : "unavailable"
          setMessage({ kind: "error", text: labels[key] })
          if (result.error === "out_of_stock") void loadStock()
        }
      } catch {
        if (before !== null) publishCartCount(before)
        setMessage({ kind: "error", text: labels.unavailable })
      }
    })
  }

  return (
    <div className="rounded-2xl bg-white p-4 ring-1 ring-stone-200" data-testid="buy-box">
      <p className="text-3xl">
        <span className="sr-only">{labels.price}: </span>
        <span className="font-bold text-earth-600" data-testid="product-price">
          {variant.price === null ? labels.noPrice : formatVnd(variant.price)}
        </span>
      </p>

      {variants.length > 1 ? (
        <fieldset className="mt-4">
          <legend className="text-sm font-semibold text-stone-700">{labels.variant}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {variants.map((option) => {
              const optionStock = stock.status === "ready" ? stock.variants.find((entry) => entry.id === option.id) : undefined
              const optionOut = stock.status === "ready" && stockState(optionStock) === "out"
              const checked = option.id === variant.id
              return (
                <label
                  key={option.id}
                  className={`relative flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-3 py-2 text-sm ring-2 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                    checked ? "bg-brand-50 ring-brand-700" : "bg-white ring-stone-300 hover:ring-brand-600"
                  }`}
                  data-testid="variant-option"
                >
                  <input
                    type="radio"
                    name="variant"
                    value={option.id}
                    checked={checked}
                    onChange={() => choose(option.id)}
                    className="sr-only"
                  />
                  <span className="font-semibold">{option.title}</span>
                  {option.price !== null ? <span className="text-stone-700">{formatVnd(option.price)}</span> : null}
                  {optionOut ? <span className="text-xs font-semibold text-red-800">({labels.outOfStock})</span> : null}
                </label>
              )
            })}
          </div>
        </fieldset>
      ) : null}

      <p
        className={`mt-4 text-sm font-semibold ${state === "out" ? "text-red-800" : state === "low" ? "text-amber-800" : "text-brand-700"}`}
        data-testid="stock-state"
        data-state={stock.status === "ready" ? state : stock.status}
      >
        {stockText}
      </p>

      <div className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={quantityId} className="block text-sm font-semibold text-stone-700">
            {labels.quantity}
          </label>
          <div className="mt-1 flex items-stretch">
            <button
              type="button"
              onClick={() => setQuantity(clampQuantity(shownQuantity - 1, max))}
              disabled={soldOut || shownQuantity <= 1}
              aria-label={labels.decrease}
              aria-controls={quantityId}
              className="min-h-11 min-w-11 rounded-l-lg bg-stone-100 text-xl font-bold ring-1 ring-stone-300 disabled:opacity-40"
            >
              −
            </button>
            <input
              id={quantityId}
              type="number"
              inputMode="numeric"
              min={soldOut ? 0 : 1}
              max={max}
              value={shownQuantity}
              disabled={soldOut}
              aria-describedby={hintId}
              onChange={(event) => setQuantity(clampQuantity(Number(event.target.value), max))}
              className="min-h-11 w-16 border-y border-stone-300 bg-white text-center tabular-nums"
              data-testid="quantity-input"
            />
            <button
              type="button"
              onClick={() => setQuantity(clampQuantity(shownQuantity + 1, max))}
              disabled={soldOut || shownQuantity >= max}
              aria-label={labels.increase}
              aria-controls={quantityId}
              className="min-h-11 min-w-11 rounded-r-lg bg-stone-100 text-xl font-bold ring-1 ring-stone-300 disabled:opacity-40"
            >
              +
            </button>
          </div>
          <p id={hintId} className="mt-1 text-xs text-stone-600">
            {fillTemplate(labels.maxQuantity, { max })}
          </p>
        </div>
        <button
          type="button"
          onClick={add}
          disabled={pending || soldOut || variant.price === null}
          className="min-h-12 flex-1 rounded-xl bg-brand-700 px-5 font-bold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-400"
          data-testid="add-to-cart"
        >
          {pending ? labels.adding : soldOut ? labels.outOfStock : labels.addToCart}
        </button>
      </div>

      <div aria-live="polite" role="status" className="mt-3 min-h-6 text-sm" data-testid="cart-message">
        {message ? (
          <p className={message.kind === "success" ? "font-semibold text-brand-700" : "font-semibold text-red-800"}>
            {message.text}
            {message.kind === "success" ? (
              <>
                {" · "}
                <NextLink href={cartHref} className="underline">
                  {labels.viewCart}
                </NextLink>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  )
}
