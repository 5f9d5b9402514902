import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from '@/lib/zod-jitless';

// Every schema must be built from lib/zod-jitless.ts, which turns zod's eval probe off before anything
// parses (the probe is a CSP violation in extension pages and an AMO lint warning).
const ROOT = path.resolve(__dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

describe('zod runs jitless', () => {
  test('lib/zod-jitless.ts has turned the eval probe off', () => {
    expect(z.config().jitless).toBe(true);
  });

  test('no module takes zod values from the package directly', () => {
    const files = ['lib', 'entrypoints', 'components'].flatMap(sources).filter((f) => f !== path.join('lib', 'zod-jitless.ts'));
    expect(files.length).toBeGreaterThan(50);
    const direct = files.filter((f) => /^import (?!type )[^;]*from 'zod'/m.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(direct).toEqual([]);
  });
});
