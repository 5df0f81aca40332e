import { Args, ArgsType, Authorized, Ctx, Field, Int, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { allowed } from '../../access/access-rules.js';
import { badUserInputError } from '../../access/auth-errors.js';
import { changeProgrammeGrant, GrantRequestError } from './programme-grants.service.js';

@ArgsType()
class ProgrammeGrantArgs {
  @Field(() => String, { description: 'Programme code.' })
  programme!: string;

  @Field(() => String, { nullable: true, description: 'The user\'s e-mail (give this or `tokenId`).' })
  email?: string | null;

  @Field(() => Int, { nullable: true, description: 'The API token\'s id, as `hub token list` shows it (give this or `email`).' })
  tokenId?: number | null;
}

async function change(context: HubContext, kind: 'grant' | 'revoke', args: ProgrammeGrantArgs): Promise<string[]> {
  try {
    return await changeProgrammeGrant(context.em, { change: kind, programmeCode: args.programme, email: args.email, tokenId: args.tokenId, viewer: context.viewer! });
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
  grantProgramme(@Args(() => ProgrammeGrantArgs) args: ProgrammeGrantArgs, @Ctx() context: HubContext): Promise<string[]> {
    return change(context, 'grant', args);
  }

  @Authorized(allowed('Mutation.revokeProgramme'))
  @Mutation(() => [String], {
    description:
      'Takes a programme away from a user or an API token: from its next request it is answered as if the programme did not ' +
      'exist. Revoking what is not granted changes nothing. Audited. Returns the account\'s programmes you may see.',
  })
  revokeProgramme(@Args(() => ProgrammeGrantArgs) args: ProgrammeGrantArgs, @Ctx() context: HubContext): Promise<string[]> {
    return change(context, 'revoke', args);
  }
}
