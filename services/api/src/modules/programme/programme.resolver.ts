import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { Activity } from '../activity/activity.entity.js';
import { allowed } from '../../access/access-rules.js';
import { mayReadProgramme } from '../auth/programme-access.js';
import { activitiesByProgramme } from '../activity/activity.loader.js';
import { ProgrammeEvent } from '../event/programme-event.entity.js';
import { eventsByProgramme } from '../event/programme-event.loader.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { indicatorsByProgramme } from '../indicator/indicator.loader.js';
import { MediaMention } from '../media-mention/media-mention.entity.js';
import { mediaMentionsByProgramme } from '../media-mention/media-mention.loader.js';
import { Partner } from '../partner/partner.entity.js';
import { partnersByProgramme } from '../partner/partner.loader.js';
import { Site } from '../site/site.entity.js';
import { sitesByProgramme } from '../site/site.loader.js';
import { ProgrammeSupportKind } from '../support/support-kind.entity.js';
import { supportKindsByProgramme } from '../support/support-kind.loader.js';
import { Task } from '../task/task.entity.js';
import { tasksByProgramme } from '../task/task.loader.js';
import { Programme } from './programme.entity.js';
import { findProgrammeByCode, listProgrammes } from './programme.service.js';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'The programmes the caller is granted (every one for an ADMIN of the whole hub), by code.' })
  @Authorized(allowed('Query.programmes'))
  programmes(@Ctx() { em, viewer }: HubContext): Promise<Programme[]> {
    return listProgrammes(em, viewer!);
  }

  @Query(() => Programme, {
    nullable: true,
    description: 'One programme by its code, e.g. RDR-PLOCK-2011; null when there is none or the caller is not granted it.',
  })
  @Authorized(allowed('Query.programme'))
  async programme(@Arg('code', () => String) code: string, @Ctx() { em, viewer }: HubContext): Promise<Programme | null> {
    return mayReadProgramme(viewer, code) ? findProgrammeByCode(em, code) : null;
  }

  @FieldResolver(() => [Partner], { description: 'The partners, leader first by code order.' })
  partners(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<Partner[]> {
    return loaders.get(partnersByProgramme).load(programme.id);
  }

  @FieldResolver(() => [Task], { description: 'The programme\'s tasks (zadania).' })
  tasks(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<Task[]> {
    return loaders.get(tasksByProgramme).load(programme.id);
  }

  @FieldResolver(() => [Activity], { description: 'Every activity of every partner, by code.' })
  activities(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<Activity[]> {
    return loaders.get(activitiesByProgramme).load(programme.id);
  }

  @FieldResolver(() => [ProgrammeEvent], { description: 'Community events, by date.' })
  events(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<ProgrammeEvent[]> {
    return loaders.get(eventsByProgramme).load(programme.id);
  }

  @FieldResolver(() => [Site], { description: 'Redeveloped sites.' })
  sites(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<Site[]> {
    return loaders.get(sitesByProgramme).load(programme.id);
  }

  @FieldResolver(() => [MediaMention], { description: 'Media coverage.' })
  mediaMentions(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<MediaMention[]> {
    return loaders.get(mediaMentionsByProgramme).load(programme.id);
  }

  @FieldResolver(() => [ProgrammeSupportKind], { description: 'The kinds of material support the programme gives, in its definition\'s order.' })
  supportKinds(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<ProgrammeSupportKind[]> {
    return loaders.get(supportKindsByProgramme).load(programme.id);
  }

  @FieldResolver(() => [Indicator], { description: 'How each of the programme\'s indicators is defined, with its target.' })
  indicatorDefinitions(@Root() programme: Programme, @Ctx() { loaders }: HubContext): Promise<Indicator[]> {
    return loaders.get(indicatorsByProgramme).load(programme.id);
  }
}
