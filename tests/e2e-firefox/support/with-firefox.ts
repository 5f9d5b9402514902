import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/fixture-server';
import { launchFirefox, type FirefoxExtension } from './firefox';

/**
 * One fixture server for the file and a fresh Firefox with the extension for every test (about
 * 2.5 s each), which keeps one test's held rows and blocks out of the next.
 */
export function withFirefox(): { server: FixtureServer; ext: FirefoxExtension } {
  const context = {} as { server: FixtureServer; ext: FirefoxExtension };
  beforeAll(async () => {
    context.server = await startFixtureServer();
  });
  afterAll(() => context.server.close());
  beforeEach(async () => {
    context.ext = await launchFirefox();
  });
  afterEach(() => context.ext.close());
  return context;
}
