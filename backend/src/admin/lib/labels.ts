/** Vietnamese labels and display formats for the OCOP enums. */
import { CERTIFICATE_STATUSES, type CertificateStatus } from "../../modules/ocop/domain/certificate-rules"
import { PRODUCT_GROUPS, PRODUCT_SETS } from "../../modules/ocop/domain/classification"
import { formatVietnamesePhone } from "../../modules/ocop/domain/contact"
import { COMMUNES, communeLabel, DISTRICTS } from "../../modules/ocop/domain/geography"
import { PRODUCER_TYPES } from "../../modules/ocop/domain/producer-types"
import type { MemberRole } from "./types"

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  active: "Còn hiệu lực",
  expiring: "Sắp hết hạn",
  expired: "Hết hạn",
  renewal_pending: "Đang gia hạn",
  revoked: "Bị thu hồi",
}

export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const STATUS_COLORS: Record<CertificateStatus, BadgeColor> = {
  active: "green",
  expiring: "orange",
  expired: "grey",
  renewal_pending: "blue",
  revoked: "red",
}

export const STATUS_OPTIONS = CERTIFICATE_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))

export const ROLE_LABELS: Record<MemberRole, string> = { owner: "Chủ sở hữu", staff: "Nhân viên" }

const lookup = <T extends Record<string, unknown>>(table: T, code: string): T[keyof T] | undefined =>
  Object.prototype.hasOwnProperty.call(table, code) ? table[code as keyof T] : undefined

export const producerTypeLabel = (code: string): string => lookup(PRODUCER_TYPES, code)?.vi ?? code
export const districtLabel = (code: string): string => lookup(DISTRICTS, code) ?? code
export const groupLabel = (code: string): string => lookup(PRODUCT_GROUPS, code)?.vi ?? code
export const productSetLabel = (code: string): string => lookup(PRODUCT_SETS, code)?.vi ?? code
export const statusLabel = (code: string): string => lookup(STATUS_LABELS, code) ?? code
export const statusColor = (code: string): BadgeColor => lookup(STATUS_COLORS, code) ?? "grey"

/** "Minh Tâm" → "xã Minh Tâm" (or the name as stored when it is not a known commune). */
export function communeText(name: string): string {
  const commune = COMMUNES.find((entry) => entry.name === name)
  return commune ? communeLabel(commune) : name
}

/** "2024-06-30" → "30/06/2024". */
export function formatDay(day: string | null | undefined): string {
  if (!day) return "—"
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day
}

export const starsText = (stars: number): string => "★".repeat(Math.max(0, Math.min(5, stars)))

/** "+84912345678" → "0912 345 678"; anything else as stored. */
export const formatPhone = (phone: string | null | undefined): string =>
  !phone ? "—" : phone.startsWith("+84") ? formatVietnamesePhone(phone) : phone

const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 })
export const formatPercent = (ratio: number): string => percent.format(ratio)

const integer = new Intl.NumberFormat("vi-VN")
export const formatCount = (value: number): string => integer.format(value)
