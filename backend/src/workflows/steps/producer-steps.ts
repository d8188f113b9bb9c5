import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ocopService } from "./resolve-ocop"

export type ProducerData = {
  name: string
  handle: string
  type: "hop_tac_xa" | "to_hop_tac" | "doanh_nghiep" | "ho_kinh_doanh"
  district:
    | "thanh_pho_cao_bang"
    | "bao_lac"
    | "bao_lam"
    | "ha_quang"
    | "ha_lang"
    | "hoa_an"
    | "nguyen_binh"
    | "quang_hoa"
    | "thach_an"
    | "trung_khanh"
  commune: string
  address: string
  phone: string
  zalo?: string | null
  email?: string | null
  registration_number?: string | null
  representative?: string | null
  story?: string | null
  logo_url?: string | null
  photos?: string[] | null
  is_sample?: boolean
}

export type ProducerUpdate = Partial<ProducerData> & { id: string }

/** Refuses a handle another producer already uses (409), before anything is written. */
export const assertProducerHandleFreeStep = createStep(
  "assert-producer-handle-free",
  async (input: { handle: string; except_id?: string }, { container }) => {
    const [existing] = await ocopService(container).listOcopProducers({ handle: input.handle }, { take: 1 })
    if (existing && existing.id !== input.except_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A producer with handle "${input.handle}" already exists`)
    }
    return new StepResponse(undefined)
  }
)

export const createProducerStep = createStep(
  "create-producer",
  async (data: ProducerData, { container }) => {
    const producer = await ocopService(container).createOcopProducers(data)
    return new StepResponse(producer, producer.id)
  },
  async (id, { container }) => {
    if (id) await ocopService(container).deleteOcopProducers(id)
  }
)

export const updateProducerStep = createStep(
  "update-producer",
  async (update: ProducerUpdate, { container }) => {
    const service = ocopService(container)
    const previous = await service.retrieveOcopProducer(update.id)
    const producer = await service.updateOcopProducers(update)
    const restore: ProducerUpdate = { id: previous.id }
    for (const key of Object.keys(update) as (keyof ProducerUpdate)[]) {
      if (key !== "id") Object.assign(restore, { [key]: previous[key as keyof typeof previous] })
    }
    return new StepResponse(producer, restore)
  },
  async (restore, { container }) => {
    if (restore) await ocopService(container).updateOcopProducers(restore)
  }
)

export const softDeleteProducerStep = createStep(
  "soft-delete-producer",
  async (id: string, { container }) => {
    await ocopService(container).softDeleteOcopProducers(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await ocopService(container).restoreOcopProducers(id)
  }
)
