import { describe, expect, test } from 'vitest';
import { notifyWithConstructor, readHookAnswers, readPageEvents, watchHook } from './support/chat-page';
import { stopServiceWorker } from './support/extension-browser';
import {
  openChatPage,
  openPopup,
  optionsSection,
  readShownSummaries,
  readStore,
  readSystemNotifications,
  startFocus,
} from './support/extension-state';
import { withExtension } from './support/with-extension';

const t = withExtension();

describe('SLA tiers during focus', () => {
  test('an urgent message breaks through at once while an ordinary one is held, and both are recorded', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await watchHook(chat);
    await notifyWithConstructor(chat, '#ops', { body: '@here prod is down' });
    await notifyWithConstructor(chat, '#random', { body: 'cake in the kitchen' });
    // The hook's answers: the urgent one "show", the ordinary one "held".
    await expect.poll(() => readHookAnswers(chat)).toEqual([false, true]);
    await expect.poll(() => readPageEvents(chat)).toEqual([{ type: 'show', title: '#ops' }]);
    const rows = await readStore(t.ext, 'held');
    expect(rows.map((r) => [r.title, r.status, r.tierId, r.why])).toEqual([
      ['#ops', 'broke-through', 'urgent', 'keyword “@here”'],
      ['#random', 'held', 'standard', 'Standard by default'],
    ]);
    // The digest lists the held one with its tier and why; the urgent one was seen already.
    const digest = await t.ext.openExtensionPage('digest.html');
    const entry = digest.getByRole('listitem');
    await expect.poll(() => entry.innerText()).toContain('Standard');
    expect(await entry.innerText()).toContain('why: Standard by default');
    expect(await entry.innerText()).toMatch(/reply by /);
    expect(await digest.getByText('#ops').count()).toBe(0);
  });

  test('a worker stopped between showing a summary and recording it gives one summary', async () => {
    await startFocus(t.ext);
    const chat = await openChatPage(t.ext, t.server.origin);
    await notifyWithConstructor(chat, 'Dana', { body: 'the numbers?' });
    await expect.poll(async () => (await readStore(t.ext, 'held')).length).toBe(1);
    await (await t.ext.worker()).evaluate(() => (globalThis as any).headsDownE2E.haltAfterNextShow());
    const popup = await openPopup(t.ext);
    // The background shows the summary and stops right there, as a killed worker would.
    void popup.getByRole('button', { name: 'End focus' }).click();
    await expect.poll(() => readShownSummaries(t.ext)).toHaveLength(1);
    await stopServiceWorker(t.ext);
    // Any event starts a new worker, whose first sync finds the summary recorded but not marked shown.
    await (await t.ext.probe()).evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => {}));
    await expect.poll(() => readShownSummaries(t.ext)).toHaveLength(2);
    const [first, second] = await readShownSummaries(t.ext);
    expect(second!.id).toBe(first!.id);
    expect(Object.keys(await readSystemNotifications(t.ext))).toEqual([first!.id]);
    await expect.poll(async () => (await readStore(t.ext, 'digests')).map((d) => [d.id, typeof d.shownAt])).toEqual([[first!.id, 'number']]);
  });
});

describe('the options page', () => {
  test('SLA tiers list each tier by name; the rule tester says which rule a sample hits', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    const tiers = optionsSection(options, 'SLA tiers');
    // The page renders its sections once it has read the settings: wait for that, then look.
    await tiers.waitFor();
    for (const name of ['Urgent', 'Important', 'Standard', 'Low']) expect(await tiers.getByRole('group', { name, exact: true }).isVisible()).toBe(true);
    expect(await optionsSection(options, 'Business hours').isVisible()).toBe(true);
    expect(await optionsSection(options, 'Digest times').isVisible()).toBe(true);

    const rules = optionsSection(options, 'Classification rules');
    await rules.getByLabel('Sample title').fill('Dana in #alerts');
    await rules.getByLabel('Sample body').fill('outage in eu-west');
    await rules.getByRole('button', { name: 'Test' }).click();
    await expect.poll(() => rules.getByRole('group', { name: 'Rule tester' }).getByRole('status').textContent()).toMatch(/^Rule 1 \(keyword “outage”\) → Urgent, reply by .+, breaks through focus\.$/);
  });

  test('a renamed, retimed tier is saved; bad input gets a message at the field and saves nothing', async () => {
    const options = await t.ext.openExtensionPage('options.html');
    const tiers = optionsSection(options, 'SLA tiers');
    const low = tiers.getByRole('group', { name: 'Low', exact: true });
    await low.getByLabel('Tier name').fill('');
    await tiers.getByRole('group', { name: 'Important', exact: true }).getByLabel('Response time').fill('0');
    await tiers.getByRole('button', { name: 'Save SLA tiers' }).click();
    await expect.poll(() => tiers.getByRole('status').textContent()).toBe('Nothing was saved: fix the 2 problems marked below.');
    expect(await tiers.getByText('Name the tier.').isVisible()).toBe(true);
    expect(await tiers.getByText('A response time must be at least 1 hour.').isVisible()).toBe(true);
    const stored = () => t.ext.probe().then((p) => p.evaluate(async () => (await chrome.storage.local.get('settings:tiers'))['settings:tiers']));
    expect(await stored()).toBeUndefined();

    await tiers.getByRole('group', { name: 'Tier 4', exact: true }).getByLabel('Tier name').fill('Someday');
    await tiers.getByRole('group', { name: 'Important', exact: true }).getByLabel('Response time').fill('4');
    await tiers.getByRole('button', { name: 'Save SLA tiers' }).click();
    await expect.poll(() => tiers.getByRole('status').textContent()).toBe('Saved.');
    const saved = (await stored()) as { value: { tiers: { name: string; response: unknown }[] } };
    expect(saved.value.tiers.map((x) => x.name)).toEqual(['Urgent', 'Important', 'Standard', 'Someday']);
    expect(saved.value.tiers[1]!.response).toEqual({ unit: 'hours', amount: 4 });
  });
});
