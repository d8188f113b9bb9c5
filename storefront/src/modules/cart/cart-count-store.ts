"use client"

import { useSyncExternalStore } from "react"

/**
 * The header's cart count. Actions that change the cart publish their own
 * result here, so the count can never lag behind a server re-render.
 */
let count: number | null = null
const listeners = new Set<() => void>()

export function publishCartCount(next: number): void {
  count = next
  for (const listener of listeners) listener()
}

export function currentCartCount(): number | null {
  return count
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useCartCount(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => count,
    () => null
  )
}

/** Loads the count once per page load (per request, never cached). */
export async function loadCartCount(): Promise<void> {
  if (count !== null) return
  try {
    const response = await fetch("/api/cart/count", { cache: "no-store" })
    if (response.ok) publishCartCount(((await response.json()) as { count: number }).count)
  } catch {
    // Offline: keep showing no count rather than a wrong one.
  }
}
