import type { TimeBlock } from '@/lib/focus/schedule';
import { FieldError, idFor } from './FieldError';
import { ListEditor } from './ListEditor';

interface Props {
  /** Dotted settings path of the list, e.g. "schedule.weekly.1". */
  path: string;
  /** How blocks are named to screen readers: "Monday block 1 start". */
  label: string;
  blocks: TimeBlock[];
  errors: Record<string, string>;
  onChange: (blocks: TimeBlock[], path: string) => void;
}

/** The focus blocks of one day: start and end times, add and remove. */
export function BlockListEditor({ path, label, blocks, errors, onChange }: Props) {
  const update = (index: number, field: keyof TimeBlock, value: string) =>
    onChange(
      blocks.map((b, i) => (i === index ? { ...b, [field]: value } : b)),
      `${path}.${index}.${field}`,
    );
  return (
    <ListEditor
      items={blocks}
      nameOf={(_, index) => `${label} block ${index + 1}`}
      onChange={(next) => onChange(next, path)}
      add={{ label: <>Add block<span className="visually-hidden"> to {label}</span></>, create: () => ({ start: '09:00', end: '10:00' }) }}
      render={(block, index) => (
        <>
          <div className="row">
            {(['start', 'end'] as const).map((field) => {
              const key = `${path}.${index}.${field}`;
              return (
                <input
                  key={field}
                  type="time"
                  aria-label={`${label} block ${index + 1} ${field}`}
                  value={block[field]}
                  aria-invalid={!!errors[key]}
                  aria-describedby={errors[key] ? idFor(key) : undefined}
                  onChange={(e) => update(index, field, e.target.value)}
                />
              );
            })}
          </div>
          {(['start', 'end'] as const).map((field) => (
            <FieldError key={field} id={idFor(`${path}.${index}.${field}`)} message={errors[`${path}.${index}.${field}`]} />
          ))}
        </>
      )}
    />
  );
}
