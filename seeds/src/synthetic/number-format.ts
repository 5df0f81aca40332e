/** Formats a decimal as partners' spreadsheets do: no trailing zeros, with a comma or a dot as the separator. */
export function formatDecimal(value: number, separator: ',' | '.'): string {
  const text = String(Math.round(value * 100) / 100);
  return separator === ',' ? text.replace('.', ',') : text;
}
