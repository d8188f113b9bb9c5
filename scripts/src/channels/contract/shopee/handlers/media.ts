import { ContractError } from "../contract-error"
import { hex } from "../state"
import type { HandlerInput, HandlerOutput } from "./types"

const MAX_BYTES = 10 * 1024 * 1024
const JPEG = [0xff, 0xd8, 0xff]
const PNG = [0x89, 0x50, 0x4e, 0x47]

/**
 * media_space/upload_image: multipart, file field `image` (fewer than 9
 * files, JPG/JPEG/PNG, ≤ 10 MB each), optional `scene` normal|desc. A URL or
 * a wrongly named field gets "can't find image file" (python-shopee #43).
 */
export async function uploadImage({ state, form }: HandlerInput): Promise<HandlerOutput> {
  const files = (form?.getAll("image") ?? []).filter((value): value is File => typeof value !== "string")
  if (files.length === 0) throw new ContractError("product.error_param", "can't find image file")
  if (files.length >= 9) throw new ContractError("product.error_param", "image number should be less than 9")
  const sceneValue = form?.get("scene")
  const scene = typeof sceneValue === "string" && sceneValue ? sceneValue : "normal"
  if (scene !== "normal" && scene !== "desc") throw new ContractError("product.error_param", "invalid field Scene: should be normal or desc")
  const infoList: Array<Record<string, unknown>> = []
  for (const [index, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (bytes.length > MAX_BYTES) {
      infoList.push({ id: index, error: "error_image_size", message: "image size should be less than 10.0 MB" })
      continue
    }
    if (!startsWith(bytes, JPEG) && !startsWith(bytes, PNG)) {
      infoList.push({ id: index, error: "error_image_format", message: "image format should be JPG, JPEG or PNG" })
      continue
    }
    const imageId = `vn-11134207-${hex(16)}`
    state.images.set(imageId, { image_id: imageId, filename: file.name, contentType: file.type, size: bytes.length, scene })
    infoList.push({ id: index, error: "", message: "", image_info: imageInfo(imageId) })
  }
  const first = infoList.find((entry) => entry.error === "")
  if (!first) {
    const failed = infoList[0]
    throw new ContractError(String(failed?.error ?? "product.error_param"), String(failed?.message ?? "upload failed"))
  }
  return { response: { image_info: first.image_info, image_info_list: infoList } }
}

export function imageUrl(imageId: string): string {
  return `https://cf.shopee.vn/file/${imageId}`
}

function imageInfo(imageId: string): Record<string, unknown> {
  return { image_id: imageId, image_url_list: [{ image_url_region: "VN", image_url: imageUrl(imageId) }] }
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}
