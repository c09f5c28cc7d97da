import type { Feature } from '../lib/feature';
import { auth } from '../modules/auth/feature';
import { organizations } from '../modules/organizations/feature';
import { funding } from '../modules/funding/feature';
import { learn } from '../modules/learn/feature';
import { catalogue } from '../modules/catalogue/feature';
import { mentors } from '../modules/mentors/feature';
import { openings } from '../modules/openings/feature';
import { referrals } from '../modules/referrals/feature';
import { activities } from '../modules/activities/feature';
import { outcomes } from '../modules/outcomes/feature';
import { tasks } from '../modules/tasks/feature';
import { documents } from '../modules/documents/feature';
import { announcements } from '../modules/announcements/feature';
import { meetings } from '../modules/meetings/feature';
import { comments } from '../modules/comments/feature';
import { search } from '../modules/search/feature';
import { notifications } from '../modules/notifications/feature';
import { surveys } from '../modules/surveys/feature';
import { kpis } from '../modules/kpis/feature';
import { reports } from '../modules/reports/feature';
import { apiKeys } from '../modules/api-keys/feature';
import { admin } from '../modules/admin/feature';
import { privacy } from '../modules/privacy/feature';
import { citizens } from '../modules/citizens/feature';

/** Every feature of the portal, once: the router, the menu and the translations are built from this list. */
export const FEATURES: readonly Feature[] = [
  auth,
  organizations,
  funding,
  learn,
  catalogue,
  mentors,
  openings,
  referrals,
  activities,
  outcomes,
  tasks,
  documents,
  announcements,
  meetings,
  comments,
  search,
  notifications,
  surveys,
  kpis,
  reports,
  apiKeys,
  privacy,
  citizens,
  admin,
];
