/** The producer form's text values and how they become an API body. */
import { isDistrict } from "../../../modules/ocop/domain/geography"
import { isProducerType } from "../../../modules/ocop/domain/producer-types"
import { blankToNull } from "../../lib/form-values"
import { formatPhone } from "../../lib/labels"
import type { Producer, ProducerBody } from "../../lib/types"

export type ProducerFormValues = {
  name: string
  handle: string
  type: string
  district: string
  commune: string
  address: string
  phone: string
  zalo: string
  email: string
  registration_number: string
  representative: string
  story: string
  logo_url: string
  photos: string
  is_sample: boolean
}

export const PRODUCER_FIELDS = [
  "name",
  "handle",
  "type",
  "district",
  "commune",
  "address",
  "phone",
  "zalo",
  "email",
  "registration_number",
  "representative",
  "story",
  "logo_url",
  "photos",
] as const

export type ProducerField = (typeof PRODUCER_FIELDS)[number]

export const PRODUCER_FIELD_ALIASES: Partial<Record<ProducerField, readonly string[]>> = {
  type: ["producer type"],
  handle: ["already taken", "slug"],
}

export const emptyProducerForm = (): ProducerFormValues => ({
  name: "",
  handle: "",
  type: "",
  district: "",
  commune: "",
  address: "",
  phone: "",
  zalo: "",
  email: "",
  registration_number: "",
  representative: "",
  story: "",
  logo_url: "",
  photos: "",
  is_sample: false,
})

export const producerFormFrom = (producer: Producer): ProducerFormValues => ({
  name: producer.name,
  handle: producer.handle,
  type: producer.type,
  district: producer.district,
  commune: producer.commune,
  address: producer.address,
  phone: producer.phone ? formatPhone(producer.phone) : "",
  zalo: producer.zalo ?? "",
  email: producer.email ?? "",
  registration_number: producer.registration_number ?? "",
  representative: producer.representative ?? "",
  story: producer.story ?? "",
  logo_url: producer.logo_url ?? "",
  photos: (producer.photos ?? []).join("\n"),
  is_sample: producer.is_sample,
})

type Parsed = { body: ProducerBody; errors: null } | { body: null; errors: Partial<Record<ProducerField, string>> }

/** Checks the required fields; phone, commune and URL rules are left to the API's messages. */
export function toProducerBody(values: ProducerFormValues): Parsed {
  const errors: Partial<Record<ProducerField, string>> = {}
  if (values.name.trim().length < 2) errors.name = "Nhập tên chủ thể (ít nhất 2 ký tự)."
  if (!isProducerType(values.type)) errors.type = "Chọn loại hình."
  if (!isDistrict(values.district)) errors.district = "Chọn huyện/thành phố."
  if (!values.commune) errors.commune = "Chọn xã/phường."
  if (values.address.trim().length < 3) errors.address = "Nhập địa chỉ."
  if (!values.phone.trim()) errors.phone = "Nhập số điện thoại."
  if (Object.keys(errors).length || !isProducerType(values.type) || !isDistrict(values.district)) {
    return { body: null, errors }
  }
  const photos = values.photos
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    errors: null,
    body: {
      name: values.name.trim(),
      ...(values.handle.trim() ? { handle: values.handle.trim() } : {}),
      type: values.type,
      district: values.district,
      commune: values.commune,
      address: values.address.trim(),
      phone: values.phone.trim(),
      zalo: blankToNull(values.zalo),
      email: blankToNull(values.email),
      registration_number: blankToNull(values.registration_number),
      representative: blankToNull(values.representative),
      story: blankToNull(values.story),
      logo_url: blankToNull(values.logo_url),
      photos: photos.length ? photos : null,
      is_sample: values.is_sample,
    },
  }
}

/** Only the fields the user changed, so an update never re-sends untouched stored values. */
export function producerChanges(initial: ProducerFormValues, body: ProducerBody, values: ProducerFormValues) {
  const changes: Partial<ProducerBody> = {}
  const changed = (field: keyof ProducerFormValues) => initial[field] !== values[field]
  const set = <K extends keyof ProducerBody>(key: K) => {
    changes[key] = body[key]
  }
  if (changed("name")) set("name")
  if (changed("handle") && values.handle.trim()) set("handle")
  if (changed("type")) set("type")
  if (changed("district")) set("district")
  if (changed("commune")) set("commune")
  if (changed("address")) set("address")
  if (changed("phone")) set("phone")
  if (changed("zalo")) set("zalo")
  if (changed("email")) set("email")
  if (changed("registration_number")) set("registration_number")
  if (changed("representative")) set("representative")
  if (changed("story")) set("story")
  if (changed("logo_url")) set("logo_url")
  if (changed("photos")) set("photos")
  if (changed("is_sample")) set("is_sample")
  return changes
}
