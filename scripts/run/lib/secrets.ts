import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export type LocalSecrets = {
  postgresPassword: string
  jwtSecret: string
  cookieSecret: string
  revalidateSecret: string
  adminEmail: string
  adminPassword: string
}

const random = (bytes: number) => crypto.randomBytes(bytes).toString("base64url")

/**
 * Secrets for the embedded footprint, generated once and kept in .data/
 * (readable by the owner only) so a restart keeps sessions and the admin login.
 */
export function loadOrCreateSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json")
  const existing = readJson(file)
  const secrets: LocalSecrets = {
    postgresPassword: existing.postgresPassword ?? random(18),
    jwtSecret: existing.jwtSecret ?? random(32),
    cookieSecret: existing.cookieSecret ?? random(32),
    revalidateSecret: existing.revalidateSecret ?? random(24),
    adminEmail: existing.adminEmail ?? "admin@ocop-caobang.local",
    adminPassword: existing.adminPassword ?? random(12),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  return secrets
}

function readJson(file: string): Partial<LocalSecrets> {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>
  } catch {
    return {}
  }
}
