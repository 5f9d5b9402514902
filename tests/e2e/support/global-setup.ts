import { execFileSync } from 'node:child_process';
import { PRODUCTION_ENV } from './paths';

/**
 * The e2e tests always run against a fresh e2e build of the current sources: `npm test` builds it
 * once before its runs (HEADSDOWN_E2E_PREBUILT), so no run rebuilds it under another.
 */
export default function setup(): void {
  if (process.env.HEADSDOWN_E2E_PREBUILT === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore', env: PRODUCTION_ENV });
}
