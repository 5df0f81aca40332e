import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ProgrammeDefinition } from '../../programme-definition.js';
import { generateDefinitionRecords } from './generate-records.js';
import { writeRecordsByLayout } from './layout-writer.js';
import type { UnifiedRecords } from './unified-records.js';

/** One written partner file: whose, which layout, where, how many data rows. */
export interface DefinitionFile {
  partner: string;
  kind: string;
  encoding: 'utf-8' | 'windows-1250';
  path: string;
  rows: number;
}

/** Participants generated for a shipped programme without its own generator. */
export const DEFAULT_DEFINITION_PARTICIPANTS = 480;

/**
 * Writes a programme's synthetic partner files from its definition alone, one file per layout into
 * outDir/<programme code>/ (the register's first, so it is imported before the files naming its people),
 * each in its partner's format. Same definition, seed and size → the same records, the same CSV bytes and
 * the same XLSX cells.
 */
export async function writeDefinitionDataset(options: {
  definition: ProgrammeDefinition;
  outDir: string;
  seed: number;
  participants?: number;
}): Promise<{ programme: ProgrammeDefinition; files: DefinitionFile[]; records: UnifiedRecords }> {
  const { definition } = options;
  const records = generateDefinitionRecords({ definition, seed: options.seed, participants: options.participants ?? DEFAULT_DEFINITION_PARTICIPANTS });
  const dir = resolve(options.outDir, definition.code);
  await mkdir(dir, { recursive: true });
  const layouts = [...definition.fileLayouts].sort((a, b) => Number(b.record === 'register') - Number(a.record === 'register'));
  const files: DefinitionFile[] = [];
  for (const layout of layouts) {
    const path = join(dir, `${layout.kind}.${layout.format}`);
    const rows = await writeRecordsByLayout({ definition, layout, records: records[layout.record], path });
    files.push({ partner: layout.partner, kind: layout.kind, encoding: layout.encodings?.[0] ?? 'utf-8', path, rows });
  }
  return { programme: definition, files, records };
}
