import { execFileSync } from 'node:child_process';
import { PRODUCTION_ENV } from '../../e2e/support/paths';

/** The Firefox e2e tests always run against a fresh Firefox e2e build of the current sources. */
export default function setup(): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'e2e'], { stdio: 'ignore', env: PRODUCTION_ENV });
}
