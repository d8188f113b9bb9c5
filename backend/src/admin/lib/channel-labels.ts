/** Vietnamese labels for the channels vocabulary. */
import type { BadgeColor } from "./labels"

const PLATFORM_LABELS: Record<string, string> = {
  shopee: "Shopee",
  lazada: "Lazada",
  postmart: "Postmart",
  voso: "Voso",
  "247": "24/7",
}

const LISTING_STATUS: Record<string, { label: string; color: BadgeColor }> = {
  pending: { label: "Chưa đăng", color: "grey" },
  active: { label: "Đang bán", color: "green" },
  unlisted: { label: "Đã gỡ", color: "orange" },
  error: { label: "Lỗi", color: "red" },
}

const RUN_KINDS: Record<string, string> = {
  "dry-run": "Chạy thử",
  push: "Đồng bộ",
  "pull-orders": "Lấy đơn",
  reconcile: "Đối soát",
  export: "Xuất tệp",
}

const RUN_STATUS: Record<string, { label: string; color: BadgeColor }> = {
  requested: { label: "Chờ CLI", color: "blue" },
  running: { label: "Đang chạy", color: "orange" },
  succeeded: { label: "Xong", color: "green" },
  failed: { label: "Thất bại", color: "red" },
}

const PUSH_REASONS: Record<string, string> = { stock: "tồn kho", certificate: "chứng nhận", retry: "thử lại" }

const ACCOUNT_STATUS: Record<string, string> = { active: "Hoạt động", paused: "Tạm dừng", reauthorise: "Cần cấp quyền lại" }

const pick = <T,>(table: Record<string, T>, code: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined

export const platformLabel = (code: string) => pick(PLATFORM_LABELS, code) ?? code
export const listingStatus = (code: string) => pick(LISTING_STATUS, code) ?? { label: code, color: "grey" as const }
export const runKindLabel = (code: string) => pick(RUN_KINDS, code) ?? code
export const runStatus = (code: string) => pick(RUN_STATUS, code) ?? { label: code, color: "grey" as const }
export const pushReasonLabel = (code: string) => pick(PUSH_REASONS, code) ?? code
export const accountStatusLabel = (code: string) => pick(ACCOUNT_STATUS, code) ?? code

export const LISTING_STATUS_OPTIONS = Object.entries(LISTING_STATUS).map(([value, { label }]) => ({ value, label }))

export function formatDateTime(value: string | null): string {
  if (!value) return "—"
  return new Date(value).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })
}

export function formatVnd(value: number | null): string {
  return value === null ? "—" : `${value.toLocaleString("vi-VN")} ₫`
}
