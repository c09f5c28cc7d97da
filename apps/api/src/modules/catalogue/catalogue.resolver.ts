import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Programme } from '../programmes';
import { ProgrammeOffer } from './offer.entity';
import { ProgrammeOfferInput } from './offer.dto';
import { OfferService } from './offer.service';

@Resolver(() => Programme)
export class ProgrammeOfferResolver {
  constructor(private readonly offers: OfferService) {}

  @ResolveField(() => ProgrammeOffer, { nullable: true, description: 'How the programme is offered to citizens (null: never set)' })
  @RequirePermission(Permission.ProgrammeRead)
  offer(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.offers.byProgramme(ctx).load(p.id);
  }
}

@Resolver(() => ProgrammeOffer)
export class OfferResolver {
  constructor(private readonly offers: OfferService) {}

  @Mutation(() => ProgrammeOffer, { description: 'The host sets how its programme is offered in the public catalogue (audited)' })
  @RequirePermission(Permission.ProgrammeWrite)
  saveProgrammeOffer(@Ctx() ctx: RequestContext, @Args('input') input: ProgrammeOfferInput) {
    return this.offers.save(ctx, input);
  }
}
