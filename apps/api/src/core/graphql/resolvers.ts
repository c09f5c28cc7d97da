import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { OrganizationResolver } from '../../modules/organizations/organization.resolver';
import { MembershipResolver, OrganizationMembersResolver } from '../../modules/members/members.resolver';
import { BudgetLineResolver, ExpenditureResolver, FundingCategoryResolver, FundingStreamResolver, OrganizationTotalsResolver, StreamMemberResolver } from '../../modules/funding/funding.resolver';
import { InitiativeResolver, InstructorResolver, ProgrammeResolver, SessionResolver } from '../../modules/programmes/programmes.resolver';
import { VenueBookingResolver, VenueResolver } from '../../modules/programmes/venue.resolver';
import { ParticipantResolver } from '../../modules/participants/participants.resolver';
import { EnrolmentResolver, ParticipantEnrolmentResolver, ProgrammeEnrolmentResolver } from '../../modules/enrolments/enrolments.resolver';

/** Every resolver class, for emitting the schema without a database. A test checks this matches the running app. */
export const RESOLVERS = [
  AuditResolver, AuthResolver, OrganizationResolver, MembershipResolver, OrganizationMembersResolver, FundingStreamResolver, FundingCategoryResolver, StreamMemberResolver, OrganizationTotalsResolver, BudgetLineResolver, ExpenditureResolver,
  ProgrammeResolver, InitiativeResolver, SessionResolver, VenueResolver, VenueBookingResolver, InstructorResolver, ParticipantResolver, EnrolmentResolver, ProgrammeEnrolmentResolver, ParticipantEnrolmentResolver,
];
