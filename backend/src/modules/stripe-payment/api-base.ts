/** The connection settings the Stripe client accepts in place of api.stripe.com. */
export type StripeHostConfig = { host: string; port: number; protocol: "http" | "https" }

export function stripeHostConfig(apiBase: string): StripeHostConfig {
  const url = new URL(apiBase)
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("Stripe apiBase must be an http:// or https:// origin")
  }
  if (url.pathname !== "/" || url.search) {
    throw new Error("Stripe apiBase must be a bare origin: the client always calls /v1/... on it")
  }
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443, protocol }
}
