import { RULE_KIND_LABELS, RULE_KINDS_WITH_VALUES, type Rule, type RuleKind } from '@/lib/sla/rules';
import { findTier, type TierSettings } from '@/lib/sla/tiers';
import { FieldError, idFor } from './FieldError';
import { LinesField } from './LinesField';
import { ListEditor } from './ListEditor';
import { TierOptions } from './TierOptions';
import type { EditorProps } from './SettingsSection';

export interface AppChoice {
  id: string;
  name: string;
}

interface Props extends EditorProps<'rules'> {
  tiers: TierSettings;
  apps: AppChoice[];
}

const VALUE_LABELS: Partial<Record<RuleKind, string>> = {
  keyword: 'Keywords or phrases (one per line; whole words, any case)',
  sender: 'Senders (one per line)',
  conversation: 'Conversations, such as #alerts (one per line)',
};

const newRule = (tierId: string): Rule => ({ id: `rule-${Date.now().toString(36)}`, kind: 'keyword', values: [], tierId, enabled: true });

function TierSelect({ label, value, tiers, onChange, error, errorPath }: { label: string; value: string; tiers: TierSettings; onChange: (id: string) => void; error?: string; errorPath: string }) {
  return (
    <label className="inline-field">
      {label}
      <select value={value} aria-invalid={!!error} aria-describedby={error ? idFor(errorPath) : undefined} onChange={(e) => onChange(e.target.value)}>
        {!tiers.tiers.some((t) => t.id === value) && <option value={value}>(a removed tier)</option>}
        <TierOptions tiers={tiers} />
      </select>
    </label>
  );
}

/** Which tier a notification gets: ordered rules (first match wins), VIPs, and each app's default. */
export function RulesEditor({ value, edit, errors, tiers, apps }: Props) {
  const at = (i: number, field: string) => `rules.rules.${i}.${field}`;
  return (
    <>
      <ListEditor
        items={value.rules}
        reorder
        nameOf={(_, i) => `rule ${i + 1}`}
        onChange={(rules) => edit((d) => void (d.rules = rules), 'rules.rules')}
        add={{ label: 'Add rule', create: () => newRule(tiers.defaultTierId) }}
        render={(rule, i) => (
          <fieldset className="rule">
            <legend>
              Rule {i + 1}: {RULE_KIND_LABELS[rule.kind]} → {findTier(tiers, rule.tierId).name}
            </legend>
            <div className="row">
              <label className="inline-field">
                Looks at
                <select value={rule.kind} onChange={(e) => edit((d) => void (d.rules[i]!.kind = e.target.value as RuleKind), at(i, 'values'))}>
                  {(Object.keys(RULE_KIND_LABELS) as RuleKind[]).map((kind) => (
                    <option key={kind} value={kind}>
                      {RULE_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </label>
              <TierSelect
                label="Tier"
                value={rule.tierId}
                tiers={tiers}
                error={errors[at(i, 'tierId')]}
                errorPath={at(i, 'tierId')}
                onChange={(id) => edit((d) => void (d.rules[i]!.tierId = id), at(i, 'tierId'))}
              />
              <label className="check">
                <input type="checkbox" checked={rule.enabled} onChange={(e) => edit((d) => void (d.rules[i]!.enabled = e.target.checked))} />
                On
              </label>
            </div>
            <FieldError id={idFor(at(i, 'tierId'))} message={errors[at(i, 'tierId')]} />
            {rule.kind === 'app' ? (
              <div role="group" aria-label={`Apps of rule ${i + 1}`} className="row">
                {apps.map((app) => (
                  <label key={app.id} className="check">
                    <input
                      type="checkbox"
                      checked={rule.values.includes(app.id)}
                      onChange={(e) =>
                        edit((d) => {
                          const others = d.rules[i]!.values.filter((v) => v !== app.id);
                          d.rules[i]!.values = e.target.checked ? [...others, app.id] : others;
                        }, at(i, 'values'))
                      }
                    />
                    {app.name}
                  </label>
                ))}
                <FieldError id={idFor(at(i, 'values'))} message={errors[at(i, 'values')]} />
              </div>
            ) : RULE_KINDS_WITH_VALUES.includes(rule.kind) ? (
              <LinesField
                path={at(i, 'values')}
                label={VALUE_LABELS[rule.kind]!}
                values={rule.values}
                errors={errors}
                onChange={(values) => edit((d) => void (d.rules[i]!.values = values), at(i, 'values'))}
              />
            ) : rule.kind === 'vip' ? (
              <p className="muted">Matches the senders on the VIP list below.</p>
            ) : (
              <p className="muted">Where the app’s notification title shows it (Slack, Teams, Discord, Google Chat, WhatsApp, Telegram, Mattermost …).</p>
            )}
          </fieldset>
        )}
      />
      <LinesField path="rules.vips" label="VIP senders (one per line)" values={value.vips} errors={errors} onChange={(vips) => edit((d) => void (d.vips = vips), 'rules.vips')} />
      <fieldset>
        <legend>Each app’s tier when no rule matches</legend>
        <div className="app-tiers">
          {apps.map((app) => {
            const path = `rules.appTiers.${app.id}`;
            return (
              <label key={app.id} className="inline-field">
                {app.name}
                <select
                  value={value.appTiers[app.id] ?? ''}
                  aria-invalid={!!errors[path]}
                  onChange={(e) =>
                    edit((d) => {
                      if (e.target.value) d.appTiers[app.id] = e.target.value;
                      else delete d.appTiers[app.id];
                    }, path)
                  }
                >
                  <option value="">Everything else’s tier ({findTier(tiers, tiers.defaultTierId).name})</option>
                  <TierOptions tiers={tiers} />
                </select>
              </label>
            );
          })}
        </div>
      </fieldset>
    </>
  );
}
