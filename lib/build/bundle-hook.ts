import path from 'node:path';
import { build } from 'rolldown';
import { HOOK_SCRIPT } from './bundle-hook-name';

export { HOOK_SCRIPT };

/**
 * Build-time only (used by wxt.config.ts). The hook is bundled here rather than as a WXT content
 * script because WXT's wrapper alone costs about 0.45 kB, and the hook's budget is 2 kB minified.
 */
export async function bundleHook(root: string): Promise<string> {
  const result = await build({
    input: path.join(root, 'lib/capture/hook-entry.ts'),
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
