/**
 * Typed calls to the /admin/ocop/* routes with the admin's session cookie.
 * Errors come back as { message, type }; they are thrown as ApiError so the
 * screens can show the message next to what the user typed.
 */
import type {
  CertificateRow,
  CertificatesQuery,
  CertifyBody,
  InviteBody,
  Page,
  ProducerBody,
  ProducerDetail,
  Producer,
  ProducerInvite,
  ProducersQuery,
  ProductOcop,
  ProgrammeReport,
  RenewBody,
  RevokeBody,
  Day,
} from "./types"

/** Set by the admin bundler from `admin.backendUrl`; empty means "same origin". */
declare const __BACKEND_URL__: string | undefined

const BACKEND_URL = (typeof __BACKEND_URL__ === "string" ? __BACKEND_URL__ : "").replace(/\/+$/, "")

export class ApiError extends Error {
  readonly status: number
  readonly type: string | undefined

  constructor(message: string, status: number, type?: string) {
    super(message)
    this.name = "ApiError"
    this.status = status
    this.type = type
  }
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return "Đã có lỗi xảy ra, vui lòng thử lại."
}

export type QueryValue = string | number | boolean | readonly string[] | undefined | null
type Method = "GET" | "POST" | "DELETE"

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","))
    } else {
      params.set(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

function readError(payload: unknown, status: number): ApiError {
  if (payload && typeof payload === "object") {
    const { message, type } = payload as { message?: unknown; type?: unknown }
    if (typeof message === "string" && message) {
      return new ApiError(message, status, typeof type === "string" ? type : undefined)
    }
  }
  if (status === 401) return new ApiError("Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.", status)
  return new ApiError(`Yêu cầu thất bại (HTTP ${status}).`, status)
}

export async function request<T>(
  method: Method,
  path: string,
  options: { query?: Record<string, QueryValue>; body?: unknown } = {}
): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${BACKEND_URL}${path}${options.query ? queryString(options.query) : ""}`, {
      method,
      credentials: "include",
      headers: {
        accept: "application/json",
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    })
  } catch {
    throw new ApiError("Không kết nối được máy chủ.", 0)
  }
  const text = await response.text()
  let payload: unknown = null
  if (text) {
    try {
      payload = JSON.parse(text)
    } catch {
      payload = null
    }
  }
  if (!response.ok) throw readError(payload, response.status)
  return payload as T
}

const enc = encodeURIComponent

/** Query keys: everything starts with "ocop" so one invalidation refreshes every screen. */
export const ocopKeys = {
  all: ["ocop"] as const,
  producers: (query: ProducersQuery) => ["ocop", "producers", query] as const,
  producer: (id: string) => ["ocop", "producer", id] as const,
  certificates: (query: CertificatesQuery) => ["ocop", "certificates", query] as const,
  product: (id: string) => ["ocop", "product", id] as const,
  report: (asOf: Day) => ["ocop", "report", asOf] as const,
}

export const ocopApi = {
  listProducers: (query: ProducersQuery) =>
    request<{ producers: Producer[] } & Page>("GET", "/admin/ocop/producers", { query }),
  getProducer: (id: string) => request<{ producer: ProducerDetail }>("GET", `/admin/ocop/producers/${enc(id)}`),
  createProducer: (body: ProducerBody) => request<{ producer: Producer }>("POST", "/admin/ocop/producers", { body }),
  updateProducer: (id: string, body: Partial<ProducerBody>) =>
    request<{ producer: ProducerDetail }>("POST", `/admin/ocop/producers/${enc(id)}`, { body }),
  deleteProducer: (id: string) =>
    request<{ id: string; deleted: boolean }>("DELETE", `/admin/ocop/producers/${enc(id)}`),
  inviteMember: (id: string, body: InviteBody) =>
    request<{ invite: ProducerInvite; token: string }>("POST", `/admin/ocop/producers/${enc(id)}/invites`, { body }),

  listCertificates: (query: CertificatesQuery) =>
    request<{ certificates: CertificateRow[] } & Page>("GET", "/admin/ocop/certificates", {
      query: { ...query, current: query.current === undefined ? undefined : String(query.current) },
    }),
  certifyProduct: (body: CertifyBody) =>
    request<{ certificate: CertificateRow }>("POST", "/admin/ocop/certificates", { body }),
  renewCertificate: (id: string, body: RenewBody) =>
    request<{ certificate: CertificateRow; previous_certificate: CertificateRow }>(
      "POST",
      `/admin/ocop/certificates/${enc(id)}/renew`,
      { body }
    ),
  revokeCertificate: (id: string, body: RevokeBody) =>
    request<{ certificate: CertificateRow }>("POST", `/admin/ocop/certificates/${enc(id)}/revoke`, { body }),
  fileRenewal: (id: string, filedAt?: Day) =>
    request<{ certificate: CertificateRow }>("POST", `/admin/ocop/certificates/${enc(id)}/renewal-filing`, {
      body: filedAt ? { filed_at: filedAt } : {},
    }),

  getProductOcop: (productId: string) => request<ProductOcop>("GET", `/admin/ocop/products/${enc(productId)}`),
  attachCertificate: (productId: string, certificateId: string) =>
    request<unknown>("POST", `/admin/ocop/products/${enc(productId)}/certificates`, {
      body: { certificate_id: certificateId },
    }),
  detachCertificate: (productId: string, certificateId: string) =>
    request<{ detached: boolean }>(
      "DELETE",
      `/admin/ocop/products/${enc(productId)}/certificates/${enc(certificateId)}`
    ),

  getReport: (asOf: Day) => request<{ report: ProgrammeReport }>("GET", "/admin/ocop/report", { query: { as_of: asOf } }),
}
