import type { SupportKind } from '../../../codes/support-kind.js';
import { FieldError, readCode, readPositiveInteger } from '../field-readers.js';
import type { PreparedLayout } from '../file-layouts.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

/**
 * Support: equipment, examinations, outfits, cameras given to a participant. The partner's kind codes
 * map to the programme's support kinds (by the layout's codes, else the programme's own codes).
 */
export function createSupportRowMapper(layout: PreparedLayout, lookups: ImportLookups) {
  const column = layout.columns as Record<'date' | 'supportKind' | 'quantity', string> & { description?: string };
  // The programme's own kinds (support_kind): the partner's codes map onto them, or are them.
  const programmeKinds = new Set(lookups.supportKinds);
  const kinds: Readonly<Record<string, SupportKind>> =
    (layout.codes.supportKind as Record<string, SupportKind> | undefined) ?? Object.fromEntries(lookups.supportKinds.map((kind) => [kind, kind]));
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participant(layout.participant);
    const date = row.dateInProgramme(column.date);
    const kind = row.read(column.supportKind, (raw) => {
      const code = readCode(column.supportKind, raw, kinds);
      if (!programmeKinds.has(code)) {
        throw new FieldError(column.supportKind, raw, `maps to ${code}, which is not one of the programme's support kinds (${lookups.supportKinds.join(', ')})`, 'UNKNOWN_CODE');
      }
      return code;
    });
    const activityId = kind === undefined ? undefined : lookups.supportActivityByKind.get(kind);
    if (kind !== undefined && activityId === undefined) {
      row.read(column.supportKind, (raw) => {
        throw new FieldError(column.supportKind, raw, 'the programme does not say which activity gives this support', 'UNMAPPED_SUPPORT_KIND');
      });
    }
    const quantity = row.read(column.quantity, (raw) => readPositiveInteger(column.quantity, raw, 1000));
    const description = column.description === undefined ? '' : row.raw(column.description);
    row.requireWithinParticipation(column.date, participantId, date);
    if (row.errors.length) return undefined;
    return [participantId, activityId, date, kind, quantity, description];
  };
}
