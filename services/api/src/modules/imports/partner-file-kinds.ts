/** The pilot's eight kind names (docs/interfaces.md §3); the importer reads any programme's kinds from its stored layouts. */
export type { PartnerFileKind } from '@razem/contract';

export type FileEncoding = 'utf-8' | 'windows-1250';
