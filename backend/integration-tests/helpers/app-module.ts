import { createRequire } from "node:module"
import path from "node:path"

const backendRoot = path.resolve(__dirname, "../..")
const requireFromApp = createRequire(path.join(backendRoot, "package.json"))

/**
 * Loads a project module (a workflow, a seed) through Node's require, i.e. the
 * very instance the Medusa app loaded. Importing it normally would give vitest's
 * own copy, and defining a workflow twice is refused ("already exists").
 * Pass the path from the backend folder, e.g. "./src/workflows/certify-product".
 */
export function appModule<T>(fromBackendRoot: string): T {
  return requireFromApp(fromBackendRoot) as T
}
