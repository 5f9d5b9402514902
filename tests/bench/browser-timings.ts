import type { Page } from 'playwright-core';
import { launchWithExtension, stopServiceWorker, type ExtensionBrowser } from '../e2e/support/extension-browser';
import { openChatPage, readFocusUntil, readHeldRows } from '../e2e/support/extension-state';
import { CAPTURE_RATE } from '../../lib/capture/rate-limit';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { measureFlood, measureSelfTimes } from './page-overhead';
import { measurePageLoads, type CaseResult } from './page-load-pairs';
import { ensureBuilt } from './builds';
import { measureDigest, type DigestTimings } from './digest-timings';

export interface BrowserTimings {
  hookP50: number;
  hookP90: number;
  holdP50: number;
  holdP90: number;
  popupStatusMs: number;
  digest: DigestTimings;
  captureSamples: number;
  captureP50: number;
  captureP95: number;
  /** Captures over the tab's rate, counted in its burst row. */
  burstP50: number;
  burstP95: number;
  captureColdMs: number;
}


const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const median = (values: number[]) => percentile(values, 50);
const WARM_CAPTURES = 60;

// Runs in every page before its scripts: notes when the status line appears,
// in the page's own clock (milliseconds since navigation started).
const RENDER_PROBE = `(() => {
  const marks = (window.__renderMarks = {});
  new MutationObserver(() => {
    const status = document.querySelector('[role=status]');
    if (!marks.status && status && status.textContent) marks.status = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function timeRender(ext: ExtensionBrowser, file: string, mark: 'status'): Promise<number> {
  const page = await ext.openExtensionPage(file);
  await page.waitForFunction((m) => (window as any).__renderMarks?.[m] !== undefined, mark, { timeout: 30_000 });
  const t = await page.evaluate((m) => (window as any).__renderMarks[m] as number, mark);
  await page.close();
  return t;
}

/** From `new Notification()` in the page to the bridge's "held" answer, which comes after the row is stored. */
function timeCapture(page: Page, title: string): Promise<number> {
  return page.evaluate(
    (t) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        window.addEventListener('headsdown:ack', () => resolve(performance.now() - start), { once: true });
        new Notification(t);
      }),
    title,
  );
}

/** The popup, the digest and capture (warm and cold) in one browser with the e2e build; the page scripts' own time apart (measureSelfTimes). */
export async function measureInBrowser(): Promise<BrowserTimings> {
  ensureBuilt('e2e');
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    await ext.context.addInitScript(RENDER_PROBE);
    await ext.context.grantPermissions(['notifications'], { origin: server.origin });

    const popupTimes: number[] = [];
    for (let i = 0; i < 10; i++) popupTimes.push(await timeRender(ext, 'popup.html', 'status'));

    const digest = await measureDigest(ext);

    await (await ext.worker()).evaluate(() => (globalThis as any).headsDownE2E.startFocusUntil(Date.now() + 10 * 60_000));
    // A tab may add CAPTURE_RATE.capacity notifications at once as rows of their own; past that
    // they are a flood, counted in one burst row, another path. Warm captures are timed within
    // the rate, in as many tabs as that takes (60 in one tab timed the burst path for 30 of them).
    const tabs: Page[] = [];
    for (let i = 0; i < Math.ceil(WARM_CAPTURES / CAPTURE_RATE.capacity); i++) tabs.push(await openChatPage(ext, server.origin));
    const chat = tabs[0]!;
    while ((await readFocusUntil(ext)) === null) await chat.waitForTimeout(20);
    await chat.waitForTimeout(200);
    const warm: number[] = [];
    for (let i = 0; i < WARM_CAPTURES; i++) warm.push(await timeCapture(tabs[Math.floor(i / CAPTURE_RATE.capacity)]!, `warm ${i}`));
    const samples = warm.slice(10); // the first few warm up the worker and the database
    if ((await readHeldRows(ext)).some((row) => row.burst !== undefined)) throw new Error('A warm capture went over the rate: the burst path was timed');
    // The same tab, over its rate now: each one is counted in the tab's burst row.
    // (The first few may find a token refilled meanwhile.)
    const burst: number[] = [];
    for (let i = 0; i < 35; i++) burst.push(await timeCapture(chat, `over the rate ${i}`));
    burst.splice(0, 5);

    const cold: number[] = [];
    for (let i = 0; i < 5; i++) {
      await stopServiceWorker(ext);
      cold.push(await timeCapture(chat, `cold ${i}`));
    }
    const { hook, hold } = await measureSelfTimes(server.origin);
    return {
      hookP50: hook.p50,
      hookP90: hook.p90,
      holdP50: hold.p50,
      holdP90: hold.p90,
      popupStatusMs: median(popupTimes),
      digest,
      captureSamples: samples.length,
      captureP50: percentile(samples, 50),
      captureP95: percentile(samples, 95),
      burstP50: percentile(burst, 50),
      burstP95: percentile(burst, 95),
      captureColdMs: median(cold),
    };
  } finally {
    await ext.close();
    await server.close();
  }
}

/** Paired page loads (page-load-pairs.ts, on the bench build) and the flood (on the e2e build measureInBrowser made), each in browsers of their own. */
export async function measureLoadsAndFlood(): Promise<{ load: CaseResult[]; flood: Awaited<ReturnType<typeof measureFlood>> }> {
  const server = await startFixtureServer();
  try {
    return { flood: await measureFlood(server), load: await measurePageLoads(server) };
  } finally {
    await server.close();
  }
}
