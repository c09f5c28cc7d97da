import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
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
  @Field(() => ID, { description: "The organization that booked it (the programme's host)" })
  bookedById!: string;
  @Field(() => String, { nullable: true, description: "The programme, when the caller may see it; null for another organization's draft" })
  programmeTitle!: string | null;
  @Field(() => Boolean, { description: 'The session was cancelled (kept for history; it no longer holds the room)' })
  cancelled!: boolean;
}
