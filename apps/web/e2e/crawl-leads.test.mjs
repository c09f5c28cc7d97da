// The crawl over every route (crawl.mjs) as the platform admin and the lead's admin (with CRAWL=all: two district admins too).
import { describe } from 'node:test';
import { LOGINS, crawlAs } from './crawl.mjs';

describe('every route × lead and admin logins × desktop and phone', () => crawlAs(LOGINS.leads));
