import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup-unit.ts'],
          // Time logic is pinned to a zone with daylight saving, whatever the machine's zone is.
          env: { TZ: 'America/New_York' },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: ['tests/e2e/timed.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Moments that come by the wall clock (whole minutes, 30 s alarms): mostly waiting, so
        // `npm test` runs them beside the other suites (tests/run-all.mjs).
        test: {
          name: 'e2e-timed',
          include: ['tests/e2e/timed.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The core loop in Debian's firefox-esr over WebDriver BiDi (puppeteer-core).
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run bench` only: measurements, not tests.
        test: {
          name: 'bench',
          include: ['tests/bench/**/*.measure.ts'],
          environment: 'node',
          testTimeout: 600_000,
        },
      },
      {
        // One question measured at length, each by its own npm script (bench:isolated-world).
        test: {
          name: 'probe',
          include: ['tests/bench/**/*.probe.ts'],
          environment: 'node',
          testTimeout: 1_800_000,
        },
      },
    ],
  },
});
