import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../../..');
export const E2E_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');
/** Screenshots for people to look at; git-ignored. */
export const SCREENSHOTS_DIR = path.join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Vitest sets NODE_ENV=test, which would make Vite bundle React's development build. */
export const PRODUCTION_ENV = { ...process.env, NODE_ENV: 'production' };
