import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import type { EmailChannel, NotificationKind } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { EmailChannelEnum, Notification, NotificationKindEnum } from './notification.entity';

export const NotificationPage = PageOf(Notification, 'NotificationPage');

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ObjectType({ description: 'How the signed-in person gets e-mail of one kind' })
export class NotificationPreferenceView {
  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => EmailChannelEnum)
  email!: EmailChannel;
}
