/**
 * Where a shopper lands after Stripe sends them back from the Payment Element.
 * Pure decisions only; the return page does the requests.
 *
 * Stripe's `redirect_status` is only a hint (anyone can type it into the
 * address bar): the backend checks the PaymentIntent with Stripe before it
 * turns the cart into an order, so a forged "succeeded" gains nothing.
 */

export type StripeReturnStep =
  | { kind: "complete"; cartId: string; paid: PaidStatus }
  | { kind: "order"; orderId: string }
  /** Back to the checkout form with "Thanh toán thẻ không thành công…". */
  | { kind: "failed" }
  /** Back to the checkout form, no message: the address was opened without a payment. */
  | { kind: "checkout" }
  /** Paid or processing, but no order yet: the webhook will make it. */
  | { kind: "pending" }
  /** No cart to complete (cookie gone, cart deleted). */
  | { kind: "missing" }

/** Where the shopper goes once the cart has been dealt with. */
export type StripeReturnOutcome = Exclude<StripeReturnStep, { kind: "complete" }>

/** What POST /store/carts/:id/complete answered, reduced to what matters here. */
export type CompletionResult =
  | { type: "order"; orderId: string }
  /** 200 with the cart: Medusa asked Stripe and the payment is not authorised (yet). */
  | { type: "cart" }
  /** The request failed; `status` is the HTTP status when there was a response. */
  | { type: "error"; status?: number }

type PaidStatus = "succeeded" | "processing"

function isPaid(status: string): status is PaidStatus {
  return status === "succeeded" || status === "processing"
}

export function firstStep(input: { cartId: string | null; redirectStatus: string | null }): StripeReturnStep {
  if (!input.cartId) return { kind: "missing" }
  if (!input.redirectStatus) return { kind: "checkout" }
  if (!isPaid(input.redirectStatus)) return { kind: "failed" }
  return { kind: "complete", cartId: input.cartId, paid: input.redirectStatus }
}

export function afterCompletion(paid: PaidStatus, result: CompletionResult): StripeReturnOutcome {
  if (result.type === "order") return { kind: "order", orderId: result.orderId }
  if (result.type === "cart") {
    // A processing payment (e.g. a bank debit) is authorised later; the
    // webhook completes the cart then. A "succeeded" Stripe disagrees with is a failure.
    return paid === "processing" ? { kind: "pending" } : { kind: "failed" }
  }
  if (result.status === 404) return { kind: "missing" }
  // 409 means the webhook is completing this very cart right now; a 5xx or a
  // network error leaves the payment where it is and the webhook retries. In
  // either case the money may have moved, so never send the shopper to pay again.
  return { kind: "pending" }
}

/** A cart cookie is forgotten once its cart became an order (or no longer exists). */
export function shouldForgetCart(cart: "open" | "completed" | "missing"): boolean {
  return cart !== "open"
}
