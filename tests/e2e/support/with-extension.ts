import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/**
 * One fixture server for the file and a fresh browser with the extension for every test, with
 * notifications allowed for the fixture pages. Tests may replace `ext` (a browser restart).
 */
export function withExtension(): { server: FixtureServer; ext: ExtensionBrowser } {
  const context = {} as { server: FixtureServer; ext: ExtensionBrowser };
  beforeAll(async () => {
    context.server = await startFixtureServer();
  });
  afterAll(() => context.server.close());
  beforeEach(async () => {
    context.ext = await launchWithExtension();
    await context.ext.context.grantPermissions(['notifications'], { origin: context.server.origin });
  });
  afterEach(() => context.ext.close());
  return context;
}
