import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { Counter } from 'prom-client';
import { suppressionPolicyFor } from '../analytics/index.js';
import type { HubContext } from '../graphql/context.js';
import { actorOf, recordAuditNow } from '../modules/audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { metricsRegistry } from '../observability/metrics.js';
import { RESTRICTED_ANALYTICS_LIMITS } from '../config/query-limits.js';
import { fragmentsOf } from '../graphql/operation-fields.js';

const ANALYTICS_FIELDS = new Set(['aggregate', 'indicators']);

export const restrictedAnalyticsQuestions = new Counter({
  name: 'razem_hub_restricted_analytics_questions_total',
  help: 'aggregate and indicators questions (GraphQL fields, export files) asked by restricted roles (EVALUATOR, PARTNER), by role.',
  labelNames: ['role'] as const,
  registers: [metricsRegistry],
});

export const unusualAnalyticsVolume = new Counter({
  name: 'razem_hub_analytics_unusual_volume_total',
  help: `Restricted callers who asked more than ${RESTRICTED_ANALYTICS_LIMITS.unusualQuestionsPerHour} analytics questions in one clock hour (each also an audit entry analytics.unusual-volume), by role.`,
  labelNames: ['role'] as const,
  registers: [metricsRegistry],
});

/** How many analytics fields a selection asks for, aliases and fragments included (each use counts). */
export function countAnalyticsFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += ANALYTICS_FIELDS.has(selection.name.value) ? 1 : 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countAnalyticsFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      if (fragment) count += countAnalyticsFields(fragment.selectionSet, fragments, new Set([...seen, selection.name.value]));
    }
  }
  return count;
}

/**
 * Counts restricted callers' questions per clock hour, in this process. Crossing the threshold is
 * reported once per caller and hour: an audit entry (who, role, how many) and a metric, for ADMIN to see.
 */
export class RestrictedQuestionVolume {
  private readonly windows = new Map<string, { hour: number; questions: number; reported: boolean }>();

  constructor(private readonly threshold: number = RESTRICTED_ANALYTICS_LIMITS.unusualQuestionsPerHour) {}

  /** Notes `questions` more questions by `viewer`; nothing for ADMIN and STEERING. */
  async note(em: EntityManager, viewer: Viewer | null, questions: number, now = Date.now()): Promise<void> {
    const policy = suppressionPolicyFor(viewer);
    if (!policy.suppress || questions <= 0) return;
    restrictedAnalyticsQuestions.inc({ role: policy.role }, questions);
    const actor = actorOf(viewer);
    const hour = Math.floor(now / 3_600_000);
    let window = this.windows.get(actor);
    if (!window || window.hour !== hour) {
      // Old hours are dropped as callers come back: the map holds at most one entry per restricted caller.
      window = { hour, questions: 0, reported: false };
      this.windows.set(actor, window);
    }
    window.questions += questions;
    if (window.questions > this.threshold && !window.reported) {
      window.reported = true;
      unusualAnalyticsVolume.inc({ role: policy.role });
      await recordAuditNow(em, {
        actor,
        action: 'analytics.unusual-volume',
        details: { role: policy.role, questions: window.questions, threshold: this.threshold, hourStartedAt: new Date(hour * 3_600_000).toISOString() },
      });
    }
  }
}

/**
 * Restricted roles ask at most RESTRICTED_ANALYTICS_LIMITS.maxFieldsPerRequest analytics fields per
 * request (BAD_USER_INPUT beyond), and their question volume is tracked (RestrictedQuestionVolume).
 */
export function restrictedQuestionsPlugin(volume: RestrictedQuestionVolume): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || operation.operation !== 'query') return;
          const policy = suppressionPolicyFor(contextValue.viewer);
          if (!contextValue.viewer || !policy.suppress) return;
          const fragments = fragmentsOf(document);
          const fields = countAnalyticsFields(operation.selectionSet, fragments);
          const limit = RESTRICTED_ANALYTICS_LIMITS.maxFieldsPerRequest;
          if (fields > limit) {
            throw new GraphQLError(
              `A ${policy.role} request may ask at most ${limit} aggregate/indicators fields; this one asks ${fields}. Split it into several requests.`,
              { extensions: { code: 'BAD_USER_INPUT', limit, fields } },
            );
          }
          await volume.note(contextValue.em, contextValue.viewer, fields);
        },
      };
    },
  };
}
