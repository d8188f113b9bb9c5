/** The public face of a producer: legal seller details shoppers are entitled to see. */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "name",
  "handle",
  "type",
  "district",
  "commune",
  "address",
  "phone",
  "zalo",
  "email",
  "registration_number",
  "representative",
  "story",
  "logo_url",
  "photos",
  "is_sample",
] as const

type PublicField = (typeof PUBLIC_PRODUCER_FIELDS)[number]

export function presentPublicProducer<T extends Record<PublicField, unknown>>(producer: T): Pick<T, PublicField> {
  return Object.fromEntries(PUBLIC_PRODUCER_FIELDS.map((field) => [field, producer[field]])) as Pick<T, PublicField>
}
