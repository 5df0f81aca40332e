import { ACTIVITY_KINDS, codeEnum, type ActivityKind as ContractActivityKind } from '@razem/contract';
import { registerEnumType } from 'type-graphql';

/** The contract's activity kinds (docs/interfaces.md §4). */
export const ActivityKind = codeEnum(ACTIVITY_KINDS);
export type ActivityKind = ContractActivityKind;

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What sort of activity this is (the ACTIVITY_KIND dimension).',
  valuesConfig: {
    WORKSHOP: { description: 'Warsztaty: social-competence workshops (MOPS).' },
    ANIMATION_CLASS: { description: 'Zajęcia animacyjne: sport, film, dance, art, photography (CISI).' },
    VOCATIONAL_COURSE: { description: 'Kurs zawodowy: vocational course ending in an exam (ZDZ).' },
    COMMUNITY_CENTRE: { description: 'Świetlica środowiskowa: community-centre activities and childcare.' },
    EVENT: { description: 'Wydarzenie: an event run as an activity.' },
  },
});
