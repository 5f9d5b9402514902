import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file.replace(/^\//, '')), 'utf8');
const measure = (text: string): Sizes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

export function sizeOf(dir: string, file: string): Sizes {
  return measure(read(dir, file));
}

/** Chunks a chunk pulls in: static `from "./x.js"` imports, and dynamic `import("./x.js")` if asked. */
function importsOf(code: string, dynamic: boolean): string[] {
  const found = [...code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
  if (dynamic) found.push(...[...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!));
  return found;
}

/**
 * The JavaScript an HTML entrypoint loads: `initial` is what runs before first paint (the entry
 * module and its static imports); `all` adds what it loads later through dynamic imports.
 */
export function pageScripts(dir: string, html: string): { initial: Sizes; all: Sizes } {
  const page = read(dir, html);
  const entries = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const collect = (dynamic: boolean) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of importsOf(read(dir, file), dynamic)) {
        visit(path.posix.join(path.posix.dirname(file), imported));
      }
    };
    entries.forEach(visit);
    const text = [...seen].map((f) => read(dir, f));
    return text.reduce<Sizes>(
      (sum, t) => {
        const s = measure(t);
        return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip };
      },
      { raw: 0, gzip: 0 },
    );
  };
  return { initial: collect(false), all: collect(true) };
}

/** React leaves these markers in any bundle it is part of. */
export function containsReact(dir: string, file: string): boolean {
  return /react\.(transitional\.)?element|__REACT_DEVTOOLS_GLOBAL_HOOK__|react-dom/.test(read(dir, file));
}

/** webextension-polyfill's own error text: in any bundle that carries it. */
export function containsPolyfill(dir: string, file: string): boolean {
  return read(dir, file).includes('The message port closed before a response was received');
}
