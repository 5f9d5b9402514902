interface Props {
  caption: string;
  keyHeading: string;
  counts: Record<string, number | string>;
  /** Words for keys (tier ids to names); keys shown as they are otherwise. */
  names?: Record<string, string>;
}

/** A figure's counts as a table, largest first; "none" when there is nothing to count. */
export function CountTable({ caption, keyHeading, counts, names = {} }: Props) {
  const rows = Object.entries(counts).sort((a, b) => (typeof a[1] === 'number' && typeof b[1] === 'number' ? b[1] - a[1] : 0));
  return (
    <table className="counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} className="muted">
              none
            </td>
          </tr>
        ) : (
          rows.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{names[key] ?? key}</th>
              <td>{value}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
