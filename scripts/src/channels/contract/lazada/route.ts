import type { LazadaFaults } from "./faults"
import type { ContractState } from "./state"

export type UploadedFile = { bytes: Uint8Array; type: string; name: string }

export type RouteContext = {
  state: ContractState
  faults: LazadaFaults
  /** Business parameters (system parameters removed). */
  params: Record<string, string>
  files: Map<string, UploadedFile>
  /** The seller the access token belongs to (seller routes only). */
  sellerId: string | null
  path: string
  now: number
  settings: { imageReadyAfterMs: number; failingImageUrls: ReadonlySet<string>; newProductStatus: string }
}

/** A whole answer body; the server adds request_id. */
export type RouteAnswer = Record<string, unknown>

export type Route = {
  path: string
  /** Token endpoints answer only on the auth host. */
  host: "api" | "auth"
  /** seller: access token required; public: "No Authorization Required"; app: signed without a token (auth endpoints). */
  auth: "seller" | "public" | "app"
  /** Creates or changes something on the seller's shop. */
  write: boolean
  handle(context: RouteContext): RouteAnswer | Promise<RouteAnswer>
}

export function ok(data: unknown): RouteAnswer {
  return { code: "0", data }
}
