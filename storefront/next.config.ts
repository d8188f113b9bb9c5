import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const backendUrl = new URL(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    // Product images are served by the Medusa backend (local file provider).
    remotePatterns: [
      {
        protocol: backendUrl.protocol === "https:" ? "https" : "http",
        hostname: backendUrl.hostname,
        port: backendUrl.port,
        pathname: "/static/**",
      },
    ],
  },
}

export default withNextIntl(nextConfig)
