import { registerEnumType } from 'type-graphql';

/** CISI's `rodzaj` codes, kept as they are: they are also the SUPPORT_KIND dimension's codes. */
export enum SupportKind {
  SPRZET_SPORTOWY = 'SPRZET_SPORTOWY',
  BADANIE_LEKARSKIE = 'BADANIE_LEKARSKIE',
  STROJ = 'STROJ',
  OBUWIE = 'OBUWIE',
  APARAT_FOTOGRAFICZNY = 'APARAT_FOTOGRAFICZNY',
}

registerEnumType(SupportKind, {
  name: 'SupportKind',
  description: 'Kind of material support given to a participant.',
  valuesConfig: {
    SPRZET_SPORTOWY: { description: 'Sports equipment (gloves, protectors).' },
    BADANIE_LEKARSKIE: { description: 'Medical examination.' },
    STROJ: { description: 'Outfit.' },
    OBUWIE: { description: 'Sports shoes.' },
    APARAT_FOTOGRAFICZNY: { description: 'Camera.' },
  },
});
