import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ATTENDANCE_STATUSES, ENROLMENT_STATUSES } from '@lalaland/shared';
import type { AttendanceStatus, EnrolmentStatus } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { ProgrammeSession } from '../programmes';
import { AttendanceStatusEnum, Enrolment, EnrolmentStatusEnum } from './enrolment.entity';

export const EnrolmentPage = PageOf(Enrolment, 'EnrolmentPage');

@ArgsType()
export class RosterArgs extends PageArgs {
  @Field(() => [EnrolmentStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(ENROLMENT_STATUSES, { each: true })
  status?: EnrolmentStatus[] | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID()
  enrolmentId!: string;

  @Field(() => AttendanceStatusEnum)
  @IsIn(ATTENDANCE_STATUSES)
  status!: AttendanceStatus;

  @Field(() => Int, { nullable: true, description: 'Minutes to count; default: the session length when present or late, 0 otherwise' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  minutes?: number | null;
}

@InputType({ description: 'The whole roster of one session, saved at once' })
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => [AttendanceEntryInput])
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@ObjectType({ description: 'Enrolments per status in a programme' })
export class EnrolmentCounts {
  @Field(() => Int, { nullable: true })
  applied!: number | null;
  @Field(() => Int, { nullable: true })
  enrolled!: number | null;
  @Field(() => Int, { nullable: true })
  waitlisted!: number | null;
  @Field(() => Int, { nullable: true })
  completed!: number | null;
  @Field(() => Int, { nullable: true })
  dropped!: number | null;
  @Field(() => Int, { nullable: true })
  noShow!: number | null;
  @Field(() => Int, { nullable: true, description: 'Still enrolled when the programme closed, below the completion rule (미수료)' })
  notCompleted!: number | null;
}

@ObjectType({ description: 'Attendance so far of one enrolment' })
export class AttendanceSummary {
  @Field(() => Int, { description: 'Sessions attended (present or late)' })
  attended!: number;
  @Field(() => Int, { description: 'Sessions held so far (ended, or with attendance taken)' })
  held!: number;
  @Field(() => Float, { description: 'Hours counted' })
  hours!: number;
  @Field(() => Float, { description: 'attended / held in percent' })
  rate!: number;
}

@ObjectType({ description: 'One line of a session roster: the enrolment and its mark, if taken' })
export class AttendanceRow {
  @Field(() => Enrolment)
  enrolment!: Enrolment;
  @Field(() => AttendanceStatusEnum, { nullable: true })
  status!: AttendanceStatus | null;
  @Field(() => Int, { nullable: true })
  minutes!: number | null;
  @Field(() => Boolean, { description: 'The learner checked in with the QR code (staff have not changed the mark since)' })
  selfCheckedIn!: boolean;
}

@ObjectType({ description: 'The attendance screen of a session: everyone on the roster and their marks' })
export class AttendanceSheet {
  @Field(() => ProgrammeSession)
  session!: ProgrammeSession;
  @Field(() => [AttendanceRow])
  rows!: AttendanceRow[];
}
