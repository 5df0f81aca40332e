import { publicationOf } from '../../analytics/index.js';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role, type Viewer } from '../../access/viewer.js';

export enum ViewerKind {
  USER = 'USER',
  TOKEN = 'TOKEN',
  CLI = 'CLI',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'How the caller proved who they are.',
  valuesConfig: {
    USER: { description: 'A person signed in with e-mail and password (session cookie).' },
    TOKEN: { description: 'A script with an API token (Authorization: Bearer).' },
    CLI: { description: 'The hub command-line tool on the server itself.' },
  },
});

@ObjectType('Viewer', { description: 'The caller: who they are signed in as and what their role lets them see.' })
export class ViewerType {
  @Field(() => ViewerKind, { description: 'Signed in with a password, an API token, or the command-line tool.' })
  kind!: ViewerKind;

  @Field(() => Role, { description: 'What the caller may see and change.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The partner a PARTNER acts for (MOPS, CISI, ZDZ); null for other roles.' })
  partnerCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The account\'s e-mail address; null for tokens and the command-line tool.' })
  email!: string | null;

  @Field(() => String, { description: 'How the caller appears in the audit log: the e-mail, "token:<token name>" or "cli".' })
  label!: string;

  @Field(() => Date, { nullable: true, description: 'When the sign-in session ends; null for tokens.' })
  sessionExpiresAt!: Date | null;

  @Field(() => Int, {
    description: 'K of the suppression rule (SUPPRESSION_K): cells resting on fewer participants are shown as "< K" to suppressed roles.',
  })
  suppressionK!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'For EVALUATOR (and PARTNER outside its own activities): the most any published count may differ from the true one ' +
      '(cell key method; sums move by at most this many mean contributions). Null for roles that see exact values.',
  })
  perturbationMaxAdjustment!: number | null;

  @Field(() => Float, { description: 'The largest partner file POST /imports accepts, in bytes (HUB_MAX_UPLOAD_BYTES).' })
  maxUploadBytes!: number;

  /** The viewer these fields describe, for `programmes` (not a GraphQL field). */
  source!: Viewer;
}

@ObjectType('ViewerProgramme', { description: 'A programme the caller may see, and what the caller is in it (the dashboard\'s programme switcher).' })
export class ViewerProgrammeType {
  @Field(() => String, { description: 'The programme\'s code, e.g. RDR-PLOCK-2011.' })
  code!: string;

  @Field(() => String, { description: 'The programme\'s name.' })
  name!: string;

  @Field(() => Role, { description: 'The caller\'s role in this programme.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The partner a PARTNER acts for in this programme; null for other roles.' })
  partnerCode!: string | null;
}

/** The GraphQL view of a viewer, with the hub settings its pages need. */
export function toViewerType(viewer: Viewer, settings: { suppressionK: number; maxUploadBytes: number }): ViewerType {
  const kind = { user: ViewerKind.USER, token: ViewerKind.TOKEN, cli: ViewerKind.CLI }[viewer.kind];
  return {
    kind,
    role: viewer.role,
    partnerCode: viewer.partnerCode,
    email: viewer.kind === 'user' ? viewer.name : null,
    label: viewer.name,
    sessionExpiresAt: viewer.sessionExpiresAt ?? null,
    suppressionK: settings.suppressionK,
    perturbationMaxAdjustment: publicationOf(viewer).maxAdjustment,
    maxUploadBytes: settings.maxUploadBytes,
    source: viewer,
  };
}

@ObjectType({ description: 'A successful sign-in: the session cookie is set on the response.' })
export class LoginResult {
  @Field(() => ViewerType, { description: 'Who is now signed in.' })
  viewer!: ViewerType;

  @Field(() => Date, { description: 'When the session ends (12 hours after sign-in).' })
  expiresAt!: Date;
}
