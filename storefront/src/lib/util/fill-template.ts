/**
 * Fills `{name}` placeholders in a message read with `t.raw`. Client islands
 * on cached pages get their few strings as props this way, so they ship no
 * ICU message formatter and every page skips the full message catalogue.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder
  )
}
