import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  STEERING = 'STEERING',
  PARTNER = 'PARTNER',
  EVALUATOR = 'EVALUATOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may see and change (docs/interfaces.md §6).',
  valuesConfig: {
    ADMIN: { description: 'Everything.' },
    STEERING: { description: 'All aggregates, exact; no participant-level rows; changes nothing.' },
    PARTNER: { description: 'One partner: its own participants\' rows and files; other partners\' cells suppressed.' },
    EVALUATOR: { description: 'Aggregates and exports only, suppressed.' },
  },
});

/** Who is calling: a signed-in user, an API token, or the command-line tool (acting as ADMIN). */
export interface Viewer {
  kind: 'user' | 'token' | 'cli';
  role: Role;
  /** The partner a PARTNER viewer acts for (in each of its programmes); null for every other role. */
  partnerCode: string | null;
  /**
   * The codes of the programmes granted to the user or token; absent for an ADMIN of the whole hub and
   * the command-line tool (every programme). Only programme-access.ts reads it.
   */
  programmes?: readonly string[];
  /** For the audit log and import provenance: e-mail, token name or "cli". */
  name: string;
  userId?: number;
  tokenId?: number;
  /** Server-side session id when signed in with the cookie (for logout). */
  sessionId?: string;
  /** When the cookie session ends. */
  sessionExpiresAt?: Date;
}

/** The viewer of `hub` commands run on the server itself. */
export const cliViewer: Viewer = { kind: 'cli', role: Role.ADMIN, partnerCode: null, name: 'cli' };
