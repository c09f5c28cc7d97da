import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MembershipRole, Pillar } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { MembershipRoleEnum } from '../auth';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';
import { PillarEnum } from '../programmes';

/**
 * A notice from one organization to the members of a stream (all of them, or chosen organizations, or chosen roles):
 * Markdown text (rendered without raw HTML), attachments through documents, pinned on top until a date; who has read
 * it is kept per person, so the sender sees which organizations have not.
 */
@ObjectType({ description: 'An announcement to a stream’s members (or chosen organizations or roles)' })
@Entity('announcement')
@Index('announcement_stream_idx', ['streamId', 'createdAt'])
/** Search (modules/search) matches titles with ILIKE over a trigram index, written in its migration. */
@Index('announcement_search_trgm', { synchronize: false })
export class Announcement extends BaseEntity {
  @Field(() => ID, { description: 'The organization that posted it' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => [ID], { description: 'Only these member organizations (empty: every member of the stream)' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  audienceOrganizationIds!: string[];

  @Field(() => [PillarEnum], { description: 'Only organizations running programmes of these pillars in the stream (empty: all)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiencePillars!: Pillar[];

  @Field(() => [MembershipRoleEnum], { description: 'Only people in these roles (empty: everyone)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audienceRoles!: MembershipRole[];

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { description: 'Markdown; the portal renders it without raw HTML' })
  @Column({ type: 'varchar', length: 20000 })
  body!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: on top of the list until this day (Asia/Seoul)' })
  @Column({ type: 'date', nullable: true })
  pinnedUntil!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** One person read an announcement (first opening), acting for an organization. */
@Entity('announcement_receipt')
@Index('announcement_receipt_org_idx', ['announcementId', 'organizationId'])
export class AnnouncementReceipt {
  @PrimaryColumn({ type: 'uuid' })
  announcementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  readAt!: Date;
}

@ObjectType({ description: 'Who of one audience organization has read an announcement (the sender sees it)' })
export class AnnouncementReach {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Number, { description: 'People of the organization it is for' })
  audience!: number;

  @Field(() => Number, { description: 'Of them, who have read it' })
  read!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The first reading' })
  firstReadAt!: Date | null;
}
