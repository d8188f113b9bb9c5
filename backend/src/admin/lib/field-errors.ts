/**
 * Splits an API validation message into per-field messages.
 * The validators answer "phone: phone must be …; commune: unknown commune …";
 * workflow checks answer sentences such as `email "x" is not an email address`.
 */
export type FieldErrors<F extends string> = { fields: Partial<Record<F, string>>; general: string[] }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The field named first in a sentence ("email "x" is not an email address" → email, not address). */
function earliestMention<F extends string>(
  text: string,
  fields: readonly F[],
  aliases: Partial<Record<F, readonly string[]>>
): F | undefined {
  let best: { field: F; index: number } | undefined
  for (const field of fields) {
    for (const word of [field, ...(aliases[field] ?? [])]) {
      const index = text.search(new RegExp(`\\b${escape(word)}\\b`, "i"))
      if (index >= 0 && (!best || index < best.index)) best = { field, index }
    }
  }
  return best?.field
}

export function splitApiError<F extends string>(
  message: string,
  fields: readonly F[],
  aliases: Partial<Record<F, readonly string[]>> = {}
): FieldErrors<F> {
  const result: FieldErrors<F> = { fields: {}, general: [] }
  const add = (field: F, text: string) => {
    const previous = result.fields[field]
    result.fields[field] = previous ? `${previous}; ${text}` : text
  }
  for (const part of message.split("; ").map((entry) => entry.trim()).filter(Boolean)) {
    const prefixed = /^([A-Za-z_][\w]*)(?:\.[\w.]+)?: (.+)$/.exec(part)
    const named = prefixed ? fields.find((field) => field === prefixed[1]) : undefined
    if (prefixed && named) {
      add(named, prefixed[2])
      continue
    }
    const mentioned = earliestMention(part, fields, aliases)
    if (mentioned) add(mentioned, part)
    else result.general.push(part)
  }
  return result
}
