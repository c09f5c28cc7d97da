import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  TASK_PRIORITIES,
  TASK_RECORD_TYPES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskRecordType,
  type TaskStatus,
} from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';

export const TaskStatusEnum = graphqlEnum(TASK_STATUSES, 'TaskStatus', 'OPEN → IN_PROGRESS → DONE; CANCELLED');
export const TaskPriorityEnum = graphqlEnum(TASK_PRIORITIES, 'TaskPriority', 'LOW, NORMAL, HIGH, URGENT');
export const TaskRecordTypeEnum = graphqlEnum(TASK_RECORD_TYPES, 'TaskRecordType', 'The kind of record a task points at');

@ObjectType({ description: 'One line of a task’s checklist' })
export class ChecklistItem {
  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  done!: boolean;
}

/** Work one organization asks of another (or of itself): assigned to an organization, optionally to one of its people. */
@ObjectType({
  description:
    'A task across organizations: assigned to an organization (and maybe a person), due date, priority, status, checklist, a linked record.',
})
@Entity('task')
@Index('task_assignee_idx', ['assigneeOrganizationId', 'status', 'dueOn'])
@Index('task_owner_idx', ['organizationId', 'status', 'dueOn'])
@Index('task_stream_idx', ['streamId', 'status'])
@Check('task_record_check', '(record_type IS NULL) = (record_id IS NULL)')
/** Search (modules/search) matches titles with ILIKE over a trigram index, written in its migration. */
@Index('task_search_trgm', { synchronize: false })
export class Task extends BaseEntity {
  @Field(() => ID, { description: 'The organization that asked for it' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => ID, { description: 'The organization that does it' })
  @Column({ type: 'uuid' })
  assigneeOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_organization_id' })
  assigneeOrganization?: Organization;

  /** A person of the assignee organization (their name comes through `assignee`). */
  @Column({ type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The funding stream it belongs to (its lead sees it)' })
  @Column({ type: 'uuid', nullable: true })
  streamId!: string | null;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 4000, nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Asia/Seoul)' })
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Field(() => TaskPriorityEnum)
  @Column({ type: 'enum', enum: TASK_PRIORITIES, enumName: 'task_priority', default: 'NORMAL' })
  priority!: TaskPriority;

  @Field(() => TaskStatusEnum)
  @Column({ type: 'enum', enum: TASK_STATUSES, enumName: 'task_status', default: 'OPEN' })
  status!: TaskStatus;

  @Field(() => [ChecklistItem])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist!: ChecklistItem[];

  @Field(() => TaskRecordTypeEnum, { nullable: true })
  @Column({ type: 'enum', enum: TASK_RECORD_TYPES, enumName: 'task_record_type', nullable: true })
  recordType!: TaskRecordType | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  recordId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
