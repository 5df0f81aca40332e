import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { lockProgrammeForChanges } from '../imports/import-locks.js';
import { resultsDeadline } from '../imports/import-lookups.js';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { PeriodApproval } from './period-approval.entity.js';

/** The request names something that is not there or gives a malformed value; nothing changed. */
export class PeriodRequestError extends Error {}

/** Longest reopening reason kept in the audit log. */
export const MAX_REOPEN_REASON = 500;

export interface PeriodTarget {
  programmeCode: string;
  /** YYYY-MM. */
  month: string;
  /** One partner's code, or null for every partner of the programme. */
  partnerCode: string | null;
  /** Who: a user e-mail, a token name, "cli". */
  actor: string;
}

/** The programme, the month checked against its period (results come up to six months after the end), and the partners concerned. */
async function resolveTarget(em: EntityManager, target: PeriodTarget): Promise<{ programme: Programme; partners: Partner[] }> {
  const programme = await em.findOne(Programme, { code: target.programmeCode });
  if (!programme) throw new PeriodRequestError(`There is no programme with the code ${JSON.stringify(target.programmeCode)}.`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(target.month)) {
    throw new PeriodRequestError(`month: expected YYYY-MM (e.g. 2011-10); got ${JSON.stringify(target.month)}.`);
  }
  const first = programme.startDate.slice(0, 7);
  const last = resultsDeadline(programme.endDate).slice(0, 7);
  if (target.month < first || target.month > last) {
    throw new PeriodRequestError(`month: ${target.month} is outside programme ${programme.code}'s months ${first} … ${last}.`);
  }
  const partners = await em.find(Partner, target.partnerCode === null ? { programme } : { programme, code: target.partnerCode }, { orderBy: { code: 'asc' } });
  if (target.partnerCode !== null && partners.length === 0) {
    throw new PeriodRequestError(`partner: programme ${programme.code} has no partner ${JSON.stringify(target.partnerCode)}.`);
  }
  return { programme, partners };
}

/**
 * Approves a month for one partner or for all: from then on no import (or other change path) may
 * change their records dated in it. Approving an approved month changes nothing. Audited.
 * Returns the month's approvals for the partners concerned.
 */
export async function approvePeriod(em: EntityManager, target: PeriodTarget): Promise<PeriodApproval[]> {
  return em.transactional(async (trx) => {
    const { programme, partners } = await resolveTarget(trx, target);
    await lockProgrammeForChanges(trx, programme.id);
    const existing = await trx.find(PeriodApproval, { programme, month: target.month, partner: { $in: partners } });
    const approvedAlready = new Set(existing.map((approval) => approval.partner.id));
    const added = partners
      .filter((partner) => !approvedAlready.has(partner.id))
      .map((partner) => trx.create(PeriodApproval, { programme, partner, month: target.month, approvedBy: target.actor }));
    if (added.length) {
      recordAudit(trx, {
        actor: target.actor,
        action: 'period.approve',
        programmeCode: programme.code,
        entityType: 'period',
        entityKey: target.month,
        details: { month: target.month, partners: added.map((approval) => approval.partner.getEntity().code) },
      });
    }
    await trx.flush();
    return [...existing, ...added].sort((a, b) => a.partner.getEntity().code.localeCompare(b.partner.getEntity().code));
  });
}

/**
 * Reopens an approved month for one partner or for all, with the reason on record (audit log:
 * who, when, why, and who had approved it when). Refused when the month is not approved for them.
 * Returns the partner codes reopened.
 */
export async function reopenPeriod(em: EntityManager, target: PeriodTarget & { reason: string }): Promise<string[]> {
  const reason = target.reason.trim();
  if (!reason) throw new PeriodRequestError('reason: say why the month is reopened (it is kept in the audit log).');
  if (reason.length > MAX_REOPEN_REASON) throw new PeriodRequestError(`reason: at most ${MAX_REOPEN_REASON} characters; got ${reason.length}.`);
  return em.transactional(async (trx) => {
    const { programme, partners } = await resolveTarget(trx, target);
    await lockProgrammeForChanges(trx, programme.id);
    const approvals = await trx.find(PeriodApproval, { programme, month: target.month, partner: { $in: partners } }, { populate: ['partner'] });
    if (approvals.length === 0) {
      throw new PeriodRequestError(
        `${target.month} is not approved for ${target.partnerCode ?? 'any partner'} in programme ${programme.code}: nothing to reopen.`,
      );
    }
    const reopened = approvals.map((approval) => approval.partner.getEntity().code).sort();
    recordAudit(trx, {
      actor: target.actor,
      action: 'period.reopen',
      programmeCode: programme.code,
      entityType: 'period',
      entityKey: target.month,
      details: {
        month: target.month,
        partners: reopened,
        reason,
        approved: approvals.map((approval) => ({ partner: approval.partner.getEntity().code, by: approval.approvedBy, at: approval.approvedAt.toISOString() })),
      },
    });
    for (const approval of approvals) trx.remove(approval);
    await trx.flush();
    return reopened;
  });
}

/** A programme's approvals, by month then partner. */
export async function listPeriodApprovals(em: EntityManager, programmeCode: string): Promise<PeriodApproval[]> {
  const programme = await em.findOne(Programme, { code: programmeCode });
  if (!programme) throw new PeriodRequestError(`There is no programme with the code ${JSON.stringify(programmeCode)}.`);
  const approvals = await em.find(PeriodApproval, { programme }, { populate: ['partner'] });
  return approvals.sort((a, b) => a.month.localeCompare(b.month) || a.partner.getEntity().code.localeCompare(b.partner.getEntity().code));
}
