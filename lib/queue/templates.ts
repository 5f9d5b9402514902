/**
 * The shapes a question can take. Each part is a field of the composer; required parts are
 * checked before anything is queued, so what goes out is a message someone can answer.
 */
export type TemplateId = 'plain' | 'decision' | 'status';

export interface TemplatePart {
  key: string;
  label: string;
  required: boolean;
  /** Typed one per line (options: at least `minLines`). */
  lines?: boolean;
  minLines?: number;
}

export interface Template {
  id: TemplateId;
  name: string;
  /** The label of the main text field. */
  mainLabel: string;
  parts: TemplatePart[];
}

export const TEMPLATES: Record<TemplateId, Template> = {
  plain: { id: 'plain', name: 'Plain question', mainLabel: 'Question', parts: [] },
  decision: {
    id: 'decision',
    name: 'Decision request',
    mainLabel: 'Decision needed',
    parts: [
      { key: 'context', label: 'Context', required: true },
      { key: 'options', label: 'Options (one per line)', required: true, lines: true, minLines: 2 },
      { key: 'recommendation', label: 'Recommendation', required: true },
      { key: 'tradeoffs', label: 'Trade-offs', required: false },
      { key: 'inputFrom', label: 'Input needed from', required: false },
    ],
  },
  status: {
    id: 'status',
    name: 'Status update',
    mainLabel: 'Summary',
    parts: [
      { key: 'done', label: 'Done', required: true },
      { key: 'doing', label: 'Doing', required: true },
      { key: 'blockers', label: 'Blockers', required: false },
    ],
  },
};

export const isTemplateId = (id: unknown): id is TemplateId => typeof id === 'string' && Object.hasOwn(TEMPLATES, id);

const linesOf = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/** What is missing, by part key: "Give at least 2 options." */
export function checkTemplateParts(id: TemplateId, parts: Record<string, string | undefined>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const part of TEMPLATES[id].parts) {
    const value = parts[part.key]?.trim() ?? '';
    if (part.minLines && linesOf(value).length < part.minLines && (part.required || value)) errors[part.key] = `Give at least ${part.minLines} options, one per line.`;
    else if (part.required && !value) errors[part.key] = `Fill in ${part.label.replace(/ \(.*\)$/, '').toLowerCase()}.`;
  }
  return errors;
}

/**
 * The body of one question in a message: the main text, then its parts in order, with labels;
 * options lettered. Plain text: every channel formats from it.
 */
export function renderQuestionBody(id: TemplateId, text: string, parts: Record<string, string | undefined> = {}): string[] {
  if (id === 'plain') return [text];
  const lines = [id === 'decision' ? `Decision needed: ${text}` : `Status: ${text}`];
  for (const part of TEMPLATES[id].parts) {
    const value = parts[part.key]?.trim();
    if (!value) continue;
    const label = part.label.replace(/ \(.*\)$/, '');
    if (part.lines) {
      lines.push(`${label}:`);
      linesOf(value).forEach((option, i) => lines.push(`  ${String.fromCharCode(97 + (i % 26))}) ${option}`));
    } else lines.push(`${label}: ${value}`);
  }
  return lines;
}
