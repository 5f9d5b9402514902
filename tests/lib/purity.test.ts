import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// Domain logic stays pure: data and a clock in, decisions out. Lint says so too; this test keeps
// it so whatever the lint configuration becomes, and follows relative imports, which lint cannot.
const ROOT = path.resolve(__dirname, '../..');
const DOMAIN = ['focus', 'sla', 'capture', 'digest', 'queue', 'sites', 'time', 'hold', 'alarms'];
const PACKAGES_ALLOWED = ['date-fns', 'zod', 'chrono-node'];
/** Modules outside the domain folders that are pure too (types and plain functions only). */
const PURE_ELSEWHERE = ['lib/clock.ts', 'lib/zod-jitless.ts', 'lib/messaging/focus-flag.ts', 'lib/serial-queue.ts'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

const files = DOMAIN.flatMap((d) => filesUnder(path.join(ROOT, 'lib', d)));

describe('domain logic is pure', () => {
  test('there is domain code to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files.map((f) => path.relative(ROOT, f)))('%s imports no browser, database or UI code', (file) => {
    const problems = importsOf(path.join(ROOT, file)).flatMap((spec) => {
      if (spec.startsWith('.')) {
        const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)).replace(/\.ts$/, '') + '.ts';
        const inDomain = DOMAIN.some((d) => target.startsWith(`lib/${d}/`));
        return inDomain || PURE_ELSEWHERE.includes(target) ? [] : [`imports ${target}`];
      }
      return PACKAGES_ALLOWED.some((p) => spec === p || spec.startsWith(`${p}/`)) ? [] : [`imports the package ${spec}`];
    });
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    if (/\b(?:browser|chrome)\.[a-z]+\.[a-zA-Z]+\(/.test(source)) problems.push('calls an extension API');
    expect(problems).toEqual([]);
  });
});
