import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (p: { origins?: string[] }) => void;
const event = () => {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    fire: (p: { origins?: string[] }) => listeners.forEach((l) => l(p)),
  };
};

/**
 * The permissions API the fake browser lacks: host patterns granted or not, answered by
 * `contains` and changed by `request` and `remove` as the browser does, with its events.
 */
export function installFakePermissions(granted: readonly string[]) {
  const hosts = new Set(granted);
  const onAdded = event();
  const onRemoved = event();
  const requests: string[][] = [];
  const api = {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => hosts.has(o)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      requests.push(origins);
      origins.forEach((o) => hosts.add(o));
      onAdded.fire({ origins });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => hosts.delete(o));
      onRemoved.fire({ origins });
      return true;
    },
    onAdded,
    onRemoved,
  };
  Object.assign(fakeBrowser.permissions as unknown as Record<string, unknown>, api);
  return { requests, remove: (origins: string[]) => api.remove({ origins }) };
}
