/**
 * Okabe & Ito's palette: eight colours told apart with every common colour-vision deficiency
 * (black left out: it reads as text). Sequential data uses viridis, likewise safe.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'] as const;

/**
 * A stable colour per partner of a programme, by its place in the programme's partner list (the leader
 * first), so a partner is the same colour on every chart of its programme.
 */
export function partnerColours(partnerCodes: readonly string[]): Record<string, string> {
  return Object.fromEntries(partnerCodes.map((code, index) => [code, colourFor(index)]));
}

export function colourFor(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}
