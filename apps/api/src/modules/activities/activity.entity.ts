import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ACTIVITY_KINDS, AGE_BANDS, type ActivityKind, type AgeBand } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { NUMERIC } from '../../core/database/numeric';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';
import { AgeBandEnum } from '../programmes';
import { Participant } from '../participants';

export const ActivityKindEnum = graphqlEnum(ACTIVITY_KINDS, 'ActivityKind', 'LEARNING_CLUB, COMMUNITY_PROJECT, VOLUNTEER_EVENT, CHALLENGE');

/** A citizens' activity, supported by an organization, possibly led by one of its participants (a club's leader). */
@ObjectType({ description: "Act: a citizens' activity (learning club, community project, volunteer event, multigenerational challenge)." })
@Entity('activity')
@Index('activity_org_idx', ['organizationId', 'startsOn'])
@Index('activity_stream_idx', ['streamId', 'startsOn'])
@Check('activity_dates_check', 'ends_on IS NULL OR ends_on >= starts_on')
@Check('activity_headcount_check', 'open_headcount >= 0')
export class Activity extends BaseEntity {
  @Field(() => ID, { description: 'The supporting organization' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => ID, { nullable: true, description: 'The funding stream it counts towards' })
  @Column({ type: 'uuid', nullable: true })
  streamId!: string | null;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream | null;

  @Field(() => ActivityKindEnum)
  @Column({ type: 'enum', enum: ACTIVITY_KINDS, enumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (open-ended for a club)' })
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  leaderParticipantId!: string | null;

  @ManyToOne(() => Participant, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'leader_participant_id' })
  leader?: Participant | null;

  @Field(() => Int, { description: 'People at an open event who were not registered (counted, not named)' })
  @Column({ type: 'int', default: 0 })
  openHeadcount!: number;
}

/** A registered participant in an activity: their age band snapshotted at joining, and the hours they gave. */
@ObjectType({ description: 'A participant in an activity, with the age band at joining and the hours given' })
@Entity('activity_participant')
@Index('activity_participant_person_idx', ['participantId'])
@Check('activity_participant_hours_check', 'hours >= 0 AND hours <= 10000')
export class ActivityParticipant {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Field(() => AgeBandEnum, { description: 'Age band when they joined' })
  @Column({ type: 'enum', enum: AGE_BANDS, enumName: 'age_band' })
  ageBand!: AgeBand;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 6, scale: 1, default: 0, transformer: NUMERIC })
  hours!: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
