import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: "off",
  },
  // Tests run against the production build (`npm run build` first), as users get it.
  webServer: process.env.BASE_URL
    ? undefined
    : {
        // `npm start`, as the README runs it; tests/e2e/start-paths.spec.ts starts plain `next start`.
        command: "npm start",
        url: `${baseURL}/api/factions`,
        // Never test whatever happens to be listening: start the build under test.
        reuseExistingServer: false,
        timeout: 60_000,
        env: { NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT), HOSTNAME: "127.0.0.1" },
      },
});
