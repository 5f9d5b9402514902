import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { withExtension } from './support/with-extension';
import type { Page } from 'playwright-core';

const t = withExtension();
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now (evaluate is not bound by the page's CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Violation[] }> } }).axe.run();
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessible pages', () => {
  test.each([
    { page: 'options.html', ready: 'Heads Down options' },
    { page: 'popup.html', ready: 'Start focus' },
    { page: 'digest.html', ready: 'Digest' },
    { page: 'compose.html', ready: 'Ask later' },
    { page: 'review.html', ready: 'Focus time' },
  ])('$page has no serious or critical axe finding, in light and dark', async ({ page: file, ready }) => {
    const page = await t.ext.openExtensionPage(file);
    await page.getByText(ready, { exact: true }).first().waitFor();
    // The composer and lists load after the status line: wait until the page has its questions part.
    if (file !== 'options.html' && file !== 'review.html') await page.getByRole('textbox', { name: 'Question' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });
});
