import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { allowed } from '../../access/access-rules.js';
import { clearedSessionCookie, sessionCookie } from './cookies.js';
import { logIn } from './login.service.js';
import { revokeSession, SESSION_TTL_MS } from './session.service.js';
import { listProgrammes } from '../programme/programme.service.js';
import { LoginResult, toViewerType, ViewerProgrammeType, ViewerType } from './viewer.type.js';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who is calling: role, partner and how they signed in.' })
  @Authorized(allowed('Query.me'))
  me(@Ctx() { viewer, config }: HubContext): ViewerType | null {
    return viewer ? toViewerType(viewer, config) : null;
  }

  @Mutation(() => LoginResult, {
    description:
      'Signs in with e-mail and password and sets an HttpOnly session cookie. Failed attempts are throttled per account and per address (error code TOO_MANY_ATTEMPTS).',
  })
  async login(
    @Arg('email', () => String, { description: 'The account\'s e-mail address (case does not matter).' }) email: string,
    @Arg('password', () => String, { description: 'The account\'s password.' }) password: string,
    @Ctx() context: HubContext,
  ): Promise<LoginResult> {
    const outcome = await logIn(context.em, {
      email,
      password,
      ip: context.client.ip,
      previousSessionId: context.viewer?.sessionId,
    });
    context.responseCookies.push(
      sessionCookie(outcome.sessionSecret, { maxAgeSeconds: SESSION_TTL_MS / 1000, secure: context.client.secure }),
    );
    return { viewer: toViewerType(outcome.viewer, context.config), expiresAt: outcome.expiresAt };
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current sign-in session and clears its cookie. True when a session was ended; false for API tokens (revoke those with `hub token revoke`).',
  })
  @Authorized(allowed('Mutation.logout'))
  async logout(@Ctx() context: HubContext): Promise<boolean> {
    context.responseCookies.push(clearedSessionCookie({ secure: context.client.secure }));
    if (!context.viewer?.sessionId) return false;
    await revokeSession(context.em, context.viewer.sessionId);
    return true;
  }
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @FieldResolver(() => [ViewerProgrammeType], {
    description: 'The programmes the caller may see, by code, with its role (and partner) in each: every programme for an ADMIN of the whole hub.',
  })
  async programmes(@Root() viewer: ViewerType, @Ctx() { em }: HubContext): Promise<ViewerProgrammeType[]> {
    const programmes = await listProgrammes(em, viewer.source);
    return programmes.map((programme) => ({ code: programme.code, name: programme.name, role: viewer.source.role, partnerCode: viewer.source.partnerCode }));
  }
}
