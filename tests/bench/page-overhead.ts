import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { openChatPage, readHeldRows, startFocus } from '../e2e/support/extension-state';
import type { FixtureServer } from '../e2e/support/fixture-server';
import { CHROMIUM, E2E_EXTENSION_DIR } from '../e2e/support/paths';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * The hook's own cost when a frame starts: the built hook.js run in fresh frames, timed inside
 * each frame. Every covered frame of every covered page pays this before its scripts run.
 */
export async function measureHookSelfTime(page: Page, samples = 200): Promise<{ p50: number; p90: number }> {
  const source = await readFile(path.join(E2E_EXTENSION_DIR, 'hook.js'), 'utf8');
  const times = await page.evaluate(
    async ([code, n]) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const frame = document.createElement('iframe');
        document.body.append(frame);
        const win = frame.contentWindow as Window & { eval: (s: string) => unknown };
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
}

async function loadTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const t = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await page.close();
  return t;
}

export interface LoadOverhead {
  pairs: number;
  withMs: number;
  withoutMs: number;
  slowerPct: number;
}

async function launchPlain(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'headsdown-bench-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Page load of a fixture page with and without the extension, in pairs, each browser fresh with
 * nothing else open; which of the two loads first alternates. Outside focus (as nearly all page
 * loads are) a page gets the hook alone; during focus the bridge too, at document_start. With
 * `control`, the "with" browser has no extension either: what this measurement reads when there
 * is nothing to find, its noise.
 */
export async function measureLoadOverhead(
  server: FixtureServer,
  file: string,
  { focus = false, control = false, pairs = 40 } = {},
): Promise<LoadOverhead> {
  const ext = control ? await launchPlain() : await launchWithExtension();
  const plain = await launchPlain();
  try {
    if (focus && 'extensionId' in ext) await startFocus(ext);
    const url = `${server.origin}/${file}`;
    // Warm both up first: the first loads pay for process start and caches.
    for (let i = 0; i < 3; i++) {
      await loadTime(plain.context, url);
      await loadTime(ext.context, url);
    }
    const withExt: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < pairs; i++) {
      if (i % 2 === 0) withExt.push(await loadTime(ext.context, url));
      without.push(await loadTime(plain.context, url));
      if (i % 2 === 1) withExt.push(await loadTime(ext.context, url));
    }
    const diffs = withExt.map((w, i) => w - without[i]!);
    const withoutMs = percentile(without, 50);
    return { pairs, withMs: percentile(withExt, 50), withoutMs, slowerPct: (percentile(diffs, 50) / withoutMs) * 100 };
  } finally {
    await plain.close();
    await ext.close();
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
