import { Role, type Viewer } from './viewer.js';

/**
 * Who may call each query and mutation: the one table behind every access decision.
 * - `PUBLIC`: anyone, signed in or not (only `login`: docs/interfaces.md §6).
 * - `SIGNED_IN`: any user or token, whatever the role (row scoping and suppression happen in the services).
 * - a list of roles: only those.
 *
 * Resolvers take their rule from here with `@Authorized(allowed('Query.x'))`; type-graphql's
 * authChecker enforces it; an operation missing from this table is refused at run time
 * (security/operation-guard.plugin.ts) and fails the role × operation matrix test.
 * Rules for operations other modules are still building are listed ahead of them.
 */
export const operationAccess = {
  'Query.me': 'SIGNED_IN',
  'Query.programmes': 'SIGNED_IN',
  'Query.programme': 'SIGNED_IN',
  'Query.aggregate': 'SIGNED_IN',
  'Query.indicators': 'SIGNED_IN',
  'Query.participants': [Role.ADMIN, Role.PARTNER],
  'Query.participant': [Role.ADMIN, Role.PARTNER],
  'Query.auditLog': [Role.ADMIN],
  /** Import batches: a PARTNER sees its own (the imports module scopes the rows). */
  // STEERING reads the data-quality view (counts, outcomes); report rows stay with ADMIN and the owner.
  'Query.imports': [Role.ADMIN, Role.STEERING, Role.PARTNER],
  'Mutation.login': 'PUBLIC',
  'Mutation.logout': 'SIGNED_IN',
  'Mutation.importPartnerFile': [Role.ADMIN, Role.PARTNER],
  /** A PARTNER withdraws only its own batches (the corrections module checks the batch's partner). */
  'Mutation.withdrawImport': [Role.ADMIN, Role.PARTNER],
  /** GDPR art. 15: ADMIN and the register's keeper (the leading partner; the service checks which). */
  'Query.participantReport': [Role.ADMIN, Role.PARTNER],
  /** Which months are approved is no one's personal data: everyone signed in sees it (the dashboard marks them). */
  'Query.periodApprovals': 'SIGNED_IN',
  /** The submissions calendar (the data-quality view): like Query.imports, a PARTNER sees its own row. */
  'Query.submissions': [Role.ADMIN, Role.STEERING, Role.PARTNER],
  'Mutation.approvePeriod': [Role.ADMIN, Role.STEERING],
  'Mutation.reopenPeriod': [Role.ADMIN, Role.STEERING],
  /** Who sees which programme: ADMIN (an ADMIN of some programmes only for those; programme-access.ts). */
  'Mutation.grantProgramme': [Role.ADMIN],
  'Mutation.revokeProgramme': [Role.ADMIN],
} as const satisfies Record<string, Access>;

export type Access = 'PUBLIC' | 'SIGNED_IN' | readonly Role[];
export type OperationName = keyof typeof operationAccess;

/** The rule for `Type.field`, or undefined when the table has none. */
export function accessRuleFor(operation: string): Access | undefined {
  return (operationAccess as Record<string, Access>)[operation];
}

/**
 * The roles to hand to `@Authorized(...)` for an operation: [] means "any signed-in caller"
 * (type-graphql's convention). PUBLIC operations take no `@Authorized` at all.
 */
export function allowed(operation: OperationName): Role[] {
  const rule: Access = operationAccess[operation];
  if (rule === 'PUBLIC') throw new Error(`${operation} is PUBLIC: it takes no @Authorized decorator.`);
  return rule === 'SIGNED_IN' ? [] : [...rule];
}

/** Whether `viewer` (null: anonymous) may call the operation under the table's rule. */
export function mayCall(viewer: Viewer | null, operation: string): boolean {
  const rule = accessRuleFor(operation);
  if (rule === undefined) return false;
  if (rule === 'PUBLIC') return true;
  if (!viewer) return false;
  return rule === 'SIGNED_IN' || rule.includes(viewer.role);
}
