import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Next swaps the marker for an empty module on the server; the tests run server code too.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/unit/setup.ts"],
    environment: "node",
    // A few tests draw every slide of the deck in jsdom: seconds of work on a busy 2-core runner.
    testTimeout: 20_000,
  },
});
