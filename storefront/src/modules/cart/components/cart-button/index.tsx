"use client"

import NextLink from "next/link"
import { useEffect } from "react"
import { fillTemplate } from "@/lib/util/fill-template"
import { loadCartCount, useCartCount } from "../../cart-count-store"

type Props = {
  href: string
  /** "Giỏ hàng, {count} sản phẩm": filled with the live count. */
  labelTemplate: string
}

/** The header's cart link with a live count. */
export default function CartButton({ href, labelTemplate }: Props) {
  const count = useCartCount()
  useEffect(() => {
    void loadCartCount()
  }, [])
  return (
    <NextLink
      href={href}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 font-semibold hover:bg-white/10"
      aria-label={fillTemplate(labelTemplate, { count: count ?? 0 })}
      data-testid="cart-button"
    >
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 6h15l-1.5 9h-12z" />
        <path d="M6 6 5 3H2" />
        <circle cx="9" cy="20" r="1.5" />
        <circle cx="18" cy="20" r="1.5" />
      </svg>
      <span className="ml-1 tabular-nums" data-testid="cart-count">
        {count ?? ""}
      </span>
    </NextLink>
  )
}
