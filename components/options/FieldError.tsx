/** The message for one field, right where the field is; the id lets the input point at it. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="error" role="alert">
      {message}
    </p>
  );
}

/** A DOM id for a settings path: "schedule.weekly.1.0.end" → "schedule-weekly-1-0-end". */
export const idFor = (path: string) => path.replaceAll('.', '-');
