import pg from "pg"

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))
  if (!name) throw new Error("DATABASE_URL has no database name (…/ocop at the end)")
  return name
}

/** The same server, connected to its maintenance database. */
function maintenanceUrl(url: string): string {
  const parsed = new URL(url)
  parsed.pathname = "/postgres"
  return parsed.toString()
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

/** Creates the database when it does not exist yet. Returns true when it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url)
  return withClient(maintenanceUrl(url), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) return false
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`)
    return true
  })
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url)
  await withClient(maintenanceUrl(url), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
  )
}

/** A database counts as seeded once it has a region (the seed's first sale-critical record). */
export async function isSeeded(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public.region') IS NOT NULL AS exists"
    )
    if (!rows[0]?.exists) return false
    const { rowCount } = await client.query("SELECT 1 FROM region WHERE deleted_at IS NULL LIMIT 1")
    return (rowCount ?? 0) > 0
  })
}

/** The storefront's publishable key, created by the seed. */
export async function readPublishableKey(url: string, title: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ token: string }>(
      `SELECT token FROM api_key
        WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
        ORDER BY (title = $1) DESC, created_at ASC LIMIT 1`,
      [title]
    )
    if (!rows[0]) throw new Error("no publishable API key in the database: the seed did not run")
    return rows[0].token
  })
}

export async function canConnect(url: string): Promise<boolean> {
  try {
    await withClient(maintenanceUrl(url), (client) => client.query("SELECT 1"))
    return true
  } catch {
    return false
  }
}

export async function hasUser(url: string, email: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL', [email])
    return (rowCount ?? 0) > 0
  })
}

/** A key for per-database state that never contains the password. */
export function databaseKey(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port || "5432"}/${databaseName(url)}`
}
