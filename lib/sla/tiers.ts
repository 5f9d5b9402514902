import { addWorkingMinutes, endOfBusinessDay, endOfBusinessDaysAfter, type WorkingHours } from '../time/business-time';

/** How soon a tier's messages need an answer, counted in working time. */
export type ResponseTime =
  | { unit: 'minutes' | 'hours' | 'businessDays'; amount: number }
  | { unit: 'endOfDay' };

/** A response-time tier. The list order is the urgency order: the first is the most urgent. */
export interface Tier {
  id: string;
  name: string;
  /** A CSS colour ("#c62828"); always shown beside the tier's name, never instead of it. */
  color: string;
  response: ResponseTime;
  /** Shown natively at once, even during focus (within the breakthrough limit). */
  breaksThrough: boolean;
  /** What the tier is meant for, in the user's words. */
  meantFor?: string;
}

export interface TierSettings {
  tiers: Tier[];
  /** The tier of anything no rule and no app default places: "else Standard". */
  defaultTierId: string;
}

export const DEFAULT_TIER_SETTINGS: TierSettings = {
  tiers: [
    { id: 'urgent', name: 'Urgent', color: '#c62828', response: { unit: 'minutes', amount: 30 }, breaksThrough: true, meantFor: 'System down, client emergency' },
    { id: 'important', name: 'Important', color: '#e65100', response: { unit: 'hours', amount: 3 }, breaksThrough: false, meantFor: 'A blocker, a time-sensitive question' },
    { id: 'standard', name: 'Standard', color: '#1565c0', response: { unit: 'endOfDay' }, breaksThrough: false, meantFor: 'A general question, sharing information' },
    { id: 'low', name: 'Low', color: '#5f6368', response: { unit: 'businessDays', amount: 2 }, breaksThrough: false, meantFor: 'FYI, non-urgent' },
  ],
  defaultTierId: 'standard',
};

/** The tier with this id, or the default tier (settings from elsewhere may name a removed one). */
export function findTier(settings: TierSettings, id: string | undefined): Tier {
  return (
    settings.tiers.find((t) => t.id === id) ??
    settings.tiers.find((t) => t.id === settings.defaultTierId) ??
    settings.tiers[settings.tiers.length - 1] ??
    DEFAULT_TIER_SETTINGS.tiers[2]!
  );
}

/** 0 for the most urgent tier; unknown tiers rank with the default tier. */
export function tierRank(settings: TierSettings, id: string | undefined): number {
  const index = settings.tiers.findIndex((t) => t.id === findTier(settings, id).id);
  return index === -1 ? settings.tiers.length : index;
}

/** When a message that arrived `from` needs its answer, in the user's working time. */
export function getDueAt(response: ResponseTime, from: Date, hours: WorkingHours): Date {
  switch (response.unit) {
    case 'minutes':
      return addWorkingMinutes(from, response.amount, hours);
    case 'hours':
      return addWorkingMinutes(from, response.amount * 60, hours);
    case 'businessDays':
      return endOfBusinessDaysAfter(from, response.amount, hours);
    case 'endOfDay':
      return endOfBusinessDay(from, hours);
  }
}

/** "30 min", "3 h", "end of business day", "2 business days". */
export function formatResponseTime(response: ResponseTime): string {
  switch (response.unit) {
    case 'minutes':
      return `${response.amount} min`;
    case 'hours':
      return `${response.amount} h`;
    case 'businessDays':
      return `${response.amount} business ${response.amount === 1 ? 'day' : 'days'}`;
    case 'endOfDay':
      return 'end of business day';
  }
}
