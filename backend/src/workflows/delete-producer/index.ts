import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { ocopService } from "../steps/resolve-ocop"
import { softDeleteProducerStep } from "../steps/producer-steps"

export const OCOP_PRODUCER_DELETED = "ocop.producer.deleted"

/** A producer whose certificates are on record cannot disappear: revoke or delete those first. */
const assertProducerRemovableStep = createStep("assert-producer-removable", async (id: string, { container }) => {
  const service = ocopService(container)
  await service.retrieveOcopProducer(id)
  const certificates = await service.listOcopCertificates({ producer_id: id }, { take: 1 })
  if (certificates.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This producer has OCOP certificates on record; delete or reassign them before deleting the producer"
    )
  }
  return new StepResponse(undefined)
})

export const deleteProducerWorkflow = createWorkflow("delete-ocop-producer", (input: { id: string }) => {
  assertProducerRemovableStep(input.id)
  softDeleteProducerStep(input.id)
  emitEventStep({ eventName: OCOP_PRODUCER_DELETED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse({ id: input.id, deleted: true })
})
