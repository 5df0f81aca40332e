import { pilotProgramme } from '@razem/seeds';
import { describe, expect, it } from 'vitest';
import { viewerFor } from '../../test-support/viewers.js';
import { assertMayImport } from './import-permission.js';
import { Role } from '../../access/viewer.js';

/**
 * Who may import which partner file kind (docs/interfaces.md §3, §6). The import mutation asks
 * assertMayImport with the partner that owns the kind; this pins the rule down for every kind.
 */
const kindOwners = pilotProgramme.fileLayouts.map((layout) => ({ kind: layout.kind, owner: layout.partner }));

describe('importing partner files', () => {
  it('knows the eight kinds of the contract and their owners', () => {
    expect(kindOwners.map(({ kind, owner }) => `${owner}:${kind}`).sort()).toEqual([
      'CISI:cisi-attendance',
      'CISI:cisi-support',
      'MOPS:mops-childcare',
      'MOPS:mops-register',
      'MOPS:mops-results',
      'MOPS:mops-workshops',
      'ZDZ:zdz-attendance',
      'ZDZ:zdz-exams',
    ]);
  });

  it.each(['MOPS', 'CISI', 'ZDZ'])('lets PARTNER %s import its own kinds and refuses every other partner\'s with FORBIDDEN', (partner) => {
    const viewer = viewerFor(Role.PARTNER, partner);
    for (const { kind, owner } of kindOwners) {
      if (owner === partner) expect(() => assertMayImport(viewer, owner), kind).not.toThrow();
      else {
        expect(() => assertMayImport(viewer, owner), kind).toThrowError(
          expect.objectContaining({ message: `Partner ${partner} may not import ${owner}'s files.`, extensions: { code: 'FORBIDDEN', partner: owner } }),
        );
      }
    }
  });

  it('lets ADMIN import every kind, and nobody else', () => {
    for (const { owner } of kindOwners) {
      expect(() => assertMayImport(viewerFor(Role.ADMIN), owner)).not.toThrow();
      for (const role of [Role.STEERING, Role.EVALUATOR]) {
        expect(() => assertMayImport(viewerFor(role), owner)).toThrowError(`The ${role} role may not import ${owner}'s files.`);
      }
      expect(() => assertMayImport(null, owner)).toThrowError(`An anonymous caller may not import ${owner}'s files.`);
    }
  });
});
