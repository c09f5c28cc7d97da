import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Permission, type EmailChannel, type NotificationKind } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { RequestContextFactory } from '../../core/context/context-factory';
import { stillSignedIn, type LivePubSub } from '../../core/live/still-signed-in';
import { Organization, OrganizationService } from '../organizations';
import { EmailChannelEnum, Notification, NotificationKindEnum } from './notification.entity';
import { NotificationPage, NotificationPreferenceView, NotificationsArgs } from './notifications.dto';
import { NotificationService, notificationTopic } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly organizations: OrganizationService,
    private readonly contexts: RequestContextFactory,
  ) {}

  @Query(() => NotificationPage, { description: 'My notifications, newest first' })
  @RequirePermission(Permission.Self)
  notifications(@Ctx() ctx: RequestContext, @Args() args: NotificationsArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Int, { description: 'My unread notifications (counted up to 100)' })
  @RequirePermission(Permission.Self)
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return this.service.unreadCount(ctx);
  }

  @Query(() => [NotificationPreferenceView], { description: 'My e-mail choice for each kind of notification' })
  @RequirePermission(Permission.Self)
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return this.service.preferences(ctx);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read (these, or all when ids is not given); answers the unread count' })
  @RequirePermission(Permission.Self)
  markNotificationsRead(@Ctx() ctx: RequestContext, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null) {
    return this.service.markRead(ctx, ids ? ids.slice(0, 100) : null);
  }

  @Mutation(() => [NotificationPreferenceView])
  @RequirePermission(Permission.Self)
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('email', { type: () => EmailChannelEnum }) email: EmailChannel,
  ) {
    return this.service.setPreference(ctx, kind, email);
  }

  /** Live over WebSocket (graphql-ws): my new notifications, from whichever replica made them. */
  @Subscription(() => Notification, {
    description: 'My notifications as they are made (graphql-ws over /graphql); it ends when the session does',
  })
  @RequirePermission(Permission.Self)
  async *notificationAdded(@Ctx() ctx: RequestContext, @Context('pubsub') pubsub: LivePubSub): AsyncGenerator<unknown> {
    for await (const message of await pubsub.subscribe(notificationTopic(ctx.userId!))) {
      if (!(await stillSignedIn(this.contexts, ctx))) return;
      yield message;
    }
  }

  @ResolveField(() => String, { description: 'In the reader’s language' })
  @RequirePermission(Permission.Self)
  title(@Ctx() ctx: RequestContext, @Parent() n: Notification) {
    return ctx.lang === 'en' ? n.titleEn : n.titleKo;
  }

  @ResolveField(() => Organization, { nullable: true })
  @RequirePermission(Permission.Self)
  organization(@Ctx() ctx: RequestContext, @Parent() n: Notification) {
    return n.organizationId ? this.organizations.byId(ctx).load(n.organizationId) : null;
  }
}
