import path from 'node:path';
import { defineConfig } from 'wxt';
import { bundleHoldScript, bundleHook, hookContentScript, HOLD_SCRIPT, HOOK_SCRIPT } from './lib/build/bundle-hook';
import { getContentScriptMatches } from './lib/sites/presets';

// Firefox only (AMO needs an id for MV3). The minimum versions follow what the code needs:
// MAIN-world content scripts arrived in 128 and the data-collection declaration in 140 (142 on
// Android). Nothing is collected: held notifications stay in this browser's IndexedDB.
export const GECKO_ID = 'heads-down@heads-down.app';
const FIREFOX_SETTINGS = {
  gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
  gecko_android: { strict_min_version: '142.0' },
};

// The hook and bridge share one list of match patterns, taken from the site presets, so adding a
// preset in lib/sites is the only change needed. The e2e and bench builds (`--mode e2e`, `--mode
// bench`) add loopback pages as "Local chat"; the normal build never contains loopback hosts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Heads Down',
    description:
      'Hold chat and mail notifications during focus blocks, get them as one digest, and queue your questions with a needed-by time.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', 'contextMenus', 'clipboardWrite'],
    // Self-hosted apps the user adds on the options page are asked for one host at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Heads Down' },
    commands: {
      'start-focus': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Start a focus block of the default length' },
      'end-focus': { suggested_key: { default: 'Alt+Shift+E' }, description: 'End focus' },
    },
  },
  hooks: {
    // The relay alone goes without the webextension-polyfill (lib/build/native-browser.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== 'bridge') return;
      const native = { find: /^wxt\/browser$/, replacement: path.resolve(import.meta.dirname, 'lib/build/native-browser.ts') };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...rest] };
    },
    'build:publicAssets': async (wxt, files) => {
      // The e2e build's hook also says when the browser is asked to show a notification (tests only).
      files.push({ relativeDest: HOOK_SCRIPT, contents: await bundleHook(wxt.config.root, wxt.config.mode === 'e2e') });
      files.push({ relativeDest: HOLD_SCRIPT, contents: await bundleHoldScript(wxt.config.root) });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const e2e = wxt.config.mode === 'e2e';
      // The bench build (`--mode bench`) is the normal build that also covers loopback pages, so
      // the bench can load its fixtures with the product's own scripts (no e2e test seams).
      const matches = getContentScriptMatches(e2e || wxt.config.mode === 'bench');
      // Only the hook is in the manifest: it costs a page load nothing measurable, and outside
      // focus it is all a page gets. The bridge is placed by the background while focus is on,
      // which needs access to the same hosts (the hook's matches already ask the user for it).
      manifest.content_scripts = [hookContentScript(matches)];
      // Chrome's service worker copies through an offscreen document; Firefox's event page has its own.
      if (wxt.config.browser !== 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
      else Object.assign(manifest, { browser_specific_settings: FIREFOX_SETTINGS });
      // The e2e tests add http://localhost as a self-hosted app; a headless browser cannot answer
      // the permission prompt, so the e2e build has that one host granted from the start.
      const hosts = [...(manifest.host_permissions ?? []), ...matches, ...(e2e ? ['http://localhost/*'] : [])];
      manifest.host_permissions = [...new Set(hosts)];
    },
  },
});
