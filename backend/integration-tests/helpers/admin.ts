import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/**
 * A real admin session: an emailpass identity, a user linked to it by the
 * core workflow, and a token from the real /auth route.
 */
export async function adminHeaders(container: MedusaContainer, api: Api) {
  const email = `admin-${Date.now()}@ocop.test`
  const password = "mat-khau-thu-nghiem-1"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!authIdentity) throw new Error(`could not register the test admin: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** Calls that are expected to fail resolve to their HTTP response instead of throwing. */
export async function failing<T>(call: Promise<T>): Promise<{ status: number; data: { message: string; type?: string } }> {
  try {
    await call
  } catch (error) {
    const response = (error as { response?: { status: number; data: { message: string; type?: string } } }).response
    if (response) return response
    throw error
  }
  throw new Error("expected the request to fail, but it succeeded")
}
