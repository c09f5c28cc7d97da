import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  TASK_PRIORITIES,
  TASK_RECORD_TYPES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskRecordType,
  type TaskStatus,
} from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Task, TaskPriorityEnum, TaskRecordTypeEnum, TaskStatusEnum } from './task.entity';

export const TaskPage = PageOf(Task, 'TaskPage');

@InputType()
export class ChecklistItemInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  text!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean | null;
}

@InputType({ description: 'A new task (no id) or changes to one the organization asked for' })
export class TaskInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ID, { description: 'The organization that does it: the own one, or one of the same stream' })
  @IsUUID()
  assigneeOrganizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A member of that organization' })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The stream it belongs to (required to assign another organization)' })
  @IsOptional()
  @IsUUID()
  streamId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @Field(() => TaskPriorityEnum, { nullable: true, description: 'NORMAL when not given' })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority | null;

  @Field(() => [ChecklistItemInput], { nullable: true, description: 'Up to 30 lines' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  checklist?: ChecklistItemInput[] | null;

  @Field(() => TaskRecordTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(TASK_RECORD_TYPES)
  recordType?: TaskRecordType | null;

  @Field(() => ID, { nullable: true, description: 'A record of that type the organization sees' })
  @IsOptional()
  @IsUUID()
  recordId?: string | null;
}

@ArgsType()
export class TasksArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ASSIGNED (to my organization, the default), ASKED (by it), STREAM (a stream I lead: every organization’s)',
  })
  @IsOptional()
  @IsIn(['ASSIGNED', 'ASKED', 'STREAM'])
  view?: 'ASSIGNED' | 'ASKED' | 'STREAM' | null;

  @Field(() => [TaskStatusEnum], { nullable: true, description: 'Open and in progress when not given' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(TASK_STATUSES, { each: true })
  statuses?: TaskStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those past their due date (Asia/Seoul) and not done' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to me (the signed-in person)' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => TaskRecordTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(TASK_RECORD_TYPES)
  recordType?: TaskRecordType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  recordId?: string | null;
}

@ObjectType({ description: 'A stream’s open tasks by assigned organization' })
export class TaskTally {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  done!: number;
}
