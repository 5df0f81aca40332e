/**
 * Okabe & Ito's palette: eight colours told apart with every common colour-vision deficiency
 * (black left out: it reads as text). Sequential data uses viridis, likewise safe.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

/** A stable colour per partner, so MOPS is the same blue on every chart. */
export const PARTNER_COLOURS: Record<string, string> = { MOPS: '#0072B2', CISI: '#E69F00', ZDZ: '#009E73' };

export function colourFor(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}
