import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MEETING_KINDS, type MeetingKind } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';

export const MeetingKindEnum = graphqlEnum(MEETING_KINDS, 'MeetingKind', 'COUNCIL (협의회), WORKING_GROUP, OTHER');

@ObjectType({ description: 'One item of a meeting’s agenda' })
export class AgendaItem {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who presents it' })
  presenter!: string | null;
}

/** A meeting of a stream's organizations (the council 협의회, a working group): agenda, invitees, minutes, decisions. */
@ObjectType({ description: 'A meeting of a stream’s organizations: agenda, invited organizations, minutes and decisions' })
@Entity('meeting')
@Index('meeting_stream_idx', ['streamId', 'startsAt'])
@Check('meeting_time_check', 'ends_at > starts_at')
/** Search (modules/search) matches titles with ILIKE over a trigram index, written in its migration. */
@Index('meeting_search_trgm', { synchronize: false })
export class Meeting extends BaseEntity {
  @Field(() => ID, { description: 'The organization that convenes it' })
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

  @Field(() => MeetingKindEnum)
  @Column({ type: 'enum', enum: MEETING_KINDS, enumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'A room, an address, or an online link' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Field(() => [AgendaItem])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  agenda!: AgendaItem[];

  @Field(() => String, { nullable: true, description: 'Markdown, written by the convener after the meeting' })
  @Column({ type: 'varchar', length: 50000, nullable: true })
  minutes!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  cancelled!: boolean;
}

/** An organization invited to a meeting: whether it attends, and who represents it. */
@ObjectType({ description: 'An invited organization, its answer and its representatives' })
@Entity('meeting_invitee')
export class MeetingInvitee {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => Boolean, { nullable: true, description: 'null: not answered' })
  @Column({ type: 'boolean', nullable: true })
  attending!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Names and positions of who will come' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  representatives!: string | null;
}

/** A decision taken at a meeting; it may become a task in one step. */
@ObjectType({ description: 'A decision of a meeting (and the task it became)' })
@Entity('meeting_decision')
@Index('meeting_decision_meeting_idx', ['meetingId'])
export class MeetingDecision extends BaseEntity {
  @Column({ type: 'uuid' })
  meetingId!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;
}
