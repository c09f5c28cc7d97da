import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@lalaland/shared';
import type { PersonalField } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { CachedRead } from '../../core/graphql/response-cache';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { PageArgs } from '../../core/graphql/pagination';
import { fieldsAt, pathOf } from '../../core/graphql/look-ahead';
import { Consent, Participant, ParticipantPersonal } from './participant.entity';
import {
  GiveConsentInput,
  MergeParticipantsInput,
  ParticipantMatch,
  ParticipantMatchInput,
  ParticipantPage,
  ParticipantsArgs,
  PersonalDataAccessPage,
  RegisterParticipantInput,
  UpdateParticipantInput,
} from './participants.dto';
import { ParticipantDetailsService } from './participant-details.service';
import { ParticipantService } from './participant.service';
import { ConsentService } from './consent.service';

const FIELD_OF: Record<string, PersonalField> = {
  name: 'NAME',
  phone: 'PHONE',
  birthYear: 'BIRTH_YEAR',
  gender: 'GENDER',
  districtCode: 'DISTRICT',
};

/** The personal fields a query selects under `personal` (what the access log names). */
export function selectedPersonalFields(info: GraphQLResolveInfo): PersonalField[] {
  return [...fieldsAt(info, [])].flatMap((name) => (FIELD_OF[name] ? [FIELD_OF[name]] : []));
}

@Resolver(() => Participant)
export class ParticipantResolver {
  constructor(
    private readonly participantService: ParticipantService,
    private readonly records: ParticipantDetailsService,
    private readonly consentService: ConsentService,
  ) {}

  @Query(() => ParticipantPage, { description: "The active organization's participants (search: name, phone or pseudonymous key)" })
  @CachedRead()
  @RequirePermission(Permission.ParticipantManage)
  participants(@Ctx() ctx: RequestContext, @Args() args: ParticipantsArgs) {
    return this.participantService.list(ctx, args);
  }

  @Query(() => Participant)
  @RequirePermission(Permission.ParticipantManage)
  participant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.participantService.own(ctx, id);
  }

  @Query(() => PersonalDataAccessPage, { description: "Who read a participant's personal data (the holding organization's admins)" })
  @RequirePermission(Permission.AuditRead)
  participantAccessLog(
    @Ctx() ctx: RequestContext,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args() page: PageArgs,
  ) {
    return this.participantService.accessLog(ctx, participantId, page);
  }

  @Mutation(() => Participant, { description: 'Registers a citizen on their behalf; consent is required and stored with them' })
  @RequirePermission(Permission.ParticipantManage)
  registerParticipant(@Ctx() ctx: RequestContext, @Args('input') input: RegisterParticipantInput) {
    return this.participantService.register(ctx, input);
  }

  @Query(() => [ParticipantMatch], {
    description:
      "The active organization's records that may be this person (same phone, or same name; same birth year first): search before registering",
  })
  @RequirePermission(Permission.ParticipantManage)
  participantMatches(@Ctx() ctx: RequestContext, @Args('input') input: ParticipantMatchInput) {
    return this.records.matches(ctx, input);
  }

  @Mutation(() => Participant, { description: 'Corrects personal details (within the consent in force); audited by field name' })
  @RequirePermission(Permission.ParticipantManage)
  updateParticipant(@Ctx() ctx: RequestContext, @Args('input') input: UpdateParticipantInput) {
    return this.records.update(ctx, input);
  }

  @Mutation(() => Participant, {
    description:
      'Folds a duplicate record of one person into the one kept (enrolments, attendance, certificates, consents and access log move); the duplicate is deleted',
  })
  @RequirePermission(Permission.ParticipantManage)
  mergeParticipants(@Ctx() ctx: RequestContext, @Args('input') input: MergeParticipantsInput) {
    return this.records.merge(ctx, input);
  }

  @Mutation(() => Consent)
  @RequirePermission(Permission.ParticipantManage)
  giveConsent(@Ctx() ctx: RequestContext, @Args('input') input: GiveConsentInput) {
    return this.consentService.give(ctx, input);
  }

  @Mutation(() => Consent, { description: 'Withdrawal hides the personal fields everywhere from then on' })
  @RequirePermission(Permission.ParticipantManage)
  withdrawConsent(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.consentService.withdraw(ctx, id);
  }

  @ResolveField(() => ParticipantPersonal, {
    nullable: true,
    description: 'Personal fields as consent and role allow (null otherwise); every read is logged',
  })
  @RequirePermission(Permission.ProgrammeRead)
  personal(@Ctx() ctx: RequestContext, @Parent() p: Participant, @Info() info: GraphQLResolveInfo) {
    return this.participantService.personal(ctx, p, selectedPersonalFields(info), `graphql:${pathOf(info)}`);
  }

  @ResolveField(() => Boolean, { description: 'The active organization holds this participant' })
  @RequirePermission(Permission.ProgrammeRead)
  async heldByMe(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return !!(await this.participantService.granted(ctx, p.id))?.held;
  }

  @ResolveField(() => [Consent], { nullable: true, description: 'Consent records (the holding organization only)' })
  @RequirePermission(Permission.ProgrammeRead)
  consents(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.consentService.ofParticipant(ctx, p.id);
  }
}
