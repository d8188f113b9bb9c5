import type { ShopeeLogisticInfo } from "./item-types"
import type { ShopeeLogisticsChannel } from "./response-types"

/**
 * Channels a product may use ("Product creation preparation" §7): enabled
 * for the shop and not masked (mask_channel_id == 0; a masked channel is
 * served through its mask channel and cannot be set on an item).
 */
export function productChannels(channels: ShopeeLogisticsChannel[]): ShopeeLogisticsChannel[] {
  return channels.filter((channel) => channel.enabled && channel.mask_channel_id === 0)
}

/**
 * add_item `logistic_info` for those channels. CUSTOM_PRICE channels need a
 * shipping_fee and SIZE_SELECTION ones a size_id, which we cannot choose for
 * the seller: they are left out.
 */
export function logisticInfoFor(channels: ShopeeLogisticsChannel[]): ShopeeLogisticInfo[] {
  return productChannels(channels)
    .filter((channel) => channel.fee_type !== "CUSTOM_PRICE" && channel.fee_type !== "SIZE_SELECTION")
    .map((channel) => ({ logistic_id: channel.logistics_channel_id, enabled: true, is_free: false }))
}
