/**
 * Token expiry warnings for an account, days ahead, as the best multichannel
 * tools give them: the access token renews itself (the CLI refreshes it), the
 * refresh token and the seller's authorisation need a person.
 */
export type TokenDates = {
  access_expires_at: Date | string | null
  refresh_expires_at: Date | string | null
  authorisation_expires_at: Date | string | null
}

export type TokenWarning = {
  token: "refresh" | "authorisation"
  level: "expired" | "soon"
  expires_at: string
  days_left: number
}

/** Warn this many days before a refresh token or an authorisation ends. */
export const WARN_DAYS = { refresh: 7, authorisation: 30 } as const

const DAY_MS = 24 * 60 * 60 * 1000

export function tokenWarnings(dates: TokenDates, now: Date = new Date()): TokenWarning[] {
  const warnings: TokenWarning[] = []
  const check = (token: TokenWarning["token"], value: Date | string | null, warnDays: number) => {
    if (!value) return
    const at = new Date(value)
    const daysLeft = Math.floor((at.getTime() - now.getTime()) / DAY_MS)
    if (at.getTime() <= now.getTime()) {
      warnings.push({ token, level: "expired", expires_at: at.toISOString(), days_left: daysLeft })
    } else if (daysLeft < warnDays) {
      warnings.push({ token, level: "soon", expires_at: at.toISOString(), days_left: daysLeft })
    }
  }
  // An expired access token is routine (the CLI refreshes it); it only matters once the refresh token is gone too.
  check("refresh", dates.refresh_expires_at, WARN_DAYS.refresh)
  check("authorisation", dates.authorisation_expires_at, WARN_DAYS.authorisation)
  return warnings
}
