import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  emitEventStep,
  linkSalesChannelsToStockLocationWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../modules/ocop"
import { communeLabel, findCommune } from "../../modules/ocop/domain/geography"
import { validateProducerInputStep, type ProducerInput } from "../steps/producer-input"
import { assertProducerHandleFreeStep, createProducerStep, type ProducerData } from "../steps/producer-steps"

export const OCOP_PRODUCER_CREATED = "ocop.producer.created"

/**
 * Registers an OCOP producer with its own stock location (where it keeps its
 * stock), available to the online sales channel. Everything is undone if a
 * step fails.
 */
export const createProducerWorkflow = createWorkflow("create-ocop-producer", (input: ProducerInput) => {
  const data = validateProducerInputStep({ data: input, creating: true })
  const producerData = transform({ data }, ({ data }) => data as ProducerData)
  assertProducerHandleFreeStep(transform({ producerData }, ({ producerData }) => ({ handle: producerData.handle })))
  const producer = createProducerStep(producerData)

  const locationInput = transform({ producer }, ({ producer }) => {
    const commune = findCommune(producer.commune)
    return {
      locations: [
        {
          name: `Kho ${producer.name}`,
          address: {
            address_1: producer.address,
            city: commune ? communeLabel(commune) : producer.commune,
            province: "Cao Bằng",
            country_code: "VN",
            phone: producer.phone,
          },
        },
      ],
    }
  })
  const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })

  createRemoteLinkStep(
    transform({ producer, locations }, ({ producer, locations }) => [
      {
        [OCOP_MODULE]: { ocop_producer_id: producer.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
      },
    ])
  )

  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] })
  linkSalesChannelsToStockLocationWorkflow.runAsStep({
    input: transform({ stores, locations }, ({ stores, locations }) => ({
      id: locations[0].id,
      add: stores[0]?.default_sales_channel_id ? [stores[0].default_sales_channel_id] : [],
    })),
  })

  emitEventStep({
    eventName: OCOP_PRODUCER_CREATED,
    data: transform({ producer }, ({ producer }) => ({ id: producer.id })),
  })
  return new WorkflowResponse(producer)
})
