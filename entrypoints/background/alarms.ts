import { browser } from 'wxt/browser';
import { ALARM, diffAlarms, planAlarms, type AlarmWants } from '@/lib/alarms/alarm-plan';

/** Makes the browser's alarms what the plan says (lib/alarms/alarm-plan.ts). */
export async function applyAlarms(wants: AlarmWants): Promise<void> {
  const { create, clear } = diffAlarms(await browser.alarms.getAll(), planAlarms(wants));
  await Promise.all([
    ...clear.map((name) => browser.alarms.clear(name)),
    ...create.map(([name, spec]) => browser.alarms.create(name, spec)),
  ]);
}

/** A capture brought an item due earlier than the planned release: the release alarm moves up. */
export async function releaseNoLaterThan(when: number): Promise<void> {
  const current = await browser.alarms.get(ALARM.release);
  if (!current || current.scheduledTime > when) await browser.alarms.create(ALARM.release, { when });
}
