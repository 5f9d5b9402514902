import { useState } from 'react';
import { systemClock, type Clock } from '@/lib/clock';
import { formatWhen } from '@/lib/focus/status-text';
import { compileClassifier } from '@/lib/sla/classify';
import type { RuleSettings } from '@/lib/sla/rules';
import { findTier, getDueAt, type TierSettings } from '@/lib/sla/tiers';
import type { WorkingHours } from '@/lib/time/business-time';
import type { AppChoice } from './RulesEditor';

interface Props {
  rules: RuleSettings;
  tiers: TierSettings;
  hours: WorkingHours;
  apps: AppChoice[];
  clock?: Clock;
}

/** Which rule would a notification hit? Runs the rules as edited on this page, saved or not. */
export function RuleTester({ rules, tiers, hours, apps, clock = systemClock }: Props) {
  const [appId, setAppId] = useState(apps[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [result, setResult] = useState('');
  const test = () => {
    const app = apps.find((a) => a.id === appId) ?? { id: appId, name: appId };
    const c = compileClassifier(rules, tiers)({ appId: app.id, appName: app.name, title, body });
    const tier = findTier(tiers, c.tierId);
    const rule = c.ruleId ? rules.rules.findIndex((r) => r.id === c.ruleId) : -1;
    const now = clock();
    const due = formatWhen(getDueAt(tier.response, now, hours), now);
    const source = rule >= 0 ? `Rule ${rule + 1} (${c.why})` : c.why;
    setResult(`${source} → ${tier.name}, reply by ${due}${tier.breaksThrough ? ', breaks through focus' : ''}.`);
  };
  return (
    // A group, not a form: it sits inside the rules section's form, and testing saves nothing.
    <div className="rule-tester" role="group" aria-label="Rule tester">
      <h3>Rule tester</h3>
      <div className="row">
        <label className="inline-field">
          App
          <select value={appId} onChange={(e) => setAppId(e.target.value)}>
            {apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Sample title
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Dana in #alerts" />
        </label>
      </div>
      <label htmlFor="tester-body">Sample body</label>
      <textarea id="tester-body" rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder="prod down in eu-west" />
      <div className="row">
        <button type="button" onClick={test}>
          Test
        </button>
        <p role="status" aria-live="polite" className="tester-result">
          {result}
        </p>
      </div>
    </div>
  );
}
