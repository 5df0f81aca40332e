import type { GraphQLError } from 'graphql';
import { badUserInputError } from '../../access/auth-errors.js';
import type { Viewer } from '../../access/viewer.js';

/**
 * Which programmes a caller may see — the one place that decides it (docs/interfaces.md §10). Every
 * GraphQL operation naming a programme passes through the auth checker, which asks
 * `refusalOfProgrammeArguments`; the HTTP routes (exports, reports, uploads) ask `mayReadProgramme`;
 * lists filter with `visibleProgrammesWhere`.
 *
 * A programme the caller was not granted answers exactly like one that does not exist (same code, same
 * message): a scoped caller learns nothing about other partnerships, not even that they exist.
 */
export function mayReadProgramme(viewer: Viewer | null, programmeCode: string): boolean {
  if (!viewer) return false;
  return viewer.programmes === undefined || viewer.programmes.includes(programmeCode);
}

/** True for callers that see every programme (an ADMIN of the whole hub, the command-line tool). */
export function seesEveryProgramme(viewer: Viewer): boolean {
  return viewer.programmes === undefined;
}

/** The message of an unknown programme, as analytics, exports, reports and periods already word it. */
export function unknownProgrammeMessage(programmeCode: string): string {
  return `There is no programme with the code ${JSON.stringify(programmeCode)}.`;
}

/** The GraphQL answer to a programme that does not exist or is not the caller's: BAD_USER_INPUT on `programme`. */
export function unknownProgrammeError(programmeCode: string): GraphQLError {
  return badUserInputError(unknownProgrammeMessage(programmeCode), 'programme');
}

/** The HTTP answer to the same (400, naming the parameter), for the export, report and upload routes. */
export function unknownProgrammeAnswer(programmeCode: string): { code: 'BAD_REQUEST'; parameter: 'programme'; message: string } {
  return { code: 'BAD_REQUEST', parameter: 'programme', message: unknownProgrammeMessage(programmeCode) };
}

/**
 * The programme codes an operation's arguments name: `programme: String` at the top level or inside an
 * input object (e.g. `importPartnerFile(file: { programme … })`), and `programmes: [String!]` (a question
 * spanning several). Resolvers that take a programme name the argument so, and a new one is scoped
 * without further code.
 */
export function programmeArguments(args: Record<string, unknown>): string[] {
  const codes: string[] = [];
  for (const value of Object.values(args)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const nested = (value as Record<string, unknown>).programme;
    if (typeof nested === 'string') codes.push(nested);
  }
  if (typeof args.programme === 'string') codes.push(args.programme);
  if (Array.isArray(args.programmes)) codes.push(...args.programmes.filter((code): code is string => typeof code === 'string'));
  return codes;
}

/** The error for the first programme argument the viewer may not see, or null when it may see them all. */
export function refusalOfProgrammeArguments(viewer: Viewer, args: Record<string, unknown>): GraphQLError | null {
  const unseen = programmeArguments(args).find((code) => !mayReadProgramme(viewer, code));
  return unseen === undefined ? null : unknownProgrammeError(unseen);
}

/** A filter on an entity's programme (by code) to the viewer's programmes; {} for callers that see them all. */
export function visibleProgrammesWhere<Where extends object>(viewer: Viewer, codePath: (codes: string[]) => Where): Where | Record<string, never> {
  return viewer.programmes === undefined ? {} : codePath([...viewer.programmes]);
}
