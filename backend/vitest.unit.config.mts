import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/__tests__/**/*.unit.spec.ts"],
    environment: "node",
  },
})
