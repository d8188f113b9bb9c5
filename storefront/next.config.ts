import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { CATALOGUE_PARAM_NAMES } from "./src/lib/catalogue/param-names"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// Images are fetched by visitors' browsers (through the optimiser) from the
// backend's public address, which may differ from the internal API address.
const publicBackendUrl = new URL(
  process.env.MEDUSA_PUBLIC_BACKEND_URL ?? process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async rewrites() {
    return {
      // The unfiltered catalogue is one cached page shared by every visitor
      // (a route rewrite costs far less per request than the proxy).
      beforeFiles: [
        {
          source: "/:locale(vi|en)/products",
          destination: "/:locale/catalogue-default",
          missing: CATALOGUE_PARAM_NAMES.map((key) => ({ type: "query" as const, key })),
        },
      ],
    }
  },
  images: {
    // Product images are served by the Medusa backend (local file provider).
    remotePatterns: [
      {
        protocol: publicBackendUrl.protocol === "https:" ? "https" : "http",
        hostname: publicBackendUrl.hostname,
        // No port: the embedded start and the tests choose theirs at run time.
        pathname: "/static/**",
      },
    ],
  },
}

export default withNextIntl(nextConfig)
