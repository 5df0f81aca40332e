export { writeSyntheticDataset, DEFAULT_SYNTHETIC_SEED, type GeneratedFile, type SyntheticProgramme } from './write-dataset.js';
export { syntheticProgrammes, SYNTHETIC_SCALES, type SyntheticScale } from './scales.js';
export { PARTNER_FILE_SPECS, ATTENDANCE_FILE_KINDS, type PartnerFileSpec } from './partner-files.js';
export { decodePesel, encodePesel, computePeselCheckDigit, type PeselSex } from './pesel.js';
export { writeDefinitionDataset, DEFAULT_DEFINITION_PARTICIPANTS, type DefinitionFile } from './definition/write-definition-dataset.js';
export { generateDefinitionRecords, participantCodeFormat } from './definition/generate-records.js';
export { recordCells, layoutHeader, spellLayoutDate, writeRecordsByLayout, type LayoutCell } from './definition/layout-writer.js';
export type * from './definition/unified-records.js';
