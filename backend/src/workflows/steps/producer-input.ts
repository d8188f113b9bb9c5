import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isEmail, normalizeVietnamesePhone, normalizeZalo } from "../../modules/ocop/domain/contact"
import { findCommune, isDistrict } from "../../modules/ocop/domain/geography"
import { isProducerType } from "../../modules/ocop/domain/producer-types"
import { HANDLE_PATTERN, slugify } from "../../modules/ocop/domain/text"
import type { ProducerData } from "./producer-steps"

export type ProducerInput = Omit<ProducerData, "handle" | "type" | "district"> & {
  handle?: string
  type: string
  district: string
}

/** Problems with producer fields, one English sentence each (shared with the API validators). */
export function producerFieldErrors(input: Partial<ProducerInput>): string[] {
  const errors: string[] = []
  if (input.type !== undefined && !isProducerType(input.type)) errors.push(`unknown producer type "${input.type}"`)
  if (input.district !== undefined && !isDistrict(input.district)) errors.push(`unknown district "${input.district}"`)
  if (input.commune !== undefined && !findCommune(input.commune)) errors.push(`unknown commune "${input.commune}"`)
  if (input.phone !== undefined && !normalizeVietnamesePhone(input.phone)) {
    errors.push(`phone "${input.phone}" is not a Vietnamese phone number (e.g. 0912 345 678 or 0206 3852 123)`)
  }
  if (input.zalo && !normalizeZalo(input.zalo)) errors.push(`zalo must be a Vietnamese phone number or a https://zalo.me/ link`)
  if (input.email && !isEmail(input.email)) errors.push(`email "${input.email}" is not an email address`)
  if (input.handle !== undefined && !HANDLE_PATTERN.test(input.handle)) {
    errors.push(`handle must be lowercase letters, digits and dashes (e.g. "htx-tam-hoa")`)
  }
  return errors
}

/** Applies defaults and canonical forms: handle from the name, phones in E.164, Zalo as a link. */
export function normalizeProducer<T extends Partial<ProducerInput>>(input: T): T {
  const normalized: T = { ...input }
  if (input.phone !== undefined) normalized.phone = normalizeVietnamesePhone(input.phone) ?? input.phone
  if (input.zalo) normalized.zalo = normalizeZalo(input.zalo)
  if (input.email) normalized.email = input.email.trim().toLowerCase()
  return normalized
}

/** Validates and normalises; a new producer without a handle gets one from its name. */
export const validateProducerInputStep = createStep(
  "validate-producer-input",
  async (input: { data: Partial<ProducerInput>; creating: boolean }) => {
    const errors = producerFieldErrors(input.data)
    if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))
    const normalized = normalizeProducer(input.data)
    if (input.creating && normalized.handle === undefined && input.data.name !== undefined) {
      normalized.handle = slugify(input.data.name)
    }
    return new StepResponse(normalized)
  }
)
