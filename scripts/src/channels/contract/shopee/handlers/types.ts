import type { ShopeeFault } from "../faults"
import type { ShopeeContractState } from "../state"

export type PartialFailure = Extract<ShopeeFault, { kind: "partial_failure" }>

export type HandlerInput = {
  state: ShopeeContractState
  query: URLSearchParams
  /** Parsed JSON body of a POST ({} for GET). */
  json: Record<string, unknown>
  /** Parsed multipart body (image upload), else null. */
  form: FormData | null
  /** A queued partial_failure fault for update_price / update_stock. */
  partial: PartialFailure | null
}

/**
 * `response` goes under the envelope's `response`; `top` fields sit next to
 * `error`/`request_id` (auth endpoints and get_shop_info answer that way).
 */
export type HandlerOutput = { response?: Record<string, unknown>; top?: Record<string, unknown>; warning?: string }

export type Route = {
  method: "GET" | "POST"
  kind: "shop" | "public"
  /** Whether the call changes listings (counted by writeCalls()). */
  write: boolean
  body: "none" | "json" | "multipart"
  handle(input: HandlerInput): HandlerOutput | Promise<HandlerOutput>
}
