import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { ROOT } from '../e2e/support/paths';
import { ensureBuilt } from './builds';
import { containsPolyfill, containsReact, pageScripts, sizeOf } from './bundle-sizes';
import { measureInBrowser, measureLoadsAndFlood } from './browser-timings';
import { measureClassify } from './classify-timing';
import { median, pointsInterval, pointsOver } from './page-load-pairs';

// `npm run bench`: every budget the issues name, measured and printed as one table. Nothing here
// asserts a time: the numbers are for people to read and compare between commits.

interface Row {
  metric: string;
  value: string;
  budget: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const record = (metric: string, value: string, budget = '', ok: boolean | null = null) =>
  rows.push({ metric, value, budget, ok });

describe('budgets', () => {
  test('bundle sizes of the production build', () => {
    const dir = ensureBuilt('production');
    const background = sizeOf(dir, 'background.js');
    const react = containsReact(dir, 'background.js');
    record('background.js without React', react ? 'contains React' : 'no React', 'no React', !react);
    record('background.js size', `${kB(background.raw)} (${kB(background.gzip)} gzip)`);
    const popup = pageScripts(dir, 'popup.html');
    record('popup JS before first paint (gzip)', kB(popup.initial.gzip), '≤ 80 kB', popup.initial.gzip <= 80 * 1024);
    record('popup JS incl. lazy queue section (gzip)', kB(popup.all.gzip));
    const digest = pageScripts(dir, 'digest.html');
    record('digest JS (gzip)', kB(digest.all.gzip));
    const hook = sizeOf(dir, 'hook.js');
    record('hook script (minified)', kB(hook.raw), '≤ 2 kB', hook.raw <= 2 * 1024);
    record('hook script (gzip)', kB(hook.gzip));
    const bridge = sizeOf(dir, 'content-scripts/bridge.js');
    record('bridge script (minified)', `${kB(bridge.raw)} (${kB(bridge.gzip)} gzip)`);
    // The relay is placed in every covered frame during focus: the browser's own API, no polyfill.
    const polyfill = containsPolyfill(dir, 'content-scripts/bridge.js');
    record('bridge script without webextension-polyfill', polyfill ? 'contains it' : 'without', 'without', !polyfill);
  });

  test('classifying one capture against 100 rules', () => {
    const c = measureClassify();
    record('classify one capture, 100 rules (none matching), p50 / p95 of 2,000', `${c.p50.toFixed(3)} ms / ${c.p95.toFixed(3)} ms`, 'p95 ≤ 1 ms', c.p95 <= 1);
    record('compile 100 rules (once per settings change)', ms(c.compileMs));
  });

  test('timings in Chromium with the e2e build', async () => {
    const t = await measureInBrowser();
    record('popup: open to status shown, median of 10', ms(t.popupStatusMs));
    const d = t.digest;
    const items = d.items.toLocaleString('en-US');
    record(`digest, ${items} held: open to first entry shown, median of 3`, ms(d.firstRenderMs), '≤ 200 ms', d.firstRenderMs <= 200);
    record(`digest, ${items} held: a search keystroke to the list painted, median of ${d.searchKeystrokes} distinct ones (slowest)`, `${ms(d.searchKeystrokeMs)} (${ms(d.searchKeystrokeMaxMs)})`, '≤ 50 ms', d.searchKeystrokeMs <= 50);
    record(`digest, ${items} held: j to the next entry focused (the step's work), p95 of 40`, ms(d.stepP95Ms), '≤ 16 ms', d.stepP95Ms <= 16);
    record(`digest, ${items} held: j to the next frame (waiting for it included), p95 of 40; longest frame while stepping`, `${ms(d.stepToFrameP95Ms)}; ${ms(d.longestStepFrameMs)}`);
    record(`capture → stored → "held" answer, warm worker, p50 / p95 of ${t.captureSamples}`, `${ms(t.captureP50)} / ${ms(t.captureP95)}`, 'p95 ≤ 10 ms', t.captureP95 <= 10);
    record('capture over the tab’s rate (counted in its burst row), warm worker, p50 / p95 of 30', `${ms(t.burstP50)} / ${ms(t.burstP95)}`);
    record('capture with a stopped worker, median of 5', ms(t.captureColdMs), '≤ 100 ms', t.captureColdMs <= 100);
    record('hook self-time at frame start, p50 / p90 of 200 frames', `${t.hookP50.toFixed(3)} ms / ${t.hookP90.toFixed(3)} ms`, 'p90 ≤ 0.2 ms', t.hookP90 <= 0.2);
    record('hold script self-time at frame start (during focus, beside the hook), p50 / p90 of 200 frames', `${t.holdP50.toFixed(3)} ms / ${t.holdP90.toFixed(3)} ms`);
  });

  // Apart from the timings above, so that a slow run of the page loads costs only its own rows.
  test('page loads beside no extension and the floor, and a flood', async () => {
    const t = await measureLoadsAndFlood();
    // Paired loads in four fresh browsers (none, floor, Heads Down outside and during focus),
    // pooled over three runs; each figure is points over the floor (see page-load-pairs.ts).
    for (const c of t.load) {
      const pts = (kind: 'off' | 'focus') => pointsOver(c.samples, kind, 'floor');
      const interval = (kind: 'off' | 'focus') => pointsInterval(c.samples, kind, 'floor').map((x) => x.toFixed(1)).join(' to ');
      const runs = (kind: 'off' | 'focus') => c.runs.map((r) => r[kind].toFixed(1)).join(', ');
      const what = `${c.loadCase.name}, ${c.loadCase.mode}, ${c.samples.none.length} pairs`;
      record(`${what}: none / floor`, `${ms(median(c.samples.none))} / ${ms(median(c.samples.floor))} (floor +${pointsOver(c.samples, 'floor', 'none').toFixed(1)} pts)`);
      record(`${what}: outside focus, points over the floor [95 % interval] (runs)`, `${pts('off').toFixed(1)} [${interval('off')}] (${runs('off')})`, '≤ 1 pt', pts('off') <= 1);
      record(`${what}: during focus, points over the floor [95 % interval] (runs)`, `${pts('focus').toFixed(1)} [${interval('focus')}] (${runs('focus')})`, '≤ 1 pt', pts('focus') <= 1);
    }
    record(
      'flood of 1,000 in one loop: accounted for / shown natively / all answered in',
      `${t.flood.accounted} / ${t.flood.shown} / ${ms(t.flood.answeredMs)}`,
      'all 1,000 accounted, none shown',
      t.flood.accounted === 1_000 && t.flood.shown === 0,
    );
  }, 1_200_000);
});

afterAll(() => {
  const header = '| metric | measured | budget | within |\n|---|---|---|---|';
  const lines = rows.map((r) => `| ${r.metric} | ${r.value} | ${r.budget || '—'} | ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'} |`);
  const table = [header, ...lines].join('\n');
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'test-results/bench.md'), `${table}\n`);
  process.stdout.write(`\n${table}\n\n`);
});
