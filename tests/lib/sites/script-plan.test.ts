import { describe, expect, test } from 'vitest';
import type { CustomSite } from '@/lib/sites/custom-site';
import { planCustomScripts } from '@/lib/sites/script-plan';

const site = (id: string): CustomSite => ({ id, name: id, pattern: `https://${id}.example.com/*` });
const A = site('a');
const B = site('b');

describe('planCustomScripts', () => {
  test.each([
    { name: 'a new site with access gets its scripts', registered: [], sites: [A], granted: ['a'], register: ['a'], unregister: [] },
    { name: 'a site already set up is left alone', registered: ['hook-a', 'bridge-a'], sites: [A], granted: ['a'], register: [], unregister: [] },
    { name: 'a site whose access was revoked loses its scripts', registered: ['hook-a', 'bridge-a'], sites: [A], granted: [], register: [], unregister: ['hook-a', 'bridge-a'] },
    { name: 'a removed site loses its scripts', registered: ['hook-a', 'bridge-a', 'hook-b', 'bridge-b'], sites: [B], granted: ['b'], register: [], unregister: ['hook-a', 'bridge-a'] },
    { name: 'half a registration is repaired', registered: ['hook-a'], sites: [A], granted: ['a'], register: ['a'], unregister: [] },
    { name: 'a site without access is not registered', registered: [], sites: [A, B], granted: ['b'], register: ['b'], unregister: [] },
  ])('$name', ({ registered, sites, granted, register, unregister }) => {
    const plan = planCustomScripts(registered, sites, (s) => granted.includes(s.id));
    expect(plan.register.map((s) => s.id)).toEqual(register);
    expect(plan.unregister).toEqual(unregister);
  });
});
