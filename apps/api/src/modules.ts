import { composeModules, type ApiModule, type ComposedModules } from './core/module';
import { organizations } from './modules/organizations';
import { auth } from './modules/auth';
import { members } from './modules/members';
import { apiKeys } from './modules/api-keys';
import { funding } from './modules/funding';
import { programmes } from './modules/programmes';
import { participants } from './modules/participants';
import { enrolments } from './modules/enrolments';
import { messaging } from './modules/messaging';
import { catalogue } from './modules/catalogue';
import { applications } from './modules/applications';
import { mentors } from './modules/mentors';
import { openings } from './modules/openings';
import { referrals } from './modules/referrals';
import { activities } from './modules/activities';
import { outcomes } from './modules/outcomes';
import { tasks } from './modules/tasks';
import { announcements } from './modules/announcements';
import { documents } from './modules/documents';
import { meetings } from './modules/meetings';
import { comments } from './modules/comments';
import { search } from './modules/search';
import { notifications } from './modules/notifications';
import { surveys } from './modules/surveys';
import { kpis } from './modules/kpis';
import { reports } from './modules/reports';
import { privacy } from './modules/privacy';
import { citizens } from './modules/citizens';

/**
 * The composition root: every module, once, in dependency order (a module may import only those above it, through
 * their index; eslint.config.mjs reads this order). Core takes entities, resolvers, errors and the rest from here.
 */
export const MODULES = [
  organizations,
  auth,
  members,
  apiKeys,
  funding,
  programmes,
  participants,
  messaging,
  enrolments,
  catalogue,
  applications,
  mentors,
  openings,
  referrals,
  activities,
  outcomes,
  tasks,
  announcements,
  documents,
  meetings,
  comments,
  search,
  notifications,
  surveys,
  kpis,
  reports,
  privacy,
  citizens,
];

export const APP = composeModules(MODULES);

/** The app with modules declared elsewhere added after the list (a test's or an example's): the same composition. */
export function withModules(extra: readonly ApiModule[]): ComposedModules {
  return extra.length ? composeModules([...MODULES, ...extra]) : APP;
}
