import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { openChatPage, readHeldRows, startFocus } from '../e2e/support/extension-state';
import type { FixtureServer } from '../e2e/support/fixture-server';
import { ensureBuilt } from './builds';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * A page-world script's own cost when a frame starts (the production build's hook.js, or the
 * hold script that joins it during focus): run in fresh frames, timed inside each frame. Every
 * covered frame of every covered page pays this before its scripts run. In a cross-origin
 * isolated page: elsewhere the browser rounds performance.now() to a tenth of a millisecond,
 * which is the size of what is measured.
 */
export async function measureSelfTime(context: BrowserContext, origin: string, file: 'hook.js' | 'hold.js', samples = 200): Promise<{ p50: number; p90: number }> {
  const source = await readFile(path.join(ensureBuilt('production'), file), 'utf8');
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/bare.html?isolated`);
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('Scripts are timed in a cross-origin isolated page, and this one is not');
    const times = await page.evaluate(
      async ([code, n]) => {
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const frame = document.createElement('iframe');
          document.body.append(frame);
          const win = frame.contentWindow as Window & { eval: (s: string) => unknown };
          // The frames made before this one are garbage: collected now, not inside the timing.
          (globalThis as unknown as { gc?: () => void }).gc?.();
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
  } finally {
    await page.close();
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
