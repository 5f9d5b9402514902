import path from 'node:path';
import { build } from 'rolldown';
import { HOLD_SCRIPT, HOOK_SCRIPT } from './bundle-hook-name';

export { HOLD_SCRIPT, HOOK_SCRIPT };

/**
 * Build-time only (used by wxt.config.ts). The hook and the hold script are bundled here rather
 * than as WXT content scripts because WXT's wrapper alone costs about 0.45 kB, and they run in
 * every covered frame before the page does (the hook's budget is 2 kB minified).
 */
export const bundleHook = (root: string, e2e = false) => bundle(path.join(root, `lib/capture/${e2e ? 'hook-entry-e2e' : 'hook-entry'}.ts`));
export const bundleHoldScript = (root: string) => bundle(path.join(root, 'lib/capture/hold-entry.ts'));

async function bundle(input: string): Promise<string> {
  const result = await build({
    input,
    write: false,
    logLevel: 'silent',
    output: { format: 'iife', minify: true },
  });
  return result.output[0].code;
}

/** The manifest entry: MAIN world, before the page's scripts, in every frame of a covered page. */
export function hookContentScript(matches: string[]) {
  return {
    matches,
    js: [HOOK_SCRIPT],
    run_at: 'document_start' as const,
    all_frames: true,
    match_origin_as_fallback: true,
    world: 'MAIN' as const,
  };
}
