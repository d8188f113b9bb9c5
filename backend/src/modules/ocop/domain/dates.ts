/**
 * Certificates are about calendar days in Vietnam, not instants: a decision
 * dated 2021-08-07 is valid until 2024-08-07 whatever the server's time zone.
 * Days are ISO strings "YYYY-MM-DD"; they compare correctly as strings.
 */
export type Day = string

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const VN_TIME_ZONE = "Asia/Ho_Chi_Minh"

export function isDay(value: string): value is Day {
  const match = DAY.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function parts(day: Day): [number, number, number] {
  const match = DAY.exec(day)
  if (!match || !isDay(day)) throw new RangeError(`Not a calendar day: ${day}`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

function format(date: Date): Day {
  return date.toISOString().slice(0, 10)
}

/** The calendar day in Vietnam at a given instant. */
export function vietnamDay(at: Date = new Date()): Day {
  return new Intl.DateTimeFormat("en-CA", { timeZone: VN_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
}

export function addDays(day: Day, days: number): Day {
  const [y, m, d] = parts(day)
  return format(new Date(Date.UTC(y, m - 1, d + days)))
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day. */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = parts(day)
  const lastDayOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate()
  return format(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDayOfTarget))))
}

/** Stored timestamps are midnight UTC of the day they stand for. */
export function dayToDate(day: Day): Date {
  const [y, m, d] = parts(day)
  return new Date(Date.UTC(y, m - 1, d))
}

export function dateToDay(date: Date | string): Day {
  return format(typeof date === "string" ? new Date(date) : date)
}
