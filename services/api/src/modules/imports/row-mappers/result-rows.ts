import type { ResultType } from '../../../codes/result-type.js';
import { readCode } from '../field-readers.js';
import type { PreparedLayout } from '../file-layouts.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';
import { codeMap } from './code-maps.js';

/** Results: a participant's situation at or after exit, up to 6 months after the programme. */
export function createResultRowMapper(layout: PreparedLayout, lookups: ImportLookups) {
  const column = layout.columns as Record<'date' | 'result', string>;
  const results = codeMap<ResultType>(layout, 'result');
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participant(layout.participant);
    const date = row.dateInProgramme(column.date, lookups.programme.resultsUntil);
    const type = row.read(column.result, (raw) => readCode(column.result, raw, results));
    // A result is the situation at or after exit: only "before entry" is wrong.
    row.requireWithinParticipation(column.date, participantId, date, false);
    if (row.errors.length) return undefined;
    return [participantId, date, type];
  };
}
