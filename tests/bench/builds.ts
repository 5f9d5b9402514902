import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { E2E_EXTENSION_DIR, PRODUCTION_ENV, ROOT } from '../e2e/support/paths';

/** The production build: what users install. Sizes and the page scripts' own time are read from it. */
export const PRODUCTION_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
/** The production build that also covers loopback, where the bench serves its pages. */
export const BENCH_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-bench');

const DIRS = { production: PRODUCTION_EXTENSION_DIR, bench: BENCH_EXTENSION_DIR, e2e: E2E_EXTENSION_DIR };
const built = new Set<string>();

/**
 * Builds the extension once per bench run, whichever measurement needs it first. Page loads use
 * the bench build: the normal build covers no loopback page, so the fixtures would load without
 * the product at all. The e2e build is for what only it can show (its test hooks start focus
 * without the popup and say when a notification is shown natively); it carries a wrapper around
 * the browser's Notification in every frame, so nothing a page pays for is measured on it.
 */
export function ensureBuilt(mode: keyof typeof DIRS): string {
  if (!built.has(mode)) {
    execFileSync('npx', ['wxt', 'build', ...(mode === 'production' ? [] : ['--mode', mode])], { cwd: ROOT, stdio: 'ignore', env: PRODUCTION_ENV });
    built.add(mode);
  }
  return DIRS[mode];
}
