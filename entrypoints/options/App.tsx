import { useState } from 'react';
import { BusinessHoursEditor } from '@/components/options/BusinessHoursEditor';
import { DataControls } from '@/components/options/DataControls';
import { DeliveryEditor } from '@/components/options/DeliveryEditor';
import { DigestTimesEditor } from '@/components/options/DigestTimesEditor';
import { ExceptionsEditor } from '@/components/options/ExceptionsEditor';
import { FocusLengthEditor } from '@/components/options/FocusLengthEditor';
import { LockdownEditor } from '@/components/options/LockdownEditor';
import { QuietTabsEditor } from '@/components/options/QuietTabsEditor';
import { RetentionEditor } from '@/components/options/RetentionEditor';
import { RulesEditor, type AppChoice } from '@/components/options/RulesEditor';
import { RuleTester } from '@/components/options/RuleTester';
import { SettingsSection } from '@/components/options/SettingsSection';
import { SitesEditor } from '@/components/options/SitesEditor';
import { StatusTemplateEditor } from '@/components/options/StatusTemplateEditor';
import { TiersEditor } from '@/components/options/TiersEditor';
import { useLiveSettings } from '@/components/options/use-live-settings';
import { useOptions } from '@/components/options/settings-store';
import { WeeklyScheduleEditor } from '@/components/options/WeeklyScheduleEditor';
import { SECTION_NAMES, SECTIONS } from '@/lib/settings/sections';
import { ACTIVE_PRESETS } from '@/lib/sites/active-presets';

/** One page, one section per concern, each saved on its own. */
export function App() {
  useLiveSettings();
  const stored = useOptions((s) => s.stored);
  const drafts = useOptions((s) => s.drafts);
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  if (!stored) return null;
  const apps: AppChoice[] = [...ACTIVE_PRESETS, ...(drafts.sites ?? stored.settings.sites).custom].map(({ id, name }) => ({ id, name }));

  return (
    <div className="options">
      <nav aria-label="Sections" className="options-nav">
        <ul>
          {SECTION_NAMES.map((name) => (
            <li key={name}>
              <a href={`#${name}`}>{SECTIONS[name].title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="page">
        <h1>Heads Down options</h1>
        <SettingsSection name="focus">{(p) => <FocusLengthEditor {...p} />}</SettingsSection>
        <SettingsSection name="schedule" intro="Focus blocks that start and end by themselves; blocks that overlap or touch count as one.">
          {(p) => (
            <>
              <WeeklyScheduleEditor {...p} />
              <ExceptionsEditor {...p} />
            </>
          )}
        </SettingsSection>
        <SettingsSection name="businessHours" intro="Response times count working time: 3 hours from Friday 16:30 is Monday 11:30.">
          {(p) => <BusinessHoursEditor {...p} />}
        </SettingsSection>
        <SettingsSection
          name="tiers"
          intro="Most urgent first. A tier's response time decides when its held notifications must come back; a breakthrough tier is shown at once, even in focus."
          moveTo={() => moveTo}
        >
          {(p) => <TiersEditor {...p} stored={stored.settings.tiers} moveTo={moveTo} setMoveTo={setMoveTo} />}
        </SettingsSection>
        <SettingsSection name="rules" intro="Every held notification gets a tier: the first rule that matches decides, else its app's tier, else the tier for everything else.">
          {(p) => (
            <>
              <RulesEditor {...p} tiers={stored.settings.tiers} apps={apps} />
              <RuleTester rules={p.value} tiers={drafts.tiers ?? stored.settings.tiers} hours={drafts.businessHours ?? stored.settings.businessHours} apps={apps} />
            </>
          )}
        </SettingsSection>
        <SettingsSection name="digest" intro="Held notifications come back as one summary at the end of each block, early when one is due, and at these times outside focus.">
          {(p) => <DigestTimesEditor {...p} />}
        </SettingsSection>
        <SettingsSection name="delivery" intro="Your queued questions go out here, one message per person, when their moment comes.">
          {(p) => <DeliveryEditor {...p} />}
        </SettingsSection>
        <SettingsSection name="sites">{(p) => <SitesEditor {...p} />}</SettingsSection>
        <SettingsSection name="quiet">{(p) => <QuietTabsEditor {...p} />}</SettingsSection>
        <SettingsSection name="lockdown">{(p) => <LockdownEditor {...p} />}</SettingsSection>
        <SettingsSection name="status">{(p) => <StatusTemplateEditor {...p} />}</SettingsSection>
        <SettingsSection name="data" intro="How long Heads Down keeps what it stores, and your copy of it." after={<DataControls />}>
          {(p) => <RetentionEditor {...p} />}
        </SettingsSection>
      </main>
    </div>
  );
}
