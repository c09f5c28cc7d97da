import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageOf } from '../../core/graphql/pagination';
import { Venue } from './venue.entity';

export const VenuePage = PageOf(Venue, 'VenuePage');

@InputType()
export class VenueInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number | null;
}

@ObjectType({ description: "A booking of one of the caller's venues: what the venue's owner sees of another organization's session." })
export class VenueBooking {
  @Field(() => ID)
  sessionId!: string;
  @Field(() => DateTimeScalar)
  startsAt!: Date;
  @Field(() => DateTimeScalar)
  endsAt!: Date;
  @Field(() => ID, { description: 'The programme that booked it (to release all its bookings at once)' })
  programmeId!: string;
  @Field(() => ID, { description: "The organization that booked it (the programme's host)" })
  bookedById!: string;
  @Field(() => String, { nullable: true, description: "The programme, when the caller may see it; null for another organization's draft" })
  programmeTitle!: string | null;
  @Field(() => Boolean, { description: 'The session was cancelled (kept for history; it no longer holds the room)' })
  cancelled!: boolean;
}

@InputType({
  description: "Bookings of one of the caller's venues to release at once: a programme's, those in a date range (Seoul days), or both",
})
export class ReleaseBookingsInput {
  @Field(() => ID)
  @IsUUID()
  venueId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => String, { description: 'Told to the organization that booked them' })
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
