import { describe, expect, test } from 'vitest';
import { seriousViolations } from './support/axe';
import { withExtension } from './support/with-extension';

const t = withExtension();
describe('accessible pages', () => {
  test.each([
    { page: 'options.html', ready: 'Heads Down options', composer: false },
    { page: 'popup.html', ready: 'Start focus', composer: true },
    { page: 'digest.html', ready: 'Digest', composer: true },
    { page: 'compose.html', ready: 'Ask later', composer: true },
    { page: 'review.html', ready: 'Focus time', composer: false },
    { page: 'welcome.html', ready: 'Slack', composer: false },
  ])('$page has no serious or critical axe finding, in light and dark', async ({ page: file, ready, composer }) => {
    const page = await t.ext.openExtensionPage(file);
    await page.getByText(ready, { exact: true }).first().waitFor();
    // The composer and lists load after the status line: wait until the page has its questions part.
    if (composer) await page.getByRole('textbox', { name: 'Question' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });
});
