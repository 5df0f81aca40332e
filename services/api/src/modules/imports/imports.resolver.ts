import { Readable } from 'node:stream';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { allowed } from '../../access/access-rules.js';
import { assertMayImport } from '../auth/import-permission.js';
import { ImportBatch } from './import-batch.entity.js';
import { partnerById } from '../partner/partner.loader.js';
import { ImportRequestError, importPartnerFile } from './import.service.js';
import { listImportBatches, mayReadImportReport } from './import-batches.service.js';
import { ImportReportView, ImportRowErrorView, PartnerFileInput } from './imports.types.js';
import { findFileLayout } from './file-layouts.js';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

@Resolver(() => ImportBatch)
export class ImportsResolver {
  @Authorized(allowed('Mutation.importPartnerFile'))
  @Mutation(() => ImportReportView, {
    description:
      'Submits one partner file, merged (default) or replacing the partner\'s records of its period. It is stored only if every ' +
      'row is valid (then counts are returned); otherwise nothing is stored and the report lists every bad row. With dryRun ' +
      'nothing is stored and the counts and first changed keys say what would change. A PARTNER may submit only its own kinds.',
  })
  async importPartnerFile(@Arg('file', () => PartnerFileInput) file: PartnerFileInput, @Ctx() context: HubContext): Promise<ImportReportView> {
    // The programme's layout for the kind decides whose file it is: a PARTNER cannot pass another partner's
    // kind under its own code. An unknown programme or kind is reported by the import itself.
    const owner = await findFileLayout(context.em, file.programme, file.kind).then(
      ({ layout }) => layout.partner,
      (error: unknown) => {
        if (error instanceof ImportRequestError) return file.partner;
        throw error;
      },
    );
    assertMayImport(context.viewer, owner);
    const content = Buffer.from(file.contentBase64, 'base64');
    if (!content.length) throw badInput('The file is empty (contentBase64 decoded to no bytes).');
    try {
      const report = await importPartnerFile({
        orm: context.orm,
        programmeCode: file.programme,
        partnerCode: file.partner,
        kind: file.kind,
        encoding: file.encoding,
        fileName: file.fileName,
        open: () => Readable.from([content]),
        viewer: context.viewer!,
        peselSecret: context.secret,
        mode: file.mode,
        from: file.from ?? null,
        to: file.to ?? null,
        dryRun: file.dryRun,
        allowMassDelete: file.allowMassDelete,
        massDeleteShare: context.config.massDeleteShare,
        confirmCascade: file.confirmCascade,
      });
      const batch = await context.em.findOneOrFail(ImportBatch, report.batchId);
      return {
        batch,
        accepted: report.outcome !== 'REJECTED',
        rowsRead: report.rowsRead,
        inserted: report.inserted,
        updated: report.updated,
        deleted: report.deleted,
        unchanged: report.unchanged,
        preview: report.outcome === 'PREVIEWED',
        changedKeys: report.changedKeys,
        errors: report.errors,
        totalErrors: report.totalErrors,
        badRows: report.badRows,
        errorsByCode: Object.entries(report.errorsByCode).map(([code, count]) => ({ code, count })),
      };
    } catch (error) {
      if (error instanceof ImportRequestError) throw badInput(error.message);
      throw error;
    }
  }

  @Authorized(allowed('Query.imports'))
  @Query(() => [ImportBatch], {
    description: 'Submitted partner files, newest first: accepted, rejected and interrupted ones. A PARTNER sees its own.',
  })
  imports(
    @Arg('programme', () => String) programme: string,
    @Arg('partner', () => String, { nullable: true }) partner: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200.' }) first: number,
    @Ctx() context: HubContext,
  ): Promise<ImportBatch[]> {
    if (first < 1 || first > 200) throw badInput('first must be from 1 to 200.');
    return listImportBatches(context.em, { programmeCode: programme, partnerCode: partner, first, viewer: context.viewer! });
  }

  @FieldResolver(() => String, { description: 'The partner whose file it was.' })
  async partner(@Root() batch: ImportBatch, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.get(partnerById).load(batch.partner.id)).code;
  }

  @FieldResolver(() => [ImportRowErrorView], {
    description: 'A rejected file\'s bad rows (ADMIN and the file\'s own partner only; empty for others).',
  })
  async errors(@Root() batch: ImportBatch, @Ctx() context: HubContext): Promise<ImportRowErrorView[]> {
    const partner = await context.loaders.get(partnerById).load(batch.partner.id);
    if (!mayReadImportReport(context.viewer, partner.code)) return [];
    const report = batch.report as { errors?: ImportRowErrorView[] } | null | undefined;
    return report?.errors ?? [];
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why an import was interrupted or failed, when it was.' })
  failure(@Root() batch: ImportBatch): string | null {
    const report = batch.report as { error?: string } | null | undefined;
    return report?.error ?? null;
  }
}
