import { accessTokenGet, shopInfo, tokenGet } from "./handlers/auth"
import { getAttributeTree, getBrandList, getCategory, getChannelList, getItemLimit } from "./handlers/catalogue"
import { addItem, getItemBaseInfo, getItemList, unlistItem, updateItem } from "./handlers/items"
import { uploadImage } from "./handlers/media"
import { getModelList, initTierVariation } from "./handlers/models"
import { getOrderDetail, getOrderList } from "./handlers/orders"
import { updatePrice, updateStock } from "./handlers/price-stock"
import type { Route } from "./handlers/types"

/**
 * The APIs the contract server speaks, with their documented method and
 * type: "Public" APIs (auth, media_space.upload_image) are signed without
 * access_token/shop_id; the rest are shop APIs.
 */
export const ROUTES: Record<string, Route> = {
  "/api/v2/auth/token/get": { method: "POST", kind: "public", write: false, body: "json", handle: tokenGet },
  "/api/v2/auth/access_token/get": { method: "POST", kind: "public", write: false, body: "json", handle: accessTokenGet },
  "/api/v2/shop/get_shop_info": { method: "GET", kind: "shop", write: false, body: "none", handle: shopInfo },
  "/api/v2/product/get_category": { method: "GET", kind: "shop", write: false, body: "none", handle: getCategory },
  "/api/v2/product/get_attribute_tree": { method: "GET", kind: "shop", write: false, body: "none", handle: getAttributeTree },
  "/api/v2/product/get_brand_list": { method: "GET", kind: "shop", write: false, body: "none", handle: getBrandList },
  "/api/v2/product/get_item_limit": { method: "GET", kind: "shop", write: false, body: "none", handle: getItemLimit },
  "/api/v2/logistics/get_channel_list": { method: "GET", kind: "shop", write: false, body: "none", handle: getChannelList },
  "/api/v2/media_space/upload_image": { method: "POST", kind: "public", write: true, body: "multipart", handle: uploadImage },
  "/api/v2/product/add_item": { method: "POST", kind: "shop", write: true, body: "json", handle: addItem },
  "/api/v2/product/update_item": { method: "POST", kind: "shop", write: true, body: "json", handle: updateItem },
  "/api/v2/product/unlist_item": { method: "POST", kind: "shop", write: true, body: "json", handle: unlistItem },
  "/api/v2/product/init_tier_variation": { method: "POST", kind: "shop", write: true, body: "json", handle: initTierVariation },
  "/api/v2/product/get_model_list": { method: "GET", kind: "shop", write: false, body: "none", handle: getModelList },
  "/api/v2/product/update_price": { method: "POST", kind: "shop", write: true, body: "json", handle: updatePrice },
  "/api/v2/product/update_stock": { method: "POST", kind: "shop", write: true, body: "json", handle: updateStock },
  "/api/v2/product/get_item_list": { method: "GET", kind: "shop", write: false, body: "none", handle: getItemList },
  "/api/v2/product/get_item_base_info": { method: "GET", kind: "shop", write: false, body: "none", handle: getItemBaseInfo },
  "/api/v2/order/get_order_list": { method: "GET", kind: "shop", write: false, body: "none", handle: getOrderList },
  "/api/v2/order/get_order_detail": { method: "GET", kind: "shop", write: false, body: "none", handle: getOrderDetail },
}
