import { FieldError, readCode, readPositiveInteger } from '../field-readers.js';
import type { ImportLookups } from '../import-lookups.js';
import type { RowReader } from '../row-reader.js';

/** cisi-support: equipment, examinations, outfits, cameras given to a participant. */
export function createSupportRowMapper(lookups: ImportLookups) {
  // The programme's own kinds (its definition's supportKinds), not a fixed list.
  const supportKinds: Readonly<Record<string, string>> = Object.fromEntries(lookups.supportKinds.map((kind) => [kind, kind]));
  return (row: RowReader): unknown[] | undefined => {
    const participantId = row.participantByCode('uczestnik');
    const date = row.dateInProgramme('data');
    const kind = row.read('rodzaj', (raw) => readCode('rodzaj', raw, supportKinds));
    const activityId = kind === undefined ? undefined : lookups.supportActivityByKind.get(kind);
    if (kind !== undefined && activityId === undefined) {
      row.read('rodzaj', (raw) => {
        throw new FieldError('rodzaj', raw, 'the programme does not say which activity gives this support', 'UNMAPPED_SUPPORT_KIND');
      });
    }
    const quantity = row.read('ilosc', (raw) => readPositiveInteger('ilosc', raw, 1000));
    const description = row.raw('opis');
    row.requireWithinParticipation('data', participantId, date);
    if (row.errors.length) return undefined;
    return [participantId, activityId, date, kind, quantity, description];
  };
}
