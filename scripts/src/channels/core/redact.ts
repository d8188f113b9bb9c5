/** Query and body keys whose values never reach a log line. */
const SECRET_KEYS = ["sign", "access_token", "refresh_token", "partner_key", "app_secret", "code", "client_secret", "password"]

/** A URL safe to log: secret query values replaced by "***". */
export function redactUrl(url: string): string {
  const parsed = new URL(url)
  for (const key of SECRET_KEYS) {
    if (parsed.searchParams.has(key)) parsed.searchParams.set(key, "***")
  }
  return parsed.toString()
}

/** A shallow copy of a JSON-ish record with secret values replaced by "***". */
export function redactRecord(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) copy[key] = SECRET_KEYS.includes(key) ? "***" : value
  return copy
}

export type ChannelLogger = {
  info(message: string): void
  warn(message: string): void
}

export const silentLogger: ChannelLogger = { info: () => undefined, warn: () => undefined }
