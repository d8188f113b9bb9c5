import { defineConfig } from "vitest/config"

/**
 * Medusa's integration runner boots the whole application in-process and
 * require()s the project's TypeScript, so ts-node is registered in the setup
 * file. Each file migrates a fresh database: files run one at a time.
 */
export default defineConfig({
  test: {
    include: ["integration-tests/**/*.spec.ts", "src/**/__tests__/**/*.integration.spec.ts"],
    globals: true,
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    setupFiles: ["./integration-tests/setup.mts"],
  },
})
