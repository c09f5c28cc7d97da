import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Application } from './application.entity';

@ObjectType({ description: 'An online application as the host sees it: the participant by pseudonymous key, the enrolment it became' })
export class StaffApplication extends Application {
  @Field(() => String)
  participantKey!: string;

  @Field(() => String, { nullable: true, description: 'The enrolment status (ENROLLED, WAITLISTED…) once placed' })
  enrolmentStatus!: string | null;
}

@ObjectType({ description: "A programme's recent online applications, for the home of the staff who run it" })
export class ApplicationsSummary {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'Applications counted in the last 7 days' })
  newThisWeek!: number;

  @Field(() => Int, { description: 'Waiting for the draw or the review' })
  pending!: number;
}
