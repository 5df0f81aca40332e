/** "2011-09" for a YYYY-MM-DD date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Every month from `first` to `last` (YYYY-MM, inclusive); empty when `first` is after `last`. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (year * 12 + month <= end) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The months a MONTH series shows: from the programme's start to the later of its end and the last
 * month with data, cut to the from/to period when one is given (months outside it cannot hold data).
 */
export function seriesMonths(options: {
  programmeStart: string;
  programmeEnd: string;
  dataMonths: readonly string[];
  from?: string;
  to?: string;
}): string[] {
  const sorted = [...options.dataMonths].sort();
  const firstData = sorted.at(0);
  const lastData = sorted.at(-1);
  // Data dated before the start is not expected (importers check the period) but must never vanish.
  let first = firstData && firstData < monthOf(options.programmeStart) ? firstData : monthOf(options.programmeStart);
  let last = lastData && lastData > monthOf(options.programmeEnd) ? lastData : monthOf(options.programmeEnd);
  if (options.from && monthOf(options.from) > first) first = monthOf(options.from);
  if (options.to && monthOf(options.to) < last) last = monthOf(options.to);
  return monthsBetween(first, last);
}
