import { manualClock } from "../../../src/channels/core/clock"
import type { ChannelLogger } from "../../../src/channels/core/redact"
import { memoryTokenStore, type TokenStore } from "../../../src/channels/core/token-store"
import { startLazadaContractServer, type LazadaContractOptions, type LazadaContractServer } from "../../../src/channels/contract/lazada"
import { LazadaClient, lazadaTokenKey, type LazadaConfigInput } from "../../../src/channels/lazada"

export const START = Date.parse("2025-06-01T00:00:00Z")

export type Harness = {
  server: LazadaContractServer
  client: LazadaClient
  clock: ReturnType<typeof manualClock>
  store: TokenStore
  logs: string[]
  close(): Promise<void>
}

/**
 * A contract server and a real client sharing one manual clock (sleeps
 * advance it at once, so backoff and image polling cost no real time), with
 * the client's store seeded by a token pair the server issued.
 */
export async function startHarness(options: { server?: LazadaContractOptions; client?: Partial<LazadaConfigInput>; seedTokens?: boolean } = {}): Promise<Harness> {
  const clock = manualClock(START)
  const server = await startLazadaContractServer({ clock, ...options.server })
  const store = memoryTokenStore()
  if (options.seedTokens !== false) {
    const grant = server.state.issueTokens()
    await store.save(lazadaTokenKey("caobang"), {
      accessToken: grant.accessToken,
      refreshToken: grant.refreshToken,
      accessExpiresAt: grant.accessExpiresAt,
      refreshExpiresAt: grant.refreshExpiresAt,
      authorisationExpiresAt: grant.refreshExpiresAt,
    })
  }
  const logs: string[] = []
  const logger: ChannelLogger = { info: (line) => logs.push(line), warn: (line) => logs.push(line) }
  const client = new LazadaClient({
    baseUrl: server.baseUrl,
    authBaseUrl: server.authBaseUrl,
    appKey: server.appKey,
    appSecret: server.appSecret,
    sellerKey: "caobang",
    tokenStore: store,
    clock,
    logger,
    retry: { attempts: 4, baseDelayMs: 10, maxDelayMs: 40 },
    timeoutMs: 2_000,
    random: () => 0.5,
    ...options.client,
  })
  return { server, client, clock, store, logs, close: () => server.close() }
}

/** A product payload Lazada would accept (images already on Lazada's CDN). */
export function teaPayload(skus: string[], overrides: { name?: string; category?: number } = {}) {
  return {
    Request: {
      Product: {
        PrimaryCategory: overrides.category ?? 10000101,
        Images: { Image: ["https://vn-test-11.slatic.net/p/aaaa.jpg"] },
        Attributes: {
          name: overrides.name ?? "Trà Shan Tuyết Phja Đén – OCOP 4 sao",
          description: "<p>Trà shan tuyết cổ thụ Phja Đén, Nguyên Bình, Cao Bằng. Chứng nhận OCOP 4 sao.</p>",
          brand_id: 30001,
        },
        Skus: {
          Sku: skus.map((sellerSku, index) => ({
            SellerSku: sellerSku,
            quantity: 10 + index,
            price: 180_000 + index * 1_000,
            package_weight: 0.35,
            package_length: 20,
            package_width: 10,
            package_height: 8,
            saleProp: { net_weight: `${100 + index} g` },
          })),
        },
      },
    },
  }
}
