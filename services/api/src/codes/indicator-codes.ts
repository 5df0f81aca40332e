import { registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  COUNT = 'COUNT',
  RATE = 'RATE',
  HOURS = 'HOURS',
}
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', description: 'How an indicator\'s value reads.' });

export enum IndicatorDirection {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
}
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Whether the target is a floor to reach (AT_LEAST, most indicators) or a ceiling to stay under (AT_MOST, e.g. a dropout rate).',
});
