import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FileLayout, ProgrammeDefinition } from '@razem/seeds';
import { Activity } from '../activity/activity.entity.js';
import { ActivityKind } from '../../codes/activity-kind.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { ProgrammeEvent } from '../event/programme-event.entity.js';
import { PartnerFileLayout } from '../imports/partner-file-layout.entity.js';
import { IndicatorDirection, IndicatorUnit } from '../../codes/indicator-codes.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MediaMention } from '../media-mention/media-mention.entity.js';
import { Partner, PartnerRole } from '../partner/partner.entity.js';
import { Site } from '../site/site.entity.js';
import { SupportKindActivity } from '../support/support-kind-activity.entity.js';
import { SUPPORT_KIND_CODE, type SupportKind } from '../../codes/support-kind.js';
import { ProgrammeSupportKind } from '../support/support-kind.entity.js';
import { Task } from '../task/task.entity.js';
import { Programme } from './programme.entity.js';

export interface StructureLoadSummary {
  programme: string;
  created: number;
  updated: number;
  unchanged: number;
}

type Counter = { created: number; updated: number; unchanged: number };

/** Entities compare by id; JSON compares regardless of key order (jsonb does not keep it). */
function sameValue(current: unknown, next: unknown): boolean {
  if (current && next && typeof current === 'object' && typeof next === 'object' && 'id' in current && 'id' in next) {
    return current.id === next.id;
  }
  return isDeepStrictEqual(current ?? null, next ?? null);
}

/** Finds the row by its natural key and creates it, or assigns the definition's values when they differ. */
async function upsertByCode<T extends object>(
  em: EntityManager,
  counter: Counter,
  entity: new () => T,
  where: Record<string, unknown>,
  values: Partial<T>,
): Promise<T> {
  const existing = (await em.findOne(entity as never, where as never)) as T | null;
  if (!existing) {
    const created = em.create(entity as never, { ...where, ...values } as never) as T;
    counter.created += 1;
    return created;
  }
  const changed = Object.entries(values).some(
    ([key, value]) => !sameValue((existing as Record<string, unknown>)[key], value),
  );
  if (changed) {
    em.assign(existing, values as never);
    counter.updated += 1;
  } else {
    counter.unchanged += 1;
  }
  return existing;
}

/**
 * Loads a programme's structure (partners, tasks, activities, support kinds, file layouts, events, sites,
 * media, indicators) by natural keys in one transaction: running it twice changes nothing the second time.
 */
export async function loadProgrammeStructure(options: {
  em: EntityManager;
  definition: ProgrammeDefinition;
  actor: string;
  /** false: the caller writes the one audit entry (applying a definition file records its hash and removals too). */
  audit?: boolean;
}): Promise<StructureLoadSummary> {
  const { definition } = options;
  const counter: Counter = { created: 0, updated: 0, unchanged: 0 };
  await options.em.transactional(async (em) => {
    const programme = await upsertByCode(em, counter, Programme, { code: definition.code }, {
      name: definition.name,
      description: definition.description,
      startDate: definition.startDate,
      endDate: definition.endDate,
      targetParticipants: definition.targetParticipants,
      submissionDueDay: definition.submissionDueDay ?? 10,
      syntheticParticipants: definition.syntheticParticipants,
      participantCodePattern: definition.participantCode.pattern,
      participantCodeDescription: definition.participantCode.description,
    });
    await em.flush();

    const partners = new Map<string, Partner>();
    for (const partner of definition.partners) {
      partners.set(
        partner.code,
        await upsertByCode(em, counter, Partner, { programme, code: partner.code }, {
          name: partner.name,
          shortName: partner.shortName,
          role: partner.role as PartnerRole,
        }),
      );
    }
    await em.flush();

    const tasks = new Map<string, Task>();
    for (const task of definition.tasks) {
      tasks.set(
        task.code,
        await upsertByCode(em, counter, Task, { programme, code: task.code }, {
          name: task.name,
          partner: em.getReference(Partner, requireKnown(partners, task.partner, 'partner', task.code).id) as never,
        }),
      );
    }
    await em.flush();

    const activities = new Map<string, Activity>();
    for (const activity of definition.activities) {
      activities.set(activity.code, await upsertByCode(em, counter, Activity, { programme, code: activity.code }, {
        fileCode: activity.fileCode,
        name: activity.name,
        kind: activity.kind as ActivityKind,
        venue: activity.venue,
        organiser: activity.organiser,
        partner: em.getReference(Partner, requireKnown(partners, activity.partner, 'partner', activity.code).id) as never,
        task: em.getReference(Task, requireKnown(tasks, activity.task, 'task', activity.code).id) as never,
      }));
    }
    await em.flush();
    for (const supportKind of definition.supportKinds) {
      const kind = supportKind.code as SupportKind;
      const activity = requireKnown(activities, supportKind.activity, 'activity', `supportKinds.${supportKind.code}`);
      const mapping = await em.findOne(SupportKindActivity, { programme, kind });
      if (!mapping) em.create(SupportKindActivity, { programme, kind, activity });
      else if (mapping.activity.id !== activity.id) mapping.activity = em.getReference(Activity, activity.id, { wrapped: true });
    }
    for (const [position, kind] of definition.supportKinds.entries()) {
      if (!SUPPORT_KIND_CODE.test(kind.code)) {
        throw new Error(`Programme definition: supportKinds[${position}].code ${JSON.stringify(kind.code)} must be capital letters, digits and _ (at most 60).`);
      }
      await upsertByCode(em, counter, ProgrammeSupportKind, { programme, code: kind.code }, {
        namePl: kind.name.pl,
        nameEn: kind.name.en,
        position,
      });
    }
    for (const [position, layout] of definition.fileLayouts.entries()) {
      if (layout.activity !== undefined) requireKnown(activities, layout.activity, 'activity', `fileLayouts.${layout.kind}`);
      await upsertByCode(em, counter, PartnerFileLayout, { programme, kind: layout.kind }, {
        partner: em.getReference(Partner, requireKnown(partners, layout.partner, 'partner', `fileLayouts.${layout.kind}`).id) as never,
        record: layout.record,
        // As stored: a re-load compares equal whatever undefined keys the definition carries.
        layout: JSON.parse(JSON.stringify(layout)) as FileLayout,
        position,
      });
    }
    for (const event of definition.events) {
      await upsertByCode(em, counter, ProgrammeEvent, { programme, code: event.code }, {
        name: event.name,
        date: event.date,
        venue: event.venue,
        description: event.description,
        audience: event.audience,
        audienceIllustrative: event.audienceIllustrative,
      });
    }
    for (const site of definition.sites) {
      await upsertByCode(em, counter, Site, { programme, code: site.code }, {
        name: site.name,
        description: site.description,
        redevelopedOn: site.redevelopedOn,
      });
    }
    for (const mention of definition.mediaMentions) {
      await upsertByCode(em, counter, MediaMention, { programme, code: mention.code }, {
        outlet: mention.outlet,
        title: mention.title,
        publishedOn: mention.publishedOn,
      });
    }
    for (const [position, indicator] of definition.indicators.entries()) {
      await upsertByCode(em, counter, Indicator, { programme, code: indicator.code }, {
        name: indicator.name,
        description: indicator.description,
        numerator: indicator.numerator,
        denominator: indicator.denominator ?? null,
        target: indicator.target,
        targetIllustrative: indicator.targetIllustrative,
        direction: (indicator.direction ?? 'AT_LEAST') as IndicatorDirection,
        plan: indicator.plan ?? null,
        unit: indicator.unit as IndicatorUnit,
        position,
      });
    }
    if (options.audit !== false && counter.created + counter.updated > 0) {
      em.create(AuditEntry, {
        actor: options.actor,
        action: 'programme.structure.load',
        programmeCode: definition.code,
        entityType: 'programme',
        entityKey: definition.code,
        details: { created: counter.created, updated: counter.updated },
      });
    }
    await em.flush();
  });
  return { programme: definition.code, ...counter };
}

function requireKnown<T>(map: Map<string, T>, code: string, what: string, owner: string): T {
  const value = map.get(code);
  if (!value) throw new Error(`Programme definition: ${owner} names ${what} ${code}, which the definition does not declare.`);
  return value;
}
