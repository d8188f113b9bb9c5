import { z } from "zod"
import {
  ACCOUNT_STATUSES,
  INVALID_CERTIFICATE_ACTIONS,
  LISTING_STATUSES,
  ORDER_STATUSES,
  PLATFORMS,
  RUN_KINDS,
  RUN_STATUSES,
} from "../../../modules/channels/domain/vocabulary"
import { booleanParam, listParam, pagination } from "../../utils/validation"

const oneOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: () => `unknown ${what}; expected one of ${values.join(", ")}` })

const text = (min: number, max: number) => z.string().trim().min(min).max(max)
const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO date-time, e.g. 2026-12-01T00:00:00Z" })
const count = z.number().int().min(0)

/** Platforms with a seller API need the shop id the tokens belong to. */
const API_PLATFORMS = new Set(["shopee", "lazada"])

const accountFields = {
  shop_id: text(1, 64).nullable().optional(),
  name: text(2, 200),
  producer_id: text(1, 64).nullable().optional(),
  access_token: text(1, 4096).nullable().optional(),
  refresh_token: text(1, 4096).nullable().optional(),
  access_expires_at: isoDateTime.nullable().optional(),
  refresh_expires_at: isoDateTime.nullable().optional(),
  authorisation_expires_at: isoDateTime.nullable().optional(),
  stock_reserve: z.number().int().min(0, "stock_reserve must be 0 or more").max(1_000_000).optional(),
  stock_zero_below: z.number().int().min(0, "stock_zero_below must be 0 or more").max(1_000_000).optional(),
  stock_percent: z.number().int().min(1, "stock_percent must be 1–100").max(100, "stock_percent must be 1–100").optional(),
  price_multiplier: z.number().positive("price_multiplier must be more than 0").max(10).optional(),
  price_offset: z.number().int().min(-10_000_000).max(10_000_000).optional(),
  on_invalid_certificate: oneOf(INVALID_CERTIFICATE_ACTIONS, "on_invalid_certificate").optional(),
  status: oneOf(ACCOUNT_STATUSES, "status").optional(),
}

export const AdminCreateChannelAccount = z
  .object({ platform: oneOf(PLATFORMS, "platform"), ...accountFields })
  .strict()
  .superRefine((value, ctx) => {
    if (API_PLATFORMS.has(value.platform) && !value.shop_id) {
      ctx.addIssue({ code: "custom", path: ["shop_id"], message: `shop_id is required for ${value.platform}` })
    }
  })

export const AdminUpdateChannelAccount = z.object(accountFields).partial().strict()

export const AdminChannelAccountsParams = z
  .object({
    platform: listParam(oneOf(PLATFORMS, "platform")),
    producer_id: z.string().optional(),
    ...pagination(50, 200),
  })
  .strict()

const listingError = z
  .object({
    retryable: z.boolean(),
    field: z.string().max(200).nullable(),
    message: z.string().trim().max(2000),
    request_id: z.string().max(200).nullable(),
  })
  .strict()

const listingReport = z
  .object({
    variant_id: text(1, 64),
    sku: text(1, 100).nullable().optional(),
    external_item_id: text(1, 100).nullable().optional(),
    external_model_id: text(1, 100).nullable().optional(),
    content_hash: text(1, 128).nullable().optional(),
    price_hash: text(1, 128).nullable().optional(),
    last_pushed_price: count.nullable().optional(),
    last_pushed_stock: count.nullable().optional(),
    claims_ocop: z.boolean().optional(),
    status: oneOf(LISTING_STATUSES, "listing status").optional(),
    last_error: listingError.nullable().optional(),
    last_pushed_at: isoDateTime.nullable().optional(),
    needs_push: z.boolean().optional(),
  })
  .strict()

export const AdminUpsertChannelListings = z
  .object({ listings: z.array(listingReport).min(1, "listings must not be empty").max(500, "at most 500 listings per batch") })
  .strict()

export const AdminChannelListingsParams = z
  .object({
    status: listParam(oneOf(LISTING_STATUSES, "listing status")),
    needs_push: booleanParam.optional(),
    ...pagination(50, 200),
  })
  .strict()

export const AdminRecordChannelRun = z
  .object({
    kind: oneOf(RUN_KINDS, "run kind"),
    status: oneOf(RUN_STATUSES, "run status").optional(),
    requested_run_id: text(1, 64).optional(),
    started_at: isoDateTime.nullable().optional(),
    finished_at: isoDateTime.nullable().optional(),
    created_count: count.optional(),
    updated_count: count.optional(),
    unchanged_count: count.optional(),
    failed_count: count.optional(),
    summary: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.started_at && value.finished_at && Date.parse(value.finished_at) < Date.parse(value.started_at)) {
      ctx.addIssue({ code: "custom", path: ["finished_at"], message: "finished_at must not be before started_at" })
    }
    if (value.status === "requested" && value.requested_run_id) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "a report completing a requested run cannot itself be requested" })
    }
  })

/** POST /admin/channels/accounts/:id/push: the whole catalogue, or only the plan (no write call). */
export const AdminPushChannelAccount = z.object({ dry_run: z.boolean().optional() }).strict()

/** POST /admin/channels/accounts/:id/pull-orders: no options; the window comes from the account's last pull. */
export const AdminPullChannelOrders = z.object({}).strict()

export const AdminChannelRunsParams = z
  .object({
    kind: listParam(oneOf(RUN_KINDS, "run kind")),
    status: listParam(oneOf(RUN_STATUSES, "run status")),
    ...pagination(20, 100),
  })
  .strict()

const orderLine = z
  .object({
    sku: text(1, 100),
    quantity: z.number().int().min(1, "quantity must be at least 1").max(10_000),
    unit_price_vnd: z.number().int("unit_price_vnd must be whole đồng").min(0).max(1_000_000_000),
  })
  .strict()

export const AdminImportChannelOrder = z
  .object({
    external_order_id: text(1, 100),
    lines: z.array(orderLine).min(1, "lines must not be empty").max(200),
    buyer: z
      .object({
        name: text(1, 200).optional(),
        phone: text(3, 32).optional(),
        email: z.email("buyer.email is not an email address").optional(),
      })
      .strict()
      .optional(),
    shipping_address: z
      .object({
        full_name: text(1, 200),
        phone: text(3, 32).optional(),
        address_1: text(1, 300),
        address_2: text(1, 300).optional(),
        ward: text(1, 100).optional(),
        district: text(1, 100).optional(),
        city: text(1, 100),
        province: text(1, 100).optional(),
        postal_code: text(1, 20).optional(),
      })
      .strict()
      .optional(),
    placed_at: isoDateTime.optional(),
  })
  .strict()

export const AdminChannelOrdersParams = z
  .object({ status: listParam(oneOf(ORDER_STATUSES, "order status")), ...pagination(20, 100) })
  .strict()

export const AdminChannelCatalogueParams = z
  .object({
    account_id: z.string().min(1).optional(),
    product_id: listParam(z.string().min(1)),
    ...pagination(50, 200),
  })
  .strict()
