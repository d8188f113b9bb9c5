/**
 * A reason a listing cannot go out (problem) or a note that it went out
 * changed (warning). Messages are Vietnamese first, English after " / ", so a
 * producer and a developer can both act on the same line.
 */
export type Problem = { field: string; message: string }

export function problem(field: string, vi: string, en: string): Problem {
  return { field, message: `${vi} / ${en}` }
}
