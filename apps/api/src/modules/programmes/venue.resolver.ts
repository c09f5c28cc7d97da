import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { PageArgs } from '../../core/graphql/pagination';
import { Organization, OrganizationService } from '../organizations';
import { Venue, VenueRelease } from './venue.entity';
import { WindowArgs } from './programme-session.dto';
import { ReleaseBookingsInput, VenueBooking, VenueInput, VenuePage } from './venue.dto';
import { VenueService } from './venue.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Venue)
export class VenueResolver {
  constructor(
    private readonly venueService: VenueService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Query(() => VenuePage, { description: "Learning centres and rooms (any organization's, to book a partner's)" })
  @RequirePermission(Permission.ProgrammeRead)
  venues(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ) {
    return this.venueService.list(ctx, organizationId, page);
  }

  @Query(() => Venue, { description: "One venue (any organization's: venues are bookable by every member)" })
  @RequirePermission(Permission.ProgrammeRead)
  venue(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.venueService.get(ctx, id);
  }

  @Mutation(() => Venue, { description: 'A venue of the active organization' })
  @RequirePermission(Permission.ProgrammeWrite)
  createVenue(@Ctx() ctx: RequestContext, @Args('input') input: VenueInput) {
    return this.venueService.create(ctx, input);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ProgrammeRead)
  organization(@Ctx() ctx: RequestContext, @Parent() v: Venue) {
    return this.organizationService.byId(ctx).load(v.organizationId);
  }

  @ResolveField(() => [VenueBooking], {
    nullable: true,
    description: "Every booking in a window (at most 62 days): for the venue's own organization only, null for others",
  })
  @RequirePermission(Permission.ProgrammeRead)
  bookings(@Ctx() ctx: RequestContext, @Parent() v: Venue, @Args() args: WindowArgs) {
    return this.venueService.bookings(ctx, v, args);
  }

  @Mutation(() => Boolean, {
    description: "The venue's owner releases a booking of it: the session keeps its time and loses the venue (audited for the booker)",
  })
  @RequirePermission(Permission.ProgrammeWrite)
  releaseVenueBooking(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @TextArg('reason', 500, { allowBlank: true }) reason: string,
  ) {
    return this.venueService.releaseBooking(ctx, sessionId, reason);
  }

  @Mutation(() => Int, {
    description:
      "The venue's owner releases many bookings at once (a programme's, a date range's): how many sessions lost the venue; each programme may not book it again until allowed",
  })
  @RequirePermission(Permission.ProgrammeWrite)
  releaseVenueBookings(@Ctx() ctx: RequestContext, @Args('input') input: ReleaseBookingsInput) {
    return this.venueService.releaseBookings(ctx, input);
  }

  @Mutation(() => Boolean, { description: "The venue's owner lets a programme whose bookings it released book the venue again" })
  @RequirePermission(Permission.ProgrammeWrite)
  allowVenueBooking(
    @Ctx() ctx: RequestContext,
    @Args('venueId', { type: () => ID }) venueId: string,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ) {
    return this.venueService.allowBooking(ctx, venueId, programmeId);
  }

  @ResolveField(() => [VenueRelease], {
    nullable: true,
    description: "Programmes whose bookings the owner released (the venue's own organization only, null for others)",
  })
  @RequirePermission(Permission.ProgrammeRead)
  releases(@Ctx() ctx: RequestContext, @Parent() v: Venue) {
    return this.venueService.releases(ctx, v);
  }
}

@Resolver(() => VenueBooking)
export class VenueBookingResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @ResolveField(() => Organization, { description: 'The organization that booked it' })
  @RequirePermission(Permission.ProgrammeRead)
  bookedBy(@Ctx() ctx: RequestContext, @Parent() b: VenueBooking) {
    return this.organizationService.byId(ctx).load(b.bookedById);
  }
}
