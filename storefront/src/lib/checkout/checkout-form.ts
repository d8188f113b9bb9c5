import { z } from "zod"
import { isProvince } from "./provinces"
import { normalizeVietnamesePhone } from "./phone"

/** Error codes are translated by the form (namespace "checkout.errors"). */
export type CheckoutErrorCode =
  | "nameRequired"
  | "phoneInvalid"
  | "emailInvalid"
  | "provinceRequired"
  | "communeRequired"
  | "streetRequired"
  | "shippingRequired"
  | "paymentRequired"

export const CheckoutFields = z.object({
  full_name: z.string().trim().min(2, "nameRequired").max(120, "nameRequired"),
  phone: z
    .string()
    .trim()
    .refine((value) => normalizeVietnamesePhone(value) !== null, "phoneInvalid")
    .transform((value) => normalizeVietnamesePhone(value) as string),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((value) => value === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), "emailInvalid"),
  province: z.string().trim().refine(isProvince, "provinceRequired"),
  commune: z.string().trim().min(2, "communeRequired").max(120, "communeRequired"),
  street: z.string().trim().min(3, "streetRequired").max(250, "streetRequired"),
  note: z.string().trim().max(500).default(""),
  shipping_option_id: z.string().regex(/^so_[0-9A-Z]{26}$/, "shippingRequired"),
  payment_provider_id: z.enum(["pp_cod_cod", "pp_vietqr_vietqr", "pp_stripe_stripe"], { error: () => "paymentRequired" }),
})

export type CheckoutValues = z.infer<typeof CheckoutFields>
export type CheckoutInput = Record<keyof CheckoutValues, string>

export const CHECKOUT_FIELD_NAMES = Object.keys(CheckoutFields.shape) as (keyof CheckoutValues)[]

export type CheckoutParse =
  | { ok: true; values: CheckoutValues }
  | { ok: false; errors: Partial<Record<keyof CheckoutValues, CheckoutErrorCode>> }

/** Validates the checkout form; errors are per field so the form can show them inline. */
export function parseCheckout(input: Partial<CheckoutInput>): CheckoutParse {
  const result = CheckoutFields.safeParse({ email: "", note: "", ...input })
  if (result.success) return { ok: true, values: result.data }
  const errors: Partial<Record<keyof CheckoutValues, CheckoutErrorCode>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof CheckoutValues
    if (!errors[field]) errors[field] = issue.message as CheckoutErrorCode
  }
  return { ok: false, errors }
}

/** "Nguyễn Văn An" → first name "Văn An", last name "Nguyễn" (family name first in Vietnamese). */
export function splitVietnameseName(fullName: string): { first_name: string; last_name: string } {
  const parts = fullName.trim().split(/\s+/)
  if (parts.length === 1) return { first_name: parts[0], last_name: "" }
  return { last_name: parts[0], first_name: parts.slice(1).join(" ") }
}
