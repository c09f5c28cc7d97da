import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ArrayNotEmpty, IsArray, IsBoolean, IsDate, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { AppError, problem } from '../../core/errors/app-error';
import { Type } from 'class-transformer';
import { PROGRAMMES_FIELDS } from './programmes.errors';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Where and with whom a session takes place' })
export class SessionPlaceInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'isUrl' })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  instructorId?: string | null;
}

@InputType({
  description: 'A weekly series: on the given weekdays (1 = Monday … 7 = Sunday) from the first date, N times, at the same Seoul times.',
})
export class SessionSeriesInput extends SessionPlaceInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the first possible day' })
  @IsCalendarDate()
  firstDate!: string;

  @Field(() => [Int], { description: '1 = Monday … 7 = Sunday; at least one' })
  @IsArray()
  @ArrayNotEmpty()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @Field(() => Int, { description: 'How many sessions (1–200)' })
  @IsInt()
  @Min(1)
  @Max(200)
  count!: number;

  @Field(() => String, { description: 'HH:MM, Asia/Seoul' })
  @Matches(TIME, { message: 'matches' })
  startTime!: string;

  @Field(() => String, { description: 'HH:MM, Asia/Seoul' })
  @Matches(TIME, { message: 'matches' })
  endTime!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

@InputType({ description: 'One occurrence changed on its own' })
export class UpdateSessionInput extends SessionPlaceInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

/** A window of time: from (inclusive) to (exclusive), at most 62 days (assertWindow). */
@ArgsType()
export class WindowArgs {
  @Field(() => DateTimeScalar, { description: 'Start of the window (inclusive)' })
  @Type(() => Date)
  @IsDate()
  from!: Date;

  @Field(() => DateTimeScalar, { description: 'End of the window (exclusive); at most 62 days after from' })
  @Type(() => Date)
  @IsDate()
  to!: Date;
}

@ArgsType()
export class CalendarArgs extends WindowArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  streamId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only programmes the active organization hosts or co-hosts (the home of my work)',
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

/** A window of time asked for: from before to, at most 62 days. */
export function assertWindow(args: { from: Date; to: Date }): void {
  if (!(args.to > args.from) || args.to.getTime() - args.from.getTime() > 62 * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [problem('to', 'max', PROGRAMMES_FIELDS.toMax)],
    });
  }
}
