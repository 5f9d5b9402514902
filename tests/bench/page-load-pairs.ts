import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { startFocus } from '../e2e/support/extension-state';
import type { FixtureServer } from '../e2e/support/fixture-server';
import { HUB_MARK } from '../../lib/capture/hook-events';
import { CHROMIUM } from '../e2e/support/paths';
import { ensureBuilt } from './builds';

/**
 * Page loads in four fresh browsers side by side, paired by round:
 *   none   no extension at all;
 *   floor  an extension whose only content script is an empty MAIN-world script at
 *          document_start in every frame (built here): the least any extension that must run
 *          before the page can cost;
 *   off    Heads Down outside focus;
 *   focus  Heads Down during focus (holding).
 * Every figure is read as "minus floor", in points of the no-extension time, so what the
 * browser charges any extension is not counted against us. Each load is timed in the page's own
 * clock (from navigation start), so tab creation and the test driver are not in it.
 */
export const BROWSERS = ['none', 'floor', 'off', 'focus'] as const;
export type BrowserKind = (typeof BROWSERS)[number];

export interface LoadCase {
  name: string;
  file: string;
  /**
   * What is read in the page: its first script (bare page), or its first contentful paint
   * (app-sized). Not the load event: any isolated-world content script (an empty one too) makes
   * Chromium lay out the page before the load event rather than after it. When the app-sized
   * page rendered 20,000 rows that moved the event by ~650 ms while the first paint, what a
   * person sees, stayed where it was with and without the extension (the "1,221 ms" reading of
   * issue 14).
   */
  read: 'firstScript' | 'firstPaint';
  mode: 'new tab' | 'reload';
}

export const LOAD_CASES: LoadCase[] = [
  { name: 'bare page, first script', file: 'bare.html', read: 'firstScript', mode: 'new tab' },
  { name: 'bare page, first script', file: 'bare.html', read: 'firstScript', mode: 'reload' },
  { name: 'app-sized page, first paint', file: 'app-sized.html', read: 'firstPaint', mode: 'new tab' },
  { name: 'app-sized page, first paint', file: 'app-sized.html', read: 'firstPaint', mode: 'reload' },
];

/** Per case, per browser: one time per round, pooled over every run, plus each run's medians. */
export type LoadSamples = Record<BrowserKind, number[]>;
export interface CaseResult {
  loadCase: LoadCase;
  samples: LoadSamples;
  /** For each run, the median of (x − floor) / median(none) in points, for off and focus. */
  runs: { off: number; focus: number; floor: number }[];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Samples paired by round, one list per browser, `none` among them. */
type Paired<K extends string> = Record<K | 'none', number[]>;

/** Points over `base`: the median paired difference, as a share of the no-extension median. */
export function pointsOver<K extends string>(samples: Paired<K>, kind: K, base: K | 'none'): number {
  const diffs = samples[kind].map((t, i) => t - samples[base][i]!);
  return (median(diffs) / median(samples.none)) * 100;
}

/**
 * How precisely `pointsOver` is known: a 95 % bootstrap interval, from resampling the pairs
 * (seeded, so the same samples give the same interval). A goal of one point means little when
 * the interval is ten points wide; the runs' own figures show the spread between fresh browsers.
 */
export function pointsInterval<K extends string>(samples: Paired<K>, kind: K, base: K | 'none', resamples = 2_000): [number, number] {
  const diffs = samples[kind].map((t, i) => t - samples[base][i]!);
  const scale = 100 / median(samples.none);
  let seed = 0x9e3779b9;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const medians = Array.from({ length: resamples }, () => median(diffs.map(() => diffs[Math.floor(random() * diffs.length)]!)) * scale).sort((a, b) => a - b);
  return [medians[Math.floor(0.025 * resamples)]!, medians[Math.ceil(0.975 * resamples) - 1]!];
}

export interface Launched {
  context: BrowserContext;
  close: () => Promise<void>;
}

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchChromium(extensionDir?: string): Promise<Launched> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'headsdown-bench-'));
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  // As launchWithExtension starts the other two: the same flags and locale.
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, locale: 'en-US', args: [...extension, ...BROWSER_ARGS] });
  if (extensionDir) {
    // Ready once its worker runs, like Heads Down's.
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  }
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The floor: an extension that runs one empty script before every covered page and frame.
 * `more` adds to it (isolated-world.probe.ts): other content scripts, files, permissions, and
 * what its worker does.
 */
export async function buildFloorExtension(more: { contentScripts?: object[]; files?: Record<string, string>; permissions?: string[]; worker?: string } = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'headsdown-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Floor',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    permissions: more.permissions ?? [],
    host_permissions: ['http://127.0.0.1/*'],
    content_scripts: [
      { matches: ['http://127.0.0.1/*'], js: ['empty.js'], run_at: 'document_start', all_frames: true, match_origin_as_fallback: true, world: 'MAIN' },
      ...(more.contentScripts ?? []),
    ],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'empty.js'), '');
  await writeFile(path.join(dir, 'worker.js'), more.worker ?? '');
  for (const [file, text] of Object.entries(more.files ?? {})) await writeFile(path.join(dir, file), text);
  return dir;
}

export async function readTime(page: Page, read: LoadCase['read']): Promise<number> {
  return page.evaluate((r) => {
    if (r === 'firstScript') return (window as unknown as { __firstScript: number }).__firstScript;
    return new Promise<number>((resolve) =>
      new PerformanceObserver((list, observer) => {
        const paint = list.getEntriesByName('first-contentful-paint')[0];
        if (!paint) return;
        observer.disconnect();
        resolve(paint.startTime);
      }).observe({ type: 'paint', buffered: true }),
    );
  }, read);
}

/** One load: in a new tab (opened, loaded, closed) or by reloading a tab kept for the case. */
async function loadOnce(context: BrowserContext, kept: Map<string, Page>, url: string, c: LoadCase): Promise<number> {
  if (c.mode === 'new tab') {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const t = await readTime(page, c.read);
    await page.close();
    return t;
  }
  let page = kept.get(url);
  if (!page) {
    page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    kept.set(url, page);
  }
  await page.reload({ waitUntil: 'load' });
  return readTime(page, c.read);
}

/**
 * The product is really in the pages it is timed on: outside focus the hook has replaced
 * Notification and showNotification; during focus the hold script's hub is there too. (A build that does not cover
 * the fixtures' address would time pages without the extension and read as free.)
 */
async function checkCoverage(launched: Record<BrowserKind, Launched>, url: string): Promise<void> {
  for (const [kind, holding] of [['off', false], ['focus', true]] as const) {
    const page = await launched[kind].context.newPage();
    await page.goto(url);
    const seen = await page.evaluate((mark) => ({
      // Notification is the native one behind a proxy (it prints as native); showNotification is ours.
      hooked: !Function.prototype.toString.call(ServiceWorkerRegistration.prototype.showNotification).includes('[native code]'),
      hub: (window as unknown as Record<symbol, unknown>)[Symbol.for(mark)] !== undefined,
    }), HUB_MARK);
    await page.close();
    if (!seen.hooked || seen.hub !== holding) throw new Error(`Heads Down ${kind === 'off' ? 'outside' : 'during'} focus is not in the timed page as it should be: ${JSON.stringify(seen)}`);
  }
}

/** Loads in each fresh browser before any is counted: the first fills caches the rest reuse. */
const WARM_UP_ROUNDS = 1;

/**
 * `runs` times: four fresh browsers, a round of warm-up loads, then `rounds` rounds in which each
 * case is loaded once in every browser, the order rotating each round so none is always first.
 */
export async function measurePageLoads(server: FixtureServer, { runs = 3, rounds = 20 } = {}): Promise<CaseResult[]> {
  const floorDir = await buildFloorExtension();
  const results: CaseResult[] = LOAD_CASES.map((loadCase) => ({
    loadCase,
    samples: { none: [], floor: [], off: [], focus: [] },
    runs: [],
  }));
  try {
    for (let run = 0; run < runs; run++) {
      // The production build as users have it, covering loopback (builds.ts); the e2e build
      // wraps Notification in every frame.
      const extensionDir = ensureBuilt('bench');
      const ours = [await launchWithExtension(undefined, { extensionDir }), await launchWithExtension(undefined, { extensionDir })];
      await startFocus(ours[1]!);
      const launched: Record<BrowserKind, Launched> = {
        none: await launchChromium(),
        floor: await launchChromium(floorDir),
        off: { context: ours[0]!.context, close: () => ours[0]!.close() },
        focus: { context: ours[1]!.context, close: () => ours[1]!.close() },
      };
      await checkCoverage(launched, `${server.origin}/bare.html`);
      const kept = Object.fromEntries(BROWSERS.map((b) => [b, new Map<string, Page>()])) as Record<BrowserKind, Map<string, Page>>;
      try {
        const runSamples = results.map(() => ({ none: [], floor: [], off: [], focus: [] }) as LoadSamples);
        for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
          for (const [i, c] of LOAD_CASES.entries()) {
            const order = BROWSERS.map((_, k) => BROWSERS[(k + round + WARM_UP_ROUNDS) % BROWSERS.length]!);
            const url = `${server.origin}/${c.file}`;
            for (const kind of order) {
              const t = await loadOnce(launched[kind].context, kept[kind], url, c);
              if (round >= 0) runSamples[i]![kind].push(t);
            }
          }
        }
        runSamples.forEach((s, i) => {
          for (const kind of BROWSERS) results[i]!.samples[kind].push(...s[kind]);
          results[i]!.runs.push({ floor: pointsOver(s, 'floor', 'none'), off: pointsOver(s, 'off', 'floor'), focus: pointsOver(s, 'focus', 'floor') });
        });
      } finally {
        for (const kind of BROWSERS) await launched[kind].close();
      }
    }
    return results;
  } finally {
    await rm(floorDir, { recursive: true, force: true });
  }
}
