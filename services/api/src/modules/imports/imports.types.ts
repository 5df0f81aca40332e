import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { ImportBatch, ImportMode } from './import-batch.entity.js';

export enum FileEncodingOption {
  UTF_8 = 'utf-8',
  WINDOWS_1250 = 'windows-1250',
}
registerEnumType(FileEncodingOption, {
  name: 'FileEncoding',
  description: 'How the file\'s text is encoded: UTF-8 (with or without BOM) or Windows-1250 (ZDZ\'s system).',
});

@InputType({ description: 'One partner file, as the partner\'s own system exported it.' })
export class PartnerFileInput {
  @Field(() => String, { description: 'Programme code, e.g. RDR-PLOCK-2011.' })
  programme!: string;

  @Field(() => String, { description: 'Partner code: MOPS, CISI or ZDZ.' })
  partner!: string;

  @Field(() => String, { description: 'File kind, e.g. mops-register, cisi-attendance, zdz-exams (docs/interfaces.md §3).' })
  kind!: string;

  @Field(() => String, { description: 'The file\'s name, kept for provenance.' })
  fileName!: string;

  @Field(() => String, { description: 'The file\'s bytes, base64-encoded.' })
  contentBase64!: string;

  @Field(() => FileEncodingOption, { defaultValue: FileEncodingOption.UTF_8 })
  encoding!: FileEncodingOption;

  @Field(() => ImportMode, {
    defaultValue: ImportMode.MERGE,
    description:
      'MERGE (default) never deletes, so a partial or monthly file cannot remove anything by accident; REPLACE makes the file ' +
      'the complete record of its period and deletes what it no longer has.',
  })
  mode!: ImportMode;

  @Field(() => DateScalar, { nullable: true, description: 'REPLACE only: first day of the period replaced (default: the first month the file\'s dates reach).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'REPLACE only: last day of the period replaced (with from).' })
  to?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Preview: run everything, report what would change, store nothing.' })
  dryRun!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Let a REPLACE delete more than the configured share (default 20 %) of the rows it covers.' })
  allowMassDelete!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'ADMIN only: a register REPLACE may remove people who have records, deleting those records at every partner.',
  })
  confirmCascade!: boolean;
}

@ObjectType({ description: 'The first keys (participant and activity codes, dates) of each kind of change a preview found.' })
export class ChangedKeysView {
  @Field(() => [String])
  inserted!: string[];

  @Field(() => [String])
  updated!: string[];

  @Field(() => [String])
  deleted!: string[];
}

@ObjectType({ description: 'One bad value or line in a rejected file.' })
export class ImportRowErrorView {
  @Field(() => Int, { description: 'Line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { description: 'Column name, or empty for a problem with the whole line.' })
  column!: string;

  @Field(() => String, { description: 'The value as found (a PESEL is masked).' })
  value!: string;

  @Field(() => String, { description: 'What is wrong, in plain words.' })
  reason!: string;

  @Field(() => String, { description: 'Stable code of the problem, e.g. UNKNOWN_PARTICIPANT, DATE_OUT_OF_PERIOD.' })
  code!: string;
}

@ObjectType({ description: 'How many problems of one kind a rejected file had.' })
export class ImportErrorCount {
  @Field(() => String, { description: 'Stable code of the problem.' })
  code!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What an import did: accepted with counts, or rejected with its bad rows (nothing stored).' })
export class ImportReportView {
  @Field(() => ImportBatch)
  batch!: ImportBatch;

  @Field(() => Boolean, { description: 'True when the file was stored or, for a preview, would be; false when it was rejected as a whole.' })
  accepted!: boolean;

  @Field(() => Int)
  rowsRead!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Rows a REPLACE deleted (or, previewed, would delete).' })
  deleted!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Boolean, { description: 'True for a dry run: the counts say what would change; nothing was stored.' })
  preview!: boolean;

  @Field(() => ChangedKeysView, { nullable: true, description: 'A preview\'s first changed keys per change type (up to 10 each).' })
  changedKeys!: ChangedKeysView | null;

  @Field(() => [ImportRowErrorView], { description: 'The first 1,000 problems in full, by line (values capped at 200 characters, PESELs masked).' })
  errors!: ImportRowErrorView[];

  @Field(() => Int, { description: 'How many problems were found in all.' })
  totalErrors!: number;

  @Field(() => Int, { description: 'How many lines had at least one problem.' })
  badRows!: number;

  @Field(() => [ImportErrorCount], { description: 'Every problem of the file counted by code (also those not listed).' })
  errorsByCode!: ImportErrorCount[];
}
