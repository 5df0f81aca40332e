import { Role, type Viewer } from '../access/viewer.js';

/** How a viewer's answers are protected (docs/interfaces.md §4 Suppression, §6 Roles). */
export interface SuppressionPolicy {
  role: Role;
  /** Whether small cells are hidden at all. */
  suppress: boolean;
  /** A PARTNER's own partner code: cells resting only on its activities stay exact. */
  ownPartnerCode: string | null;
}

/**
 * ADMIN and STEERING see exact values; EVALUATOR sees suppressed ones; a PARTNER sees its own
 * activities exactly and everything else suppressed. A null viewer (anonymous) never reaches the
 * analytics resolvers — the auth checker refuses it — but a service call without one is treated as
 * the most restricted role, EVALUATOR, so that a forgotten viewer can only hide data, never leak it.
 */
export function suppressionPolicyFor(viewer: Viewer | null | undefined): SuppressionPolicy {
  const role = viewer?.role ?? Role.EVALUATOR;
  switch (role) {
    case Role.ADMIN:
    case Role.STEERING:
      return { role, suppress: false, ownPartnerCode: null };
    case Role.PARTNER:
      // A partner without a partner code owns nothing: everything is suppressed for it.
      return { role, suppress: true, ownPartnerCode: viewer?.partnerCode ?? '' };
    default:
      return { role: Role.EVALUATOR, suppress: true, ownPartnerCode: null };
  }
}
