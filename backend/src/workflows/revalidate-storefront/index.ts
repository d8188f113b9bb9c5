import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Asks the storefront to drop cached catalogue pages (shared tags such as
 * "products"). Best effort: a storefront that is down or not configured must
 * never fail the change that triggered it, so errors are logged, not thrown.
 * Nothing to compensate: purging a cache twice is harmless.
 */
const notifyStorefrontStep = createStep("notify-storefront", async (input: { tags: string[] }, { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const url = process.env.STOREFRONT_URL
  const secret = process.env.REVALIDATE_SECRET
  if (!url || !secret) return new StepResponse({ sent: false })
  try {
    const response = await fetch(new URL("/api/revalidate", url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags: input.tags }),
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) logger.warn(`[ocop] storefront revalidation answered ${response.status}`)
    return new StepResponse({ sent: response.ok })
  } catch (error) {
    logger.warn(`[ocop] storefront revalidation failed: ${error instanceof Error ? error.message : String(error)}`)
    return new StepResponse({ sent: false })
  }
})

export const revalidateStorefrontWorkflow = createWorkflow("revalidate-storefront", (input: { tags: string[] }) => {
  return new WorkflowResponse(notifyStorefrontStep(input))
})
