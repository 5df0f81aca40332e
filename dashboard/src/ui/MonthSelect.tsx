/** A labelled choice of one month (YYYY-MM) from a list; `marked` months carry a tick (e.g. approved ones). */
export function MonthSelect(props: { label: string; months: readonly string[]; value: string; onChange: (month: string) => void; marked?: ReadonlySet<string> }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.months.map((month) => (
          <option key={month} value={month}>
            {month}
            {props.marked?.has(month) ? ' ✓' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
