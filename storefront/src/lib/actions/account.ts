"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { sdk } from "../config"
import { normalizeVietnamesePhone } from "../checkout/phone"
import { removeAuthToken, setAuthToken } from "../cookies"

export type AccountFormState = {
  values: Record<string, string>
  errors: Record<string, string>
  formError: "invalidLogin" | "emailTaken" | "failed" | null
}

const Login = z.object({
  email: z.string().trim().toLowerCase().email("emailInvalid"),
  password: z.string().min(1, "passwordRequired"),
})

const Register = z.object({
  full_name: z.string().trim().min(2, "nameRequired").max(120, "nameRequired"),
  email: z.string().trim().toLowerCase().email("emailInvalid"),
  phone: z
    .string()
    .trim()
    .refine((value) => value === "" || normalizeVietnamesePhone(value) !== null, "phoneInvalid"),
  password: z.string().min(8, "passwordTooShort").max(200),
})

function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0])
    errors[field] ??= issue.message
  }
  return errors
}

const localeOf = (value: string) => (value === "en" ? "en" : "vi")

async function token(path: string, body: Record<string, string>): Promise<string> {
  const { token } = await sdk().client.fetch<{ token: string }>(path, { method: "POST", body })
  return token
}

export async function login(locale: string, _previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = { email: String(formData.get("email") ?? "") }
  const parsed = Login.safeParse({ ...values, password: formData.get("password") ?? "" })
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error), formError: null }
  try {
    await setAuthToken(await token("/auth/customer/emailpass", parsed.data))
  } catch {
    return { values, errors: {}, formError: "invalidLogin" }
  }
  redirect(`/${localeOf(locale)}/account`)
}

export async function register(locale: string, _previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = {
    full_name: String(formData.get("full_name") ?? ""),
    email: String(formData.get("email") ?? ""),
    phone: String(formData.get("phone") ?? ""),
  }
  const parsed = Register.safeParse({ ...values, password: formData.get("password") ?? "" })
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error), formError: null }
  const { full_name, email, phone, password } = parsed.data
  const parts = full_name.split(/\s+/)
  try {
    const registration = await token("/auth/customer/emailpass/register", { email, password })
    await sdk().client.fetch("/store/customers", {
      method: "POST",
      headers: { authorization: `Bearer ${registration}` },
      body: {
        email,
        last_name: parts.length > 1 ? parts[0] : "",
        first_name: parts.length > 1 ? parts.slice(1).join(" ") : parts[0],
        ...(phone ? { phone: normalizeVietnamesePhone(phone) ?? undefined } : {}),
      },
    })
    await setAuthToken(await token("/auth/customer/emailpass", { email, password }))
  } catch (error) {
    const message = error instanceof Error ? error.message : ""
    return { values, errors: {}, formError: /exist/i.test(message) ? "emailTaken" : "failed" }
  }
  redirect(`/${localeOf(locale)}/account`)
}

export async function logout(locale: string): Promise<void> {
  await removeAuthToken()
  redirect(`/${localeOf(locale)}/account`)
}
