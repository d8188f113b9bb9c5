import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// Images are fetched by visitors' browsers (through the optimiser) from the
// backend's public address, which may differ from the internal API address.
const publicBackendUrl = new URL(
  process.env.MEDUSA_PUBLIC_BACKEND_URL ?? process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
