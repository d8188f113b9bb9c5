import path from "node:path"
import { fileURLToPath } from "node:url"

/** Absolute paths of the repository, independent of the current directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
export const BACKEND = path.join(ROOT, "backend")
export const STOREFRONT = path.join(ROOT, "storefront")
export const DATA = path.join(ROOT, ".data")
export const LOGS = path.join(DATA, "logs")
export const BACKEND_SERVER = path.join(BACKEND, ".medusa", "server")

export const bin = {
  medusa: path.join(BACKEND, "node_modules", ".bin", "medusa"),
  next: path.join(STOREFRONT, "node_modules", ".bin", "next"),
  vitest: (pkg: string) => path.join(pkg, "node_modules", ".bin", "vitest"),
  playwright: path.join(STOREFRONT, "node_modules", ".bin", "playwright"),
}
