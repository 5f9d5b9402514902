import type { ResponseTime, Tier, TierSettings } from '@/lib/sla/tiers';
import { FieldError, idFor } from './FieldError';
import { ListEditor } from './ListEditor';
import { TierOptions } from './TierOptions';
import type { EditorProps } from './SettingsSection';

const UNITS: { unit: ResponseTime['unit']; label: string }[] = [
  { unit: 'minutes', label: 'minutes' },
  { unit: 'hours', label: 'hours (working time)' },
  { unit: 'businessDays', label: 'business days' },
  { unit: 'endOfDay', label: 'end of business day' },
];

interface Props extends EditorProps<'tiers'> {
  /** The tiers as stored: a tier missing from the draft is being removed. */
  stored: TierSettings;
  moveTo: Record<string, string>;
  setMoveTo: (moveTo: Record<string, string>) => void;
}

const newTier = (): Tier => ({
  id: `tier-${Date.now().toString(36)}`,
  name: 'New tier',
  color: '#6a1b9a',
  response: { unit: 'hours', amount: 8 },
  breaksThrough: false,
});

/** The response-time tiers, most urgent first: rename, recolour, retime, reorder, add, remove. */
export function TiersEditor({ value, edit, errors, stored, moveTo, setMoveTo }: Props) {
  const removed = stored.tiers.filter((t) => !value.tiers.some((k) => k.id === t.id));
  const at = (i: number, field: string) => `tiers.tiers.${i}.${field}`;
  const setResponse = (i: number, response: ResponseTime) => edit((d) => void (d.tiers[i]!.response = response), at(i, 'response.amount'));
  return (
    <>
      <FieldError id={idFor('tiers.tiers')} message={errors['tiers.tiers']} />
      <ListEditor
        items={value.tiers}
        reorder
        minItems={1}
        nameOf={(tier) => `tier ${tier.name}`}
        onChange={(tiers) => edit((d) => void (d.tiers = tiers), 'tiers.tiers')}
        add={{ label: 'Add tier', create: newTier }}
        render={(tier, i) => {
          const unit = tier.response.unit;
          return (
            <fieldset className="tier">
              <legend>
                <span className="swatch" style={{ background: tier.color }} aria-hidden="true" />
                {tier.name || `Tier ${i + 1}`}
              </legend>
              <div className="row">
                <label className="inline-field">
                  Tier name
                  <input
                    type="text"
                    value={tier.name}
                    aria-invalid={!!errors[at(i, 'name')]}
                    aria-describedby={errors[at(i, 'name')] ? idFor(at(i, 'name')) : undefined}
                    onChange={(e) => edit((d) => void (d.tiers[i]!.name = e.target.value), at(i, 'name'))}
                  />
                </label>
                <label className="inline-field">
                  Colour
                  <input type="color" value={tier.color} onChange={(e) => edit((d) => void (d.tiers[i]!.color = e.target.value), at(i, 'color'))} />
                </label>
              </div>
              <FieldError id={idFor(at(i, 'name'))} message={errors[at(i, 'name')]} />
              <div className="row">
                {unit !== 'endOfDay' && (
                  <label className="inline-field">
                    Response time
                    <input
                      type="number"
                      min={1}
                      inputMode="numeric"
                      value={Number.isNaN(tier.response.amount) ? '' : tier.response.amount}
                      aria-invalid={!!errors[at(i, 'response.amount')]}
                      aria-describedby={errors[at(i, 'response.amount')] ? idFor(at(i, 'response.amount')) : undefined}
                      onChange={(e) => setResponse(i, { unit, amount: e.target.value === '' ? Number.NaN : e.target.valueAsNumber })}
                    />
                  </label>
                )}
                <label className="inline-field">
                  {unit === 'endOfDay' ? 'Response time' : 'Unit'}
                  <select
                    value={unit}
                    onChange={(e) => {
                      const next = e.target.value as ResponseTime['unit'];
                      const amount = tier.response.unit === 'endOfDay' ? 1 : tier.response.amount;
                      setResponse(i, next === 'endOfDay' ? { unit: next } : { unit: next, amount });
                    }}
                  >
                    {UNITS.map((u) => (
                      <option key={u.unit} value={u.unit}>
                        {u.label}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <FieldError id={idFor(at(i, 'response.amount'))} message={errors[at(i, 'response.amount')]} />
              <label className="check">
                <input type="checkbox" checked={tier.breaksThrough} onChange={(e) => edit((d) => void (d.tiers[i]!.breaksThrough = e.target.checked))} />
                Breaks through focus (shown at once)
              </label>
              <label className="inline-field">
                Meant for
                <input type="text" value={tier.meantFor ?? ''} onChange={(e) => edit((d) => void (d.tiers[i]!.meantFor = e.target.value), at(i, 'meantFor'))} />
              </label>
              <FieldError id={idFor(at(i, 'meantFor'))} message={errors[at(i, 'meantFor')]} />
            </fieldset>
          );
        }}
      />
      <label className="inline-field">
        Everything no rule places is
        <select value={value.defaultTierId} onChange={(e) => edit((d) => void (d.defaultTierId = e.target.value), 'tiers.defaultTierId')}>
          <TierOptions tiers={value} />
        </select>
      </label>
      <FieldError id={idFor('tiers.defaultTierId')} message={errors['tiers.defaultTierId']} />
      {removed.map((tier) => (
        <label key={tier.id} className="inline-field removed-tier">
          Held items and rules of {tier.name} (removed) move to
          <select value={moveTo[tier.id] ?? value.defaultTierId} onChange={(e) => setMoveTo({ ...moveTo, [tier.id]: e.target.value })}>
            <TierOptions tiers={value} />
          </select>
        </label>
      ))}
    </>
  );
}
