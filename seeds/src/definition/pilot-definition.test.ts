import { describe, expect, it } from 'vitest';
import { pilotProgrammeAsTypeScript } from '../test-support/pilot-programme-typescript.js';
import { pilotProgramme } from '../pilot/pilot-programme.js';
import { shippedProgrammes } from './definition-file.js';

describe('the pilot as a definition file', () => {
  it('loads to exactly the object the TypeScript definition produced', () => {
    expect(pilotProgramme).toStrictEqual(pilotProgrammeAsTypeScript);
  });

  it('is shipped: shippedProgrammes() lists it with its file hash', () => {
    const pilot = shippedProgrammes().find((loaded) => loaded.definition.code === 'RDR-PLOCK-2011');
    expect(pilot?.file).toMatch(/seeds\/programmes\/RDR-PLOCK-2011\.yaml$/);
    expect(pilot?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pilot?.definition).toStrictEqual(pilotProgramme);
  });
});
