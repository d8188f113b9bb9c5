import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129144102 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_phone_unique";`);
    this.addSql(`alter table if exists "ocop_producer_invite" drop constraint if exists "ocop_producer_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_certificate_id_unique";`);
    this.addSql(`alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_product_id_unique";`);
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_certificate_number_unique";`);
    this.addSql(`alter table if exists "ocop_producer" drop constraint if exists "ocop_producer_handle_unique";`);
    this.addSql(`create table if not exists "ocop_producer" ("id" text not null, "name" text not null, "handle" text not null, "type" text check ("type" in ('hop_tac_xa', 'to_hop_tac', 'doanh_nghiep', 'ho_kinh_doanh')) not null, "district" text check ("district" in ('thanh_pho_cao_bang', 'bao_lac', 'bao_lam', 'ha_quang', 'ha_lang', 'hoa_an', 'nguyen_binh', 'quang_hoa', 'thach_an', 'trung_khanh')) not null, "commune" text not null, "address" text not null, "phone" text not null, "zalo" text null, "email" text null, "registration_number" text null, "representative" text null, "story" text null, "logo_url" text null, "photos" text[] null, "is_sample" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_handle_unique" ON "ocop_producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_deleted_at" ON "ocop_producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_type" ON "ocop_producer" ("type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_district" ON "ocop_producer" ("district") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "stars" integer not null, "score" integer null, "product_group" text check ("product_group" in ('thuc_pham', 'do_uong', 'duoc_lieu', 'thu_cong_my_nghe', 'sinh_vat_canh', 'dich_vu_du_lich')) not null, "product_set" text check ("product_set" in ('rau_cu_qua_hat_tuoi', 'thit_thuy_san_trung_sua_tuoi', 'gao_ngu_coc', 'mat_ong_nong_san_khac', 'do_an_nhanh', 'che_bien_tu_gao_ngu_coc', 'che_bien_tu_rau_cu_qua_hat', 'che_bien_tu_thit_trung_sua_thuy_san', 'tuong_nuoc_mam_gia_vi_long', 'gia_vi_khac', 'che_tuoi_che_bien', 'che_tu_thuc_vat_khac', 'ca_phe_ca_cao', 'ruou_trang', 'do_uong_co_con_khac', 'nuoc_khoang_nuoc_dong_chai', 'do_uong_khong_con_khac', 'thuc_pham_chuc_nang_thuoc_duoc_lieu', 'my_pham_duoc_lieu', 'tinh_dau_duoc_lieu_khac', 'thu_cong_gia_dung_trang_tri', 'vai_may_mac', 'hoa', 'cay_canh', 'dong_vat_canh', 'du_lich_cong_dong_sinh_thai')) not null, "certificate_number" text not null, "decision_number" text not null, "issuer" text not null, "criteria_version" text not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "status" text check ("status" in ('active', 'expiring', 'expired', 'renewal_pending', 'revoked')) not null default 'active', "renewal_filed_at" timestamptz null, "revoked_at" timestamptz null, "revocation_reason" text null, "superseded_at" timestamptz null, "evidence_url" text null, "is_sample" boolean not null default false, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"), constraint ocop_certificate_stars_certified check (stars IN (3, 4, 5)), constraint ocop_certificate_score_range check (score IS NULL OR (score >= 0 AND score <= 100)), constraint ocop_certificate_expiry_after_issue check (expires_at > issued_at), constraint ocop_certificate_criteria_version check (criteria_version IN ('1048/2019', '148/2023', '1489/2025', '26/2026')));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_certificate_number_unique" ON "ocop_certificate" ("certificate_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_producer_id" ON "ocop_certificate" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_status" ON "ocop_certificate" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_expires_at" ON "ocop_certificate" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_group" ON "ocop_certificate" ("product_group") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_listing" ("id" text not null, "product_id" text not null, "product_handle" text not null, "product_title" text not null, "product_status" text not null, "sales_channel_ids" text[] not null, "product_created_at" timestamptz not null, "price_vnd" integer null, "producer_id" text null, "certificate_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_listing_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_listing_product_id_unique" ON "ocop_listing" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_producer_id" ON "ocop_listing" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_listing_certificate_id_unique" ON "ocop_listing" ("certificate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_deleted_at" ON "ocop_listing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_product_status" ON "ocop_listing" ("product_status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_product_created_at" ON "ocop_listing" ("product_created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_listing_price_vnd" ON "ocop_listing" ("price_vnd") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer_invite" ("id" text not null, "phone" text not null, "name" text null, "role" text check ("role" in ('owner', 'staff')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_token_hash_unique" ON "ocop_producer_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_producer_id" ON "ocop_producer_invite" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_invite_deleted_at" ON "ocop_producer_invite" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ocop_producer_member" ("id" text not null, "phone" text not null, "name" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_producer_member_phone_unique" ON "ocop_producer_member" ("phone") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_producer_id" ON "ocop_producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_producer_member_deleted_at" ON "ocop_producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ocop_certificate" add constraint "ocop_certificate_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_listing" add constraint "ocop_listing_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "ocop_listing" add constraint "ocop_listing_certificate_id_foreign" foreign key ("certificate_id") references "ocop_certificate" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "ocop_producer_invite" add constraint "ocop_producer_invite_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "ocop_producer_member" add constraint "ocop_producer_member_producer_id_foreign" foreign key ("producer_id") references "ocop_producer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_producer_invite" drop constraint if exists "ocop_producer_invite_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_producer_member" drop constraint if exists "ocop_producer_member_producer_id_foreign";`);

    this.addSql(`alter table if exists "ocop_listing" drop constraint if exists "ocop_listing_certificate_id_foreign";`);

    this.addSql(`drop table if exists "ocop_producer" cascade;`);

    this.addSql(`drop table if exists "ocop_certificate" cascade;`);

    this.addSql(`drop table if exists "ocop_listing" cascade;`);

    this.addSql(`drop table if exists "ocop_producer_invite" cascade;`);

    this.addSql(`drop table if exists "ocop_producer_member" cascade;`);
  }

}
