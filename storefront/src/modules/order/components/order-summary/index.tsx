import type { HttpTypes } from "@medusajs/types"
import { getTranslations } from "next-intl/server"
import { formatVnd } from "@/lib/util/money"

/** Items, address and totals of an order, in whole VND. */
export default async function OrderSummary({ order }: { order: HttpTypes.StoreOrder }) {
  const t = await getTranslations("order")
  const address = order.shipping_address
  return (
    <section className="rounded-2xl bg-white p-4 ring-1 ring-stone-200" aria-labelledby="order-items">
      <h2 id="order-items" className="text-lg font-bold">
        {t("items")}
      </h2>
      <ul className="mt-2 divide-y divide-stone-100">
        {(order.items ?? []).map((item) => (
          <li key={item.id} className="flex justify-between gap-3 py-2">
            <span>
              {item.product_title ?? item.title} × {item.quantity}
            </span>
            <span className="tabular-nums">{formatVnd(Math.round(Number(item.total ?? 0)))}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1 border-t border-stone-200 pt-3">
        <div className="flex justify-between">
          <dt>{t("subtotal")}</dt>
          <dd className="tabular-nums">{formatVnd(Math.round(Number(order.item_total ?? order.subtotal ?? 0)))}</dd>
        </div>
        <div className="flex justify-between">
          <dt>{t("shipping")}</dt>
          <dd className="tabular-nums">{formatVnd(Math.round(Number(order.shipping_total ?? 0)))}</dd>
        </div>
        <div className="flex justify-between text-lg font-bold">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="order-total">
            {formatVnd(Math.round(Number(order.total)))}
          </dd>
        </div>
      </dl>
      {address ? (
        <p className="mt-3 text-sm text-stone-600">
          {t("shipTo")}: {[address.last_name, address.first_name].filter(Boolean).join(" ")}, {address.phone} —{" "}
          {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
        </p>
      ) : null}
    </section>
  )
}
