import { describe, expect, it } from "vitest"
import { afterCompletion, firstStep, shouldForgetCart } from "./stripe-return"

const cartId = "cart_01M8KVQYDX9R3W5X0WGH2YARX0"

describe("firstStep", () => {
  it("completes the cookie's cart when Stripe reports success or processing", () => {
    expect(firstStep({ cartId, redirectStatus: "succeeded" })).toEqual({ kind: "complete", cartId, paid: "succeeded" })
    expect(firstStep({ cartId, redirectStatus: "processing" })).toEqual({ kind: "complete", cartId, paid: "processing" })
  })

  it("sends a failed payment back to the checkout form", () => {
    expect(firstStep({ cartId, redirectStatus: "requires_payment_method" })).toEqual({ kind: "failed" })
    expect(firstStep({ cartId, redirectStatus: "failed" })).toEqual({ kind: "failed" })
  })

  it("sends a visit without a Stripe status back to checkout without blaming the card", () => {
    expect(firstStep({ cartId, redirectStatus: null })).toEqual({ kind: "checkout" })
  })

  it("has nothing to complete without a cart cookie, whatever Stripe says", () => {
    expect(firstStep({ cartId: null, redirectStatus: "succeeded" })).toEqual({ kind: "missing" })
    expect(firstStep({ cartId: null, redirectStatus: "requires_payment_method" })).toEqual({ kind: "missing" })
  })
})

describe("afterCompletion", () => {
  it("goes to the order, also when the webhook completed the cart first", () => {
    expect(afterCompletion("succeeded", { type: "order", orderId: "order_1" })).toEqual({ kind: "order", orderId: "order_1" })
    expect(afterCompletion("processing", { type: "order", orderId: "order_1" })).toEqual({ kind: "order", orderId: "order_1" })
  })

  it("waits for the webhook when a processing payment is not authorised yet", () => {
    expect(afterCompletion("processing", { type: "cart" })).toEqual({ kind: "pending" })
  })

  it("treats a 'succeeded' the backend cannot confirm with Stripe as a failed payment", () => {
    expect(afterCompletion("succeeded", { type: "cart" })).toEqual({ kind: "failed" })
  })

  it("reports a cart that no longer exists", () => {
    expect(afterCompletion("succeeded", { type: "error", status: 404 })).toEqual({ kind: "missing" })
  })

  it("never asks for a second payment when completion errs or races the webhook", () => {
    expect(afterCompletion("succeeded", { type: "error", status: 409 })).toEqual({ kind: "pending" })
    expect(afterCompletion("succeeded", { type: "error", status: 500 })).toEqual({ kind: "pending" })
    expect(afterCompletion("succeeded", { type: "error" })).toEqual({ kind: "pending" })
  })
})

describe("shouldForgetCart", () => {
  it("forgets completed and missing carts, keeps an open one", () => {
    expect(shouldForgetCart("completed")).toBe(true)
    expect(shouldForgetCart("missing")).toBe(true)
    expect(shouldForgetCart("open")).toBe(false)
  })
})
