"use client"

import { useEffect } from "react"
import { publishCartCount } from "../../cart-count-store"

/** Rendered on the order confirmation: the cart became the order, so the header shows 0. */
export default function CartCleared() {
  useEffect(() => {
    publishCartCount(0)
  }, [])
  return null
}
