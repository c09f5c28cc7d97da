import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Announcement, AnnouncementReach } from './announcement.entity';
import { AnnouncementInput, AnnouncementPage, AnnouncementsArgs } from './announcements.dto';
import { AnnouncementService } from './announcement.service';

@Resolver(() => Announcement)
export class AnnouncementResolver {
  constructor(
    private readonly service: AnnouncementService,
    private readonly organizations: OrganizationService,
  ) {}

  @Query(() => AnnouncementPage, {
    description: 'Announcements for my organization and role (and those it posted): pinned first, then the newest',
  })
  @RequirePermission(Permission.CoordinationRead)
  announcements(@Ctx() ctx: RequestContext, @Args() args: AnnouncementsArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Announcement)
  @RequirePermission(Permission.CoordinationRead)
  announcement(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => Announcement, { description: 'Posts an announcement to a stream the organization is in; the people it is for are told' })
  @RequirePermission(Permission.CoordinationWrite)
  publishAnnouncement(@Ctx() ctx: RequestContext, @Args('input') input: AnnouncementInput) {
    return this.service.publish(ctx, input);
  }

  @Mutation(() => Announcement, { description: 'I have read it (a receipt the sender sees)' })
  @RequirePermission(Permission.CoordinationRead)
  markAnnouncementRead(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.markRead(ctx, id);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.CoordinationRead)
  organization(@Ctx() ctx: RequestContext, @Parent() a: Announcement) {
    return this.organizations.byId(ctx).load(a.organizationId);
  }

  @ResolveField(() => Boolean)
  @RequirePermission(Permission.CoordinationRead)
  readByMe(@Ctx() ctx: RequestContext, @Parent() a: Announcement) {
    return this.service.readByMe(ctx).load(a.id);
  }

  @ResolveField(() => Boolean, { description: 'My organization posted it' })
  @RequirePermission(Permission.CoordinationRead)
  async sentByMe(@Ctx() ctx: RequestContext, @Parent() a: Announcement) {
    return !!(await this.service.granted(ctx, a.id))?.sent;
  }

  @ResolveField(() => [AnnouncementReach], { nullable: true, description: 'Who has read it, per organization it is for (the sender only)' })
  @RequirePermission(Permission.CoordinationRead)
  async reach(@Ctx() ctx: RequestContext, @Parent() a: Announcement) {
    const rows = await this.service.reach(ctx, a);
    if (!rows) return null;
    const orgs = await this.organizations.byId(ctx).loadMany(rows.map((r) => r.organizationId));
    return rows.map((r, i) => ({ ...r, organization: orgs[i] }));
  }
}
