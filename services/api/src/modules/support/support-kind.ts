import { codeEnum, SUPPORT_KINDS, type SupportKind as ContractSupportKind } from '@razem/contract';
import { registerEnumType } from 'type-graphql';

/** CISI's `rodzaj` codes, kept as they are: they are also the SUPPORT_KIND dimension's codes. */
export const SupportKind = codeEnum(SUPPORT_KINDS);
export type SupportKind = ContractSupportKind;

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
