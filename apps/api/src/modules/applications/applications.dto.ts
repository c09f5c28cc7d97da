import { Field, ObjectType } from '@nestjs/graphql';
import { Application } from './application.entity';

@ObjectType({ description: 'An online application as the host sees it: the participant by pseudonymous key, the enrolment it became' })
export class StaffApplication extends Application {
  @Field(() => String)
  participantKey!: string;

  @Field(() => String, { nullable: true, description: 'The enrolment status (ENROLLED, WAITLISTED…) once placed' })
  enrolmentStatus!: string | null;
}
