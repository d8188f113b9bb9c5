import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129201700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "channel_order" drop constraint if exists "channel_order_account_id_external_order_id_unique";`);
    this.addSql(`alter table if exists "channel_listing" drop constraint if exists "channel_listing_account_id_variant_id_unique";`);
    this.addSql(`alter table if exists "channel_account" drop constraint if exists "channel_account_platform_shop_id_unique";`);
    this.addSql(`create table if not exists "channel_account" ("id" text not null, "platform" text not null, "shop_id" text null, "name" text not null, "producer_id" text null, "access_token_sealed" text null, "refresh_token_sealed" text null, "access_expires_at" timestamptz null, "refresh_expires_at" timestamptz null, "authorisation_expires_at" timestamptz null, "stock_reserve" integer not null default 0, "stock_zero_below" integer not null default 0, "stock_percent" integer not null default 100, "price_multiplier" numeric not null default 1, "price_offset" integer not null default 0, "on_invalid_certificate" text not null default 'strip-claim', "status" text not null default 'active', "raw_price_multiplier" jsonb not null default '{"value":"1","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_account_pkey" primary key ("id"), constraint channel_account_platform check (platform IN ('shopee', 'lazada', 'postmart', 'voso', '247')), constraint channel_account_status check (status IN ('active', 'paused', 'reauthorise')), constraint channel_account_on_invalid_certificate check (on_invalid_certificate IN ('strip-claim', 'unlist')), constraint channel_account_stock_reserve check (stock_reserve >= 0), constraint channel_account_stock_zero_below check (stock_zero_below >= 0), constraint channel_account_stock_percent check (stock_percent BETWEEN 1 AND 100), constraint channel_account_price_multiplier check (price_multiplier > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_account_deleted_at" ON "channel_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_account_platform_shop_id_unique" ON "channel_account" ("platform", "shop_id") WHERE shop_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_account_producer_id" ON "channel_account" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "channel_listing" ("id" text not null, "product_id" text not null, "variant_id" text not null, "sku" text null, "external_item_id" text null, "external_model_id" text null, "content_hash" text null, "price_hash" text null, "last_pushed_price" integer null, "last_pushed_stock" integer null, "desired_stock" integer null, "needs_push" boolean not null default false, "push_reasons" text[] not null default '{}', "claims_ocop" boolean not null default false, "status" text not null default 'pending', "last_error" jsonb null, "last_pushed_at" timestamptz null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_listing_pkey" primary key ("id"), constraint channel_listing_status check (status IN ('pending', 'active', 'unlisted', 'error')), constraint channel_listing_stock check (desired_stock IS NULL OR desired_stock >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_listing_account_id" ON "channel_listing" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_listing_deleted_at" ON "channel_listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_listing_account_id_variant_id_unique" ON "channel_listing" ("account_id", "variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_listing_variant_id" ON "channel_listing" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_listing_product_id" ON "channel_listing" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_listing_account_id_needs_push" ON "channel_listing" ("account_id", "needs_push") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_listing_account_id_status" ON "channel_listing" ("account_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "channel_order" ("id" text not null, "external_order_id" text not null, "order_id" text null, "status" text not null default 'pending', "imported_at" timestamptz null, "last_error" jsonb null, "details" jsonb null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_order_pkey" primary key ("id"), constraint channel_order_status check (status IN ('pending', 'imported', 'rejected')));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_order_account_id" ON "channel_order" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_order_deleted_at" ON "channel_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_channel_order_account_id_external_order_id_unique" ON "channel_order" ("account_id", "external_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_order_order_id" ON "channel_order" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "channel_sync_run" ("id" text not null, "kind" text not null, "status" text not null default 'succeeded', "requested_by" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_count" integer not null default 0, "updated_count" integer not null default 0, "unchanged_count" integer not null default 0, "failed_count" integer not null default 0, "summary" jsonb null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "channel_sync_run_pkey" primary key ("id"), constraint channel_sync_run_kind check (kind IN ('dry-run', 'push', 'pull-orders', 'reconcile', 'export')), constraint channel_sync_run_status check (status IN ('requested', 'running', 'succeeded', 'failed')), constraint channel_sync_run_counts check (created_count >= 0 AND updated_count >= 0 AND unchanged_count >= 0 AND failed_count >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_sync_run_account_id" ON "channel_sync_run" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_sync_run_deleted_at" ON "channel_sync_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_sync_run_account_id_created_at" ON "channel_sync_run" ("account_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_channel_sync_run_status" ON "channel_sync_run" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "channel_listing" add constraint "channel_listing_account_id_foreign" foreign key ("account_id") references "channel_account" ("id") on update cascade;`);

    this.addSql(`alter table if exists "channel_order" add constraint "channel_order_account_id_foreign" foreign key ("account_id") references "channel_account" ("id") on update cascade;`);

    this.addSql(`alter table if exists "channel_sync_run" add constraint "channel_sync_run_account_id_foreign" foreign key ("account_id") references "channel_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "channel_listing" drop constraint if exists "channel_listing_account_id_foreign";`);

    this.addSql(`alter table if exists "channel_order" drop constraint if exists "channel_order_account_id_foreign";`);

    this.addSql(`alter table if exists "channel_sync_run" drop constraint if exists "channel_sync_run_account_id_foreign";`);

    this.addSql(`drop table if exists "channel_account" cascade;`);

    this.addSql(`drop table if exists "channel_listing" cascade;`);

    this.addSql(`drop table if exists "channel_order" cascade;`);

    this.addSql(`drop table if exists "channel_sync_run" cascade;`);
  }

}
