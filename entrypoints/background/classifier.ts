import { compileClassifier, type Classifier } from '@/lib/sla/classify';
import type { Settings } from '@/lib/settings/settings';

// Compiled once per change of the rules or tiers, not per capture. Losing it when the worker
// stops costs one compile; the settings are the truth.
let compiled: { key: string; classify: Classifier } | undefined;

export function getClassifier(settings: Pick<Settings, 'rules' | 'tiers'>): Classifier {
  const key = JSON.stringify([settings.rules, settings.tiers]);
  if (compiled?.key !== key) compiled = { key, classify: compileClassifier(settings.rules, settings.tiers) };
  return compiled.classify;
}
