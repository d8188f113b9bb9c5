import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What the Vietnamese search provider needs in the database, created by
 * `medusa db:migrate` (this provider replaces the stock PostgreSQL provider,
 * whose migration therefore does not run):
 *
 * - `pg_trgm` (typo matching) and `unaccent` (accent folding);
 * - the text search configuration `medusa_search_simple`: the simple
 *   dictionary after unaccent. The stock migration only creates
 *   `medusa_search_english`, whose stopwords drop Vietnamese syllables once
 *   unaccented ("mè" → "me", "đỗ" → "do", "tơ" → "to");
 * - the provider's catalogue table, as the stock migration defines it.
 *
 * Managed databases may refuse extensions: that is reported as a NOTICE and
 * the configuration falls back to the plain simple dictionary (accents then
 * matter for full text; the folded typo column still ignores them).
 */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search-postgres-vi: could not enable pg_trgm (%).', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'search-postgres-vi: could not enable unaccent (%).', SQLERRM;
        END;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_simple') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_simple (COPY = simple);
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            ALTER TEXT SEARCH CONFIGURATION medusa_search_simple
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
          ELSE
            RAISE NOTICE 'search-postgres-vi: medusa_search_simple created without unaccent.';
          END IF;
        END IF;
      END
      $$;
    `)
    this.addSql(`
      create table if not exists "search_postgres_index" (
        "name" text not null,
        "table_name" text not null,
        "schema_hash" text not null,
        "plan" jsonb not null,
        "document_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "search_postgres_index_pkey" primary key ("name")
      );
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_simple;`)
  }
}
