import { execFileSync } from 'node:child_process';
import { PRODUCTION_ENV } from './paths';

/** The e2e tests always run against a fresh e2e build of the current sources. */
export default function setup(): void {
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore', env: PRODUCTION_ENV });
}
