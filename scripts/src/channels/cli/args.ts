import type { Platform } from "../core/errors"

export const SYNC_ACTIONS = ["dry-run", "push", "pull-orders", "reconcile"] as const
export const EXPORT_FORMATS = ["shopee-xlsx", "lazada-xlsx", "postmart", "voso", "csv"] as const

export type SyncAction = (typeof SYNC_ACTIONS)[number]
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export type Command =
  | { kind: "sync"; platform: Platform; action: SyncAction; allowSample: boolean; days: number }
  | { kind: "export"; format: ExportFormat; out: string; template: string | null; allowSample: boolean; images: boolean }
  | { kind: "worker"; intervalSeconds: number }
  | { kind: "help" }

export const USAGE = `Cách dùng / usage:
  pnpm sync -- <shopee|lazada> <dry-run|push|pull-orders|reconcile> [--allow-sample] [--days N]
  pnpm sync -- export <shopee-xlsx|lazada-xlsx|postmart|voso|csv> --out <path> [--template <file.xlsx>] [--allow-sample] [--no-images]
  pnpm sync -- worker [--every <seconds>]   (pull orders, then push, for every configured platform, again and again)

Đọc backend qua MEDUSA_BACKEND_URL và MEDUSA_ADMIN_API_KEY (khoá API bí mật sk_…).
Shopee: SHOPEE_PARTNER_ID, SHOPEE_PARTNER_KEY, SHOPEE_SHOP_ID, SHOPEE_ACCESS_TOKEN, SHOPEE_REFRESH_TOKEN [SHOPEE_API_BASE]
Lazada: LAZADA_APP_KEY, LAZADA_APP_SECRET, LAZADA_ACCESS_TOKEN, LAZADA_REFRESH_TOKEN [LAZADA_API_BASE]`

export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${USAGE}`)
    this.name = "UsageError"
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (value && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${what} "${value ?? ""}" không hợp lệ / is not one of ${allowed.join(", ")}`)
}

/** Flags followed by a value (the value is not a positional argument). */
const VALUE_FLAGS = ["--out", "--template", "--days", "--every"]

/** `pnpm sync -- …` arguments (a leading "--" from pnpm is ignored). */
export function parseArgs(argv: string[]): Command {
  const args = argv[0] === "--" ? argv.slice(1) : [...argv]
  const flags = new Set(args.filter((arg) => arg.startsWith("--") && !VALUE_FLAGS.includes(arg)))
  const value = (name: string): string | null => {
    const index = args.indexOf(name)
    if (index < 0) return null
    const next = args[index + 1]
    if (!next || next.startsWith("--")) throw new UsageError(`${name} cần một giá trị / needs a value`)
    return next
  }
  const positional = args.filter((arg, index) => !arg.startsWith("--") && !VALUE_FLAGS.includes(args[index - 1] ?? ""))
  const [first, second] = positional
  if (!first || flags.has("--help") || first === "help") return { kind: "help" }
  const allowSample = flags.has("--allow-sample")
  if (first === "worker") {
    const every = Number(value("--every") ?? 120)
    if (!Number.isInteger(every) || every < 30 || every > 3600) throw new UsageError("--every phải từ 30 đến 3600 giây / must be 30–3600 seconds")
    return { kind: "worker", intervalSeconds: every }
  }
  if (first === "export") {
    const out = value("--out")
    if (!out) throw new UsageError("export cần --out <đường dẫn> / export needs --out <path>")
    return { kind: "export", format: oneOf(second, EXPORT_FORMATS, "định dạng / format"), out, template: value("--template"), allowSample, images: !flags.has("--no-images") }
  }
  const platform = oneOf(first, ["shopee", "lazada"] as const, "kênh / platform")
  const days = Number(value("--days") ?? 7)
  if (!Number.isInteger(days) || days < 1 || days > 90) throw new UsageError("--days phải từ 1 đến 90 / must be 1–90")
  return { kind: "sync", platform, action: oneOf(second, SYNC_ACTIONS, "thao tác / action"), allowSample, days }
}
