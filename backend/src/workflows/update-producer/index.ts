import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { validateProducerInputStep, type ProducerInput } from "../steps/producer-input"
import { assertProducerHandleFreeStep, updateProducerStep, type ProducerUpdate } from "../steps/producer-steps"

export const OCOP_PRODUCER_UPDATED = "ocop.producer.updated"

export type UpdateProducerInput = { id: string } & Partial<ProducerInput>

/** Edits a producer; the previous values come back if a later step fails. */
export const updateProducerWorkflow = createWorkflow("update-ocop-producer", (input: UpdateProducerInput) => {
  const data = validateProducerInputStep(
    transform({ input }, ({ input }) => {
      const { id: _id, ...fields } = input
      return { data: fields, creating: false }
    })
  )
  when({ data }, ({ data }) => typeof data.handle === "string").then(() => {
    assertProducerHandleFreeStep(
      transform({ data, input }, ({ data, input }) => ({ handle: data.handle as string, except_id: input.id }))
    )
  })
  const producer = updateProducerStep(
    transform({ data, input }, ({ data, input }) => ({ ...data, id: input.id }) as ProducerUpdate)
  )
  emitEventStep({ eventName: OCOP_PRODUCER_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(producer)
})
