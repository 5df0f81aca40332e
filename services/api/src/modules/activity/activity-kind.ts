import { registerEnumType } from 'type-graphql';

export enum ActivityKind {
  WORKSHOP = 'WORKSHOP',
  ANIMATION_CLASS = 'ANIMATION_CLASS',
  VOCATIONAL_COURSE = 'VOCATIONAL_COURSE',
  COMMUNITY_CENTRE = 'COMMUNITY_CENTRE',
  EVENT = 'EVENT',
}

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
