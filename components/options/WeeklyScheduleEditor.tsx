import type { Weekday } from '@/lib/focus/schedule';
import { BlockListEditor } from './BlockListEditor';
import type { EditorProps } from './SettingsSection';
import { WEEK_ORDER, WEEKDAY_NAMES } from './weekdays';

/** The week: focus blocks for each day, and meeting-free days that are focus all day. */
export function WeeklyScheduleEditor({ value: schedule, edit, errors }: EditorProps<'schedule'>) {
  return (
    <fieldset>
      <legend>Weekly schedule</legend>
      <label className="check">
        <input type="checkbox" checked={schedule.enabled} onChange={(e) => edit((d) => void (d.enabled = e.target.checked))} />
        Follow this schedule (focus starts and ends by itself)
      </label>
      <div className="week-grid">
        {WEEK_ORDER.map((day) => {
          const name = WEEKDAY_NAMES[day]!;
          const meetingFree = schedule.meetingFreeDays.includes(day as Weekday);
          return (
            <fieldset key={day} className="day">
              <legend>{name}</legend>
              <label className="check">
                <input
                  type="checkbox"
                  checked={meetingFree}
                  onChange={(e) =>
                    edit((d) => {
                      const others = d.meetingFreeDays.filter((x) => x !== day);
                      d.meetingFreeDays = e.target.checked ? [...others, day as Weekday] : others;
                    })
                  }
                />
                Meeting-free day (focus for the whole business day)
              </label>
              <BlockListEditor
                path={`schedule.weekly.${day}`}
                label={name}
                blocks={schedule.weekly[day] ?? []}
                errors={errors}
                onChange={(blocks, path) => edit((d) => void (d.weekly[day] = blocks), path)}
              />
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
