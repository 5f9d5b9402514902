import { InputListEditor } from './InputListEditor';
import { NumberField } from './NumberField';
import type { EditorProps } from './SettingsSection';

/** When held notifications come back outside focus, and how holding behaves. */
export function DigestTimesEditor({ value, edit, errors }: EditorProps<'digest'>) {
  return (
    <>
      <fieldset>
        <legend>Digest times (on working days)</legend>
        {value.times.length === 0 && <p className="muted">None: held notifications come at the end of each block, or when one is due.</p>}
        <InputListEditor
          path="digest.times"
          type="time"
          itemLabel="Digest time"
          values={value.times}
          errors={errors}
          addLabel="Add digest time"
          create={() => '12:00'}
          onChange={(times, path) => edit((d) => void (d.times = times), path)}
        />
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={value.batching} onChange={(e) => edit((d) => void (d.batching = e.target.checked))} />
        Hold notifications during working hours and deliver them at digest times (also outside focus)
      </label>
      <NumberField
        path="digest.marginMinutes"
        label="Deliver an item at least this many minutes before it is due"
        value={value.marginMinutes}
        errors={errors}
        onChange={(v) => edit((d) => void (d.marginMinutes = v ?? Number.NaN), 'digest.marginMinutes')}
      />
      <NumberField
        path="digest.breakthroughCap"
        label="Breakthroughs allowed per app in one block (then they are held)"
        value={value.breakthroughCap}
        errors={errors}
        onChange={(v) => edit((d) => void (d.breakthroughCap = v ?? Number.NaN), 'digest.breakthroughCap')}
      />
    </>
  );
}
