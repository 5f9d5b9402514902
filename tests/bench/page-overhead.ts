import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { openChatPage, readHeldRows, startFocus } from '../e2e/support/extension-state';
import type { FixtureServer } from '../e2e/support/fixture-server';
import { CHROMIUM } from '../e2e/support/paths';
import { ensureBuilt } from './builds';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * The page-world scripts' own cost when a frame starts (the production build's hook.js, and the
 * hold script that joins it during focus): each run in fresh frames, timed inside each frame.
 * Every covered frame of every covered page pays this before its scripts run.
 * - In a browser without the extension, so that no copy of them is in the frames already (the
 *   hold script returns at once where it finds one).
 * - In a cross-origin isolated page: elsewhere the browser rounds performance.now() to a tenth
 *   of a millisecond, which is the size of what is measured.
 * - With the frames made before each sample collected first (gc() is exposed): their collection
 *   is the bench's doing, and it made the tail.
 */
export async function measureSelfTimes(origin: string, samples = 200): Promise<Record<'hook' | 'hold', { p50: number; p90: number }>> {
  const dir = ensureBuilt('production');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/bare.html?isolated`);
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('Scripts are timed in a cross-origin isolated page, and this one is not');
    const time = async (file: string) => {
      const source = await readFile(path.join(dir, file), 'utf8');
      const times = await page.evaluate(
        async ([code, n]) => {
          const out: number[] = [];
          for (let i = 0; i < n; i++) {
            const frame = document.createElement('iframe');
            document.body.append(frame);
            const win = frame.contentWindow as Window & { eval: (s: string) => unknown };
            (globalThis as unknown as { gc: () => void }).gc();
            const start = win.performance.now();
            win.eval(code);
            out.push(win.performance.now() - start);
            frame.remove();
          }
          return out;
        },
        [source, samples] as const,
      );
      return { p50: percentile(times, 50), p90: percentile(times, 90) };
    };
    return { hook: await time('hook.js'), hold: await time('hold.js') };
  } finally {
    await browser.close();
  }
}

/** 1,000 notifications in one loop during focus: how long until every one is answered, and how many are accounted for. */
export async function measureFlood(server: FixtureServer, count = 1_000): Promise<{ answeredMs: number; accounted: number; shown: number }> {
  const ext = await launchWithExtension();
  try {
    await ext.context.grantPermissions(['notifications'], { origin: server.origin });
    await startFocus(ext);
    const chat = await openChatPage(ext, server.origin);
    await chat.waitForTimeout(300);
    const answeredMs = await chat.evaluate(
      (n) =>
        new Promise<number>((resolve) => {
          let acks = 0;
          const start = performance.now();
          window.addEventListener('headsdown:ack', () => {
            if (++acks === n) resolve(performance.now() - start);
          });
          (window as any).flood(n);
        }),
      count,
    );
    const rows = await readHeldRows(ext);
    const accounted = rows.reduce((sum, r) => sum + ((r.burst as number | undefined) ?? 1), 0);
    const shown = (await chat.evaluate(() => (window as any).events.filter((e: { type: string }) => e.type === 'show').length)) as number;
    return { answeredMs, accounted, shown };
  } finally {
    await ext.close();
  }
}
