import type { Viewer } from '../../access/viewer.js';
import { suppressionPolicyFor } from '../analytics-policy.js';
import { PERTURBATION_PARAMETERS } from './cell-key.js';

/** How a viewer's analytics figures are published: what exports, the dashboard and `me` tell people. */
export interface Publication {
  /** True when figures (outside a PARTNER's own activities) are perturbed by the cell key method. */
  perturbed: boolean;
  /** The most a published count differs from the true one; null when exact. */
  maxAdjustment: number | null;
  variance: number | null;
  /** One sentence, Polish / English, for export metadata. */
  note: string;
}

/** The publication rule for a viewer (ADMIN and STEERING exact; EVALUATOR and PARTNER perturbed). */
export function publicationOf(viewer: Viewer | null | undefined): Publication {
  const policy = suppressionPolicyFor(viewer);
  if (!policy.suppress) {
    return { perturbed: false, maxAdjustment: null, variance: null, note: 'Wartości dokładne / Exact values.' };
  }
  const { maxAdjustment: d, variance } = PERTURBATION_PARAMETERS;
  const own = policy.ownPartnerCode ? ` (poza własnymi zajęciami partnera ${policy.ownPartnerCode} / except partner ${policy.ownPartnerCode}'s own activities)` : '';
  return {
    perturbed: true,
    maxAdjustment: d,
    variance,
    note:
      `Wartości zaburzone metodą klucza komórki${own}: liczby różnią się od prawdziwych o najwyżej ±${d}, sumy (godziny, sztuki) o najwyżej ${d} średnie wkłady, ` +
      `wskaźniki liczone z zaburzonych liczników i mianowników; sumy częściowe nie muszą dawać sumy ogólnej; "<K" obejmuje także 0. / ` +
      `Values perturbed by the cell key method${own}: counts differ from the true ones by at most ±${d}, sums (hours, items) by at most ${d} mean contributions, ` +
      `rates come from perturbed numerators and denominators; parts need not add up to totals; "<K" includes 0.`,
  };
}
