import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYMENT_PROVIDERS } from "../../config/modules"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SHOP = {
  storeName: "Chợ OCOP Cao Bằng",
  salesChannelName: "Cửa hàng trực tuyến OCOP Cao Bằng",
  publishableKeyTitle: "Storefront OCOP Cao Bằng",
  regionName: "Việt Nam",
  currency: "vnd",
  country: "vn",
  warehouseName: "Kho tỉnh Cao Bằng",
} as const

export type ShopSetup = {
  salesChannelId: string
  publishableKey: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
}

/**
 * Creates what every Vietnamese shop needs before its first product:
 * VND store, "Việt Nam" region, a sales channel with its publishable key,
 * the provincial warehouse and two flat-rate delivery options.
 */
export async function seedShopSetup(container: MedusaContainer): Promise<ShopSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })

  const salesChannelId = await ensureSalesChannel(container, store.default_sales_channel_id)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: SHOP.storeName,
        supported_currencies: [{ currency_code: SHOP.currency, is_default: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
  const publishableKey = await ensurePublishableKey(container, salesChannelId)

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: SHOP.regionName,
          currency_code: SHOP.currency,
          countries: [SHOP.country],
          payment_providers: [
            PAYMENT_PROVIDERS.cod,
            PAYMENT_PROVIDERS.vietqr,
            ...(process.env.STRIPE_API_KEY ? [PAYMENT_PROVIDERS.stripe] : []),
          ],
          automatic_taxes: true,
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: SHOP.country, provider_id: "tp_system" }],
  })

  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: SHOP.warehouseName,
          address: {
            address_1: "Phường Thục Phán",
            city: "Cao Bằng",
            province: "Cao Bằng",
            country_code: "VN",
          },
        },
      ],
    },
  })

  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: warehouse.id, add: [salesChannelId] },
  })

  await createLocationFulfillmentSetWorkflow(container).run({
    input: {
      location_id: warehouse.id,
      fulfillment_set_data: { name: "Giao hàng toàn quốc", type: "shipping" },
    },
  })
  const {
    data: [warehouseWithSets],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id"],
    filters: { id: warehouse.id },
  })
  const fulfillmentSet = warehouseWithSets?.fulfillment_sets?.[0]
  if (!fulfillmentSet) throw new Error("the warehouse has no fulfillment set after creating one")

  const {
    result: [serviceZone],
  } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: "Việt Nam",
          fulfillment_set_id: fulfillmentSet.id,
          geo_zones: [{ type: "country", country_code: SHOP.country }],
        },
      ],
    },
  })

  const shippingProfileId = await ensureDefaultShippingProfile(container)

  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn (3–5 ngày)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZone.id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Tiêu chuẩn", description: "Giao trong 3–5 ngày / 3–5 days", code: "standard" },
        prices: [
          { currency_code: SHOP.currency, amount: 30000 },
          { region_id: region.id, amount: 30000 },
        ],
        rules: storeRules,
      },
      {
        name: "Giao hàng nhanh (1–2 ngày)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZone.id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Nhanh", description: "Giao trong 1–2 ngày / 1–2 days", code: "express" },
        prices: [
          { currency_code: SHOP.currency, amount: 50000 },
          { region_id: region.id, amount: 50000 },
        ],
        rules: storeRules,
      },
    ],
  })

  logger.info(`[seed] shop set up: region ${region.id}, sales channel ${salesChannelId}`)
  return {
    salesChannelId,
    publishableKey,
    regionId: region.id,
    stockLocationId: warehouse.id,
    shippingProfileId,
  }
}

/**
 * Medusa creates a "Default Sales Channel" and a "Default Publishable API Key"
 * when it first boots: give them our names instead of adding a second pair.
 */
async function ensureSalesChannel(container: MedusaContainer, defaultId: string | null | undefined): Promise<string> {
  const channel = { name: SHOP.salesChannelName, description: "Sản phẩm OCOP tỉnh Cao Bằng / Cao Bằng OCOP products" }
  if (defaultId) {
    await updateSalesChannelsWorkflow(container).run({ input: { selector: { id: defaultId }, update: channel } })
    return defaultId
  }
  const {
    result: [created],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [channel] } })
  return created.id
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at"],
    filters: { type: "publishable" },
  })
  const existing = keys.find((key) => !key.revoked_at)
  if (existing) {
    await updateApiKeysWorkflow(container).run({
      input: { selector: { id: existing.id }, update: { title: SHOP.publishableKeyTitle } },
    })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: existing.id, add: [salesChannelId] } })
    return existing.token
  }
  const {
    result: [created],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: SHOP.publishableKeyTitle, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: created.id, add: [salesChannelId] } })
  return created.token
}

/** `db:migrate` creates the default shipping profile; a bare test database may not have it. */
async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (profiles[0]) return profiles[0].id
  const {
    result: [created],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return created.id
}
