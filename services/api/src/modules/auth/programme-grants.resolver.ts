import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { allowed } from './access-rules.js';
import { badUserInputError } from './auth-errors.js';
import { changeProgrammeGrant, GrantRequestError } from './programme-grants.service.js';

const ACCOUNT_ARGUMENTS = {
  email: { nullable: true, description: 'The user\'s e-mail (give this or `tokenId`).' },
  tokenId: { nullable: true, description: 'The API token\'s id, as `hub token list` shows it (give this or `email`).' },
} as const;

async function asUserInput(work: Promise<string[]>): Promise<string[]> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof GrantRequestError) throw badUserInputError(error.message);
    throw error;
  }
}

/** ADMIN grants and revokes programmes of users and tokens; an ADMIN of some programmes only those. */
@Resolver()
export class ProgrammeGrantsResolver {
  @Authorized(allowed('Mutation.grantProgramme'))
  @Mutation(() => [String], {
    description:
      'Grants a user or an API token one more programme (its role, and a PARTNER\'s partner, hold there too; a PARTNER only ' +
      'programmes of its partner). Granting again changes nothing. Audited. Returns the account\'s programmes you may see.',
  })
  grantProgramme(
    @Arg('programme', () => String, { description: 'Programme code.' }) programme: string,
    @Arg('email', () => String, ACCOUNT_ARGUMENTS.email) email: string | null,
    @Arg('tokenId', () => Int, ACCOUNT_ARGUMENTS.tokenId) tokenId: number | null,
    @Ctx() context: HubContext,
  ): Promise<string[]> {
    return asUserInput(changeProgrammeGrant(context.em, { change: 'grant', programmeCode: programme, email, tokenId, viewer: context.viewer! }));
  }

  @Authorized(allowed('Mutation.revokeProgramme'))
  @Mutation(() => [String], {
    description:
      'Takes a programme away from a user or an API token: from its next request it is answered as if the programme did not ' +
      'exist. Revoking what is not granted changes nothing. Audited. Returns the account\'s programmes you may see.',
  })
  revokeProgramme(
    @Arg('programme', () => String, { description: 'Programme code.' }) programme: string,
    @Arg('email', () => String, ACCOUNT_ARGUMENTS.email) email: string | null,
    @Arg('tokenId', () => Int, ACCOUNT_ARGUMENTS.tokenId) tokenId: number | null,
    @Ctx() context: HubContext,
  ): Promise<string[]> {
    return asUserInput(changeProgrammeGrant(context.em, { change: 'revoke', programmeCode: programme, email, tokenId, viewer: context.viewer! }));
  }
}
