import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright never downloads a browser here: the system Chromium is used (overridable by CHROMIUM_PATH).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Several builds can live side by side (OUT_DIR), each previewed on its own port (PREVIEW_PORT).
const port = Number(process.env.PREVIEW_PORT || 4321);
const outDir = process.env.OUT_DIR || 'dist';
// `npm test` also builds the site under a sub-path (npm run build:subpath), as a project page is served.
const subpath = { outDir: 'dist-subpath', base: '/k8s-notes/', port: port + 1 };
const withSubpath = existsSync(subpath.outDir);
const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'ko-KR',
    launchOptions: { executablePath, args: browserArgs },
  },
  projects: [
    { name: 'chromium', testIgnore: /subpath\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    ...(withSubpath
      ? [
          {
            name: 'subpath',
            testMatch: /subpath\.spec\.ts/,
            use: {
              ...devices['Desktop Chrome'],
              channel: undefined,
              baseURL: `http://localhost:${subpath.port}${subpath.base}`,
              launchOptions: { executablePath, args: browserArgs },
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Started directly, not through npx: killing a wrapper would leave the server running. --ignore-lock lets
      // several builds be previewed side by side (Astro otherwise allows one preview per project).
      command: `node_modules/.bin/astro preview --ignore-lock --port ${port} --outDir ${outDir}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(withSubpath
      ? [
          {
            command: `node_modules/.bin/astro preview --ignore-lock --port ${subpath.port} --outDir ${subpath.outDir}`,
            env: { BASE_PATH: subpath.base },
            url: `http://localhost:${subpath.port}${subpath.base}`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
