import type { HubContext } from '../../graphql/context.js';
import type { AnalyticsAnswerCache } from '../answer-cache.js';
import type { LeanAggregateRowsContext } from './lean-aggregate-rows.js';

/** What analytics' resolvers get for one GraphQL request: the hub's context and what analytics adds to it. */
export interface AnalyticsContext extends HubContext, LeanAggregateRowsContext {
  /** Finished analytics answers shared by every request of this hub (keyed by the data version). */
  analyticsCache: AnalyticsAnswerCache;
}
