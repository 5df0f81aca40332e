import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildHubSchema } from '../app/schema.js';

/**
 * No field anywhere may expose a PESEL, its hash, or a name (docs/interfaces.md §6). This walks every
 * type, field, argument and input field of the schema the code builds; a new field that could
 * carry such data fails it, whoever adds it.
 */

/** Never acceptable anywhere: PESEL and hashes of it, personal names (Polish and English), the birth date (the PESEL's first six digits). */
const FORBIDDEN_EVERYWHERE: { pattern: RegExp; why: string }[] = [
  { pattern: /pesel/i, why: 'PESEL' },
  { pattern: /hash/i, why: 'a hash (the PESEL is stored only as an HMAC)' },
  { pattern: /nazwisk|imi[eę]|imiona/i, why: 'a Polish personal name column' },
  { pattern: /(first|last|given|family|full|sur|middle|maiden|birth)_?name/i, why: 'a personal name' },
  { pattern: /birth_?date|date_?of_?birth|dob$|^dob/i, why: 'the birth date (the first six digits of the PESEL)' },
  { pattern: /national_?id|personal_?(id|number)|ssn/i, why: 'a national identity number' },
];

/** Types that describe one person and their records: not even a bare `name`, nor free-form JSON. */
function personTypes(schema: GraphQLSchema): Set<string> {
  const participant = schema.getType('Participant');
  if (!participant || !isObjectType(participant)) return new Set();
  const types = new Set(['Participant']);
  for (const field of Object.values(participant.getFields())) {
    const type = getNamedType(field.type);
    // Its records (attendance, exams, support, childcare, results); not the shared structure they point to.
    if (isObjectType(type) && Object.values(type.getFields()).every((inner) => inner.name !== 'code')) types.add(type.name);
  }
  return types;
}

function problems(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const people = personTypes(schema);
  const check = (where: string, name: string, owner: string) => {
    for (const { pattern, why } of FORBIDDEN_EVERYWHERE) {
      if (pattern.test(name)) found.push(`${where} looks like ${why}`);
    }
    if (people.has(owner) && /name|label/i.test(name)) found.push(`${where}: a person's record must carry no name of any kind`);
  };
  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (type.name.startsWith('__')) continue;
    check(`type ${type.name}`, type.name, '');
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.name, type.name);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, '');
        const fieldType = getNamedType(field.type);
        if (people.has(type.name) && isScalarType(fieldType) && /json/i.test(fieldType.name)) {
          found.push(`${type.name}.${field.name}: free-form JSON on a person's record could carry anything`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.name, '');
    }
  }
  return found;
}

describe('personal data in the schema', () => {
  it('no type, field or argument could expose a PESEL, its hash, a name or a birth date', async () => {
    const schema = await buildHubSchema();
    expect(personTypes(schema)).toEqual(
      new Set(['Participant', 'Attendance', 'ExamResult', 'SupportItem', 'Childcare', 'ParticipantResult']),
    );
    expect(problems(schema)).toEqual([]);
  });

  it('catches such a field when one appears (the walk is not vacuous)', async () => {
    const { buildSchema } = await import('graphql');
    const bad = buildSchema(`
      type Participant { code: String! peselHash: String! attendance: [Attendance!]! }
      type Attendance { status: String! displayName: String }
      type Query { participant(nazwisko: String): Participant people: [Person!]! }
      type Person { firstName: String birthDate: String }
    `);
    expect(problems(bad)).toEqual([
      'Participant.peselHash looks like PESEL',
      'Participant.peselHash looks like a hash (the PESEL is stored only as an HMAC)',
      'Attendance.displayName: a person\'s record must carry no name of any kind',
      'Query.participant(nazwisko) looks like a Polish personal name column',
      'Person.firstName looks like a personal name',
      'Person.birthDate looks like the birth date (the first six digits of the PESEL)',
    ]);
  });
});
