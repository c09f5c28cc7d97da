import { AuditEvent } from '../audit/audit-event.entity';
import { Organization } from '../../modules/organizations/organization.entity';
import { OrganizationName } from '../../modules/organizations/organization-name.entity';
import { User } from '../../modules/auth/user.entity';
import { UserSession } from '../../modules/auth/session.entity';
import { Membership } from '../../modules/members/membership.entity';
import { Invitation } from '../../modules/members/invitation.entity';
import { FundingCategory, FundingProgramme } from '../../modules/funding/funding-programme.entity';
import { FundingStream, StreamMember } from '../../modules/funding/funding-stream.entity';
import { BudgetLine, Expenditure } from '../../modules/funding/budget-line.entity';
import { Initiative, Programme, ProgrammeCohost, StreamField } from '../../modules/programmes/programme.entity';
import { Instructor, LearningSession, Venue } from '../../modules/programmes/session.entity';
import { Consent, Participant, PersonalDataAccess } from '../../modules/participants/participant.entity';
import { Attendance, Certificate, Enrolment } from '../../modules/enrolments/enrolment.entity';

/** Every entity, listed once; the data source (app, tests, CLI) takes this list. */
export const ENTITIES = [
  AuditEvent, Organization, OrganizationName, User, UserSession, Membership, Invitation, FundingProgramme, FundingCategory, FundingStream, StreamMember, BudgetLine, Expenditure,
  Initiative, StreamField, Programme, ProgrammeCohost, Venue, Instructor, LearningSession,
  Participant, Consent, PersonalDataAccess, Enrolment, Attendance, Certificate,
];
