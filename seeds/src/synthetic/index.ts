export { writeSyntheticDataset, DEFAULT_SYNTHETIC_SEED, type GeneratedFile, type SyntheticProgramme } from './write-dataset.js';
export { syntheticProgrammes, SYNTHETIC_SCALES, type SyntheticScale } from './scales.js';
export { PARTNER_FILE_SPECS, ATTENDANCE_FILE_KINDS, type PartnerFileSpec } from './partner-files.js';
export { decodePesel, encodePesel, computePeselCheckDigit, type PeselSex } from './pesel.js';
