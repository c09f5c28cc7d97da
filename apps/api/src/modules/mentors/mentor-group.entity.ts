import { Field, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organization } from '../organizations';
import { Mentor } from './mentor.entity';

/** A mentor group with a coordinator (Nam-gu's 봉사단 is one): members, roster, hours. Held by one organization. */
@ObjectType({ description: 'A mentor group (e.g. a volunteer team) with a coordinator; its hours are its members’ verified hours.' })
@Entity('mentor_group')
@Index('mentor_group_org_name_key', ['organizationId', 'name'], { unique: true })
export class MentorGroup extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  coordinatorId!: string | null;

  @ManyToOne(() => Mentor, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coordinator_id' })
  coordinator?: Mentor | null;
}

@Entity('mentor_group_member')
@Index('mentor_group_member_mentor_idx', ['mentorId'])
export class MentorGroupMember {
  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => MentorGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: MentorGroup;

  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => Mentor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Mentor;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
