import { rm } from 'node:fs/promises';
import { test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { startFocus } from '../e2e/support/extension-state';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { ensureBuilt } from './builds';
import { buildFloorExtension, launchChromium, median, pointsInterval, pointsOver, readTime, type Launched } from './page-load-pairs';

/**
 * `npm run bench:isolated-world` (not part of `npm run bench`: it takes as long as the whole
 * bench): why page loads during focus stay over the floor on reload (issue 14).
 *
 * During focus the relay, an isolated-world content script, is in every covered page; it is how
 * the page's world reaches the extension. This times the bare page, paired by round as the bench
 * does, in five fresh browsers: no extension; the floor; the floor plus an isolated-world script
 * that does nothing, registered at document_idle (as the relay is) or injected by the worker once
 * the page has loaded; and Heads Down during focus. Each figure is points over the floor.
 *
 * What it showed on this machine, on reload, points over the floor (four runs of 60–80 pairs,
 * with this protocol and close variants of it): the empty isolated script 9.4, 8.1, 4.0 and −0.8;
 * injected after load 16.4, 4.2, 3.2; Heads Down in focus 11.5, 10.4, 6.5. Each 95 % interval is
 * 15–25 points wide. Heads Down in focus costs about what any isolated world in the page costs,
 * and neither can be resolved to the 1 point issue 14 asks for with pairs this noisy.
 */
const KINDS = ['none', 'floor', 'idle', 'injected', 'focus'] as const;
type Kind = (typeof KINDS)[number];
const MODES = ['new tab', 'reload'] as const;
const ROUNDS = Number(process.env.ROUNDS ?? 80);
const REST_MS = 100;

// The empty isolated script leaves a mark the page can see, so a reload waits until it is there.
const MARK = 'document.documentElement.dataset.isolated = "1"';

test('an empty isolated world, beside the floor and Heads Down in focus', async () => {
  const server = await startFixtureServer();
  const idleDir = await buildFloorExtension({
    contentScripts: [{ matches: ['http://127.0.0.1/*'], js: ['isolated.js'], run_at: 'document_idle', all_frames: true }],
    files: { 'isolated.js': MARK },
  });
  const injectedDir = await buildFloorExtension({
    permissions: ['scripting', 'tabs'],
    files: { 'isolated.js': MARK },
    worker: `chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status === 'complete' && tab.url?.startsWith('http://127.0.0.1'))
        chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['isolated.js'] }).catch(() => {});
    });`,
  });
  const floorDir = await buildFloorExtension();
  const ext = await launchWithExtension(undefined, { extensionDir: ensureBuilt('bench') });
  await startFocus(ext);
  const browsers: Record<Kind, Launched> = {
    none: await launchChromium(),
    floor: await launchChromium(floorDir),
    idle: await launchChromium(idleDir),
    injected: await launchChromium(injectedDir),
    focus: { context: ext.context, close: () => ext.close() },
  };
  const url = `${server.origin}/bare.html`;
  const samples = Object.fromEntries(MODES.map((m) => [m, Object.fromEntries(KINDS.map((k) => [k, [] as number[]]))])) as Record<(typeof MODES)[number], Record<Kind, number[]>>;
  const kept = new Map<Kind, Page>();
  const marked = (k: Kind) => k === 'idle' || k === 'injected';
  try {
    for (let round = -1; round < ROUNDS; round++) {
      const order = KINDS.map((_, i) => KINDS[(i + round + 1) % KINDS.length]!);
      for (const mode of MODES)
        for (const kind of order) {
          let page: Page;
          if (mode === 'new tab') {
            page = await browsers[kind].context.newPage();
            await page.goto(url, { waitUntil: 'load' });
          } else {
            page = kept.get(kind) ?? (await browsers[kind].context.newPage());
            if (!kept.has(kind)) await page.goto(url, { waitUntil: 'load' });
            kept.set(kind, page);
            // Every tab rests as long before it is reloaded, as a person's would; by then the
            // isolated script is in the page, however it arrives (checked, not assumed).
            await page.waitForTimeout(REST_MS);
            if (marked(kind)) await page.waitForFunction(() => document.documentElement.dataset.isolated === '1');
            await page.reload({ waitUntil: 'load' });
          }
          const t = await readTime(page, 'firstScript');
          if (mode === 'new tab') await page.close();
          if (round >= 0) samples[mode][kind].push(t);
        }
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    for (const dir of [floorDir, idleDir, injectedDir]) await rm(dir, { recursive: true, force: true });
    await server.close();
  }
  const rows = MODES.flatMap((mode) => {
    const s = samples[mode];
    return (['idle', 'injected', 'focus'] as const).map((kind) => {
      const [lo, hi] = pointsInterval(s, kind, 'floor');
      return { mode, browser: kind, 'points over the floor': pointsOver(s, kind, 'floor').toFixed(1), '95 % interval': `${lo.toFixed(1)} to ${hi.toFixed(1)}`, 'none, ms': median(s.none).toFixed(1) };
    });
  });
  console.log(`Bare page, first script, ${ROUNDS} pairs (idle: empty isolated script at document_idle; injected: the same, injected after load)`);
  console.table(rows);
}, 1_800_000);
