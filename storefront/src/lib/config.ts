import "server-only"
import Medusa from "@medusajs/js-sdk"
import { readEnv } from "./env"

let client: Medusa | undefined

/** The one configured Medusa client. Server-only: the browser talks to server actions. */
export function sdk(): Medusa {
  if (!client) {
    const env = readEnv()
    client = new Medusa({
      baseUrl: env.backendUrl,
      publishableKey: env.publishableKey,
      debug: false,
    })
  }
  return client
}
