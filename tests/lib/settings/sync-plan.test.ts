import { describe, expect, test } from 'vitest';
import { sectionKey } from '@/lib/settings/section';
import { planSyncPull, planSyncWrite, SYNC_QUOTA_BYTES, syncBytes } from '@/lib/settings/sync-plan';

const item = (value: unknown, savedAt = 10) => ({ v: 1, value, savedAt });

describe('planSyncWrite', () => {
  test.each([
    { name: 'a small section goes', sections: { focus: item({ defaultMinutes: 30 }) }, existing: {}, written: ['settings:focus'], local: [] },
    { name: 'a section over 8 KB stays here', sections: { rules: item({ vips: ['x'.repeat(9_000)] }) }, existing: {}, written: [], local: ['rules'] },
    {
      name: 'a section that would pass the 100 KB total stays here',
      sections: { status: item({ template: 'y'.repeat(6_000) }) },
      existing: Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`settings:x${i}`, 'z'.repeat(7_800)])),
      written: [],
      local: ['status'],
    },
    {
      name: 'replacing its own older copy is not counted twice',
      sections: { status: item({ template: 'y'.repeat(6_000) }) },
      existing: { ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`settings:x${i}`, 'z'.repeat(7_800)])), 'settings:status': item({ template: 'y'.repeat(6_000) }) },
      written: ['settings:status'],
      local: [],
    },
  ])('$name', ({ sections, existing, written, local }) => {
    const plan = planSyncWrite(sections, existing);
    expect(Object.keys(plan.write)).toEqual(written);
    expect(Object.keys(plan.localOnly)).toEqual(local);
    const total = Object.entries({ ...existing, ...plan.write }).reduce((n, [k, v]) => n + syncBytes(k, v), 0);
    // What is written never takes sync past its quota.
    if (written.length > 0) expect(total).toBeLessThanOrEqual(SYNC_QUOTA_BYTES);
  });

  test('bytes are counted as UTF-8, as the browser does', () => {
    expect(syncBytes('k', 'é')).toBe(1 + 4);
  });
});

describe('planSyncPull', () => {
  const key = sectionKey('focus');
  test.each([
    { name: 'newer there: taken', synced: { [key]: item({}, 20) }, local: { [key]: item({}, 10) }, localOnly: {}, taken: ['focus'] },
    { name: 'older there: not taken', synced: { [key]: item({}, 5) }, local: { [key]: item({}, 10) }, localOnly: {}, taken: [] },
    { name: 'the same save: not taken', synced: { [key]: item({}, 10) }, local: { [key]: item({}, 10) }, localOnly: {}, taken: [] },
    { name: 'nothing here yet: taken', synced: { [key]: item({}, 1) }, local: {}, localOnly: {}, taken: ['focus'] },
    { name: 'kept local-only here: not taken', synced: { [key]: item({}, 20) }, local: {}, localOnly: { focus: 'too large' }, taken: [] },
    { name: 'something else in sync storage: ignored', synced: { [key]: 'junk', 'settings:nope': item({}, 99) }, local: {}, localOnly: {}, taken: [] },
  ])('$name', ({ synced, local, localOnly, taken }) => {
    expect(planSyncPull(synced, local, localOnly).map((p) => p.name)).toEqual(taken);
  });
});
