import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { EMAIL_CHANNELS, NOTIFICATION_KINDS, type EmailChannel, type NotificationKind } from '@lalaland/shared';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';

export const NotificationKindEnum = graphqlEnum(NOTIFICATION_KINDS, 'NotificationKind', 'What a notification is about');
export const EmailChannelEnum = graphqlEnum(EMAIL_CHANNELS, 'EmailChannel', 'IMMEDIATE, DIGEST (08:00 Seoul), OFF');

/**
 * One thing one person is told, in both languages (the portal shows the reader's), with a link into the portal. Made
 * from a domain event after its commit (the outbox), once per (person, source): a redelivered event adds nothing.
 */
@ObjectType({ description: 'A notification of the signed-in person (the bell)' })
@Entity('notification')
@Index('notification_source_key', ['userId', 'sourceKey'], { unique: true })
@Index('notification_user_idx', ['userId', 'createdAt'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Field(() => ID, { nullable: true, description: 'The organization it concerns (the reader acts for it)' })
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Field(() => NotificationKindEnum)
  @Column({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 300 })
  titleKo!: string;

  @Column({ type: 'varchar', length: 300 })
  titleEn!: string;

  @Field(() => String, { description: 'A path of the portal (/tasks/…)' })
  @Column({ type: 'varchar', length: 300 })
  link!: string;

  /** What caused it (`task-assigned:<id>`): the idempotency key per person. */
  @Column({ type: 'varchar', length: 200 })
  sourceKey!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** Sent by e-mail (at once or in a digest). */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A person's e-mail choice for one kind (absent: the kind's default, DEFAULT_EMAIL_CHANNEL). */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: EMAIL_CHANNELS, enumName: 'email_channel' })
  email!: EmailChannel;
}

/** A person's next digest, scheduled once (the outbox delivers it at `dueAt`; the handler removes the row). */
@Entity('notification_digest')
export class NotificationDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;
}
