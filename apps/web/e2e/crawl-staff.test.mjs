// The crawl over every route (crawl.mjs) as a district's staff and the ministry's viewer (with CRAWL=all: two more staff).
import { describe } from 'node:test';
import { LOGINS, crawlAs } from './crawl.mjs';

describe('every route × staff and viewer logins × desktop and phone', () => crawlAs(LOGINS.staff));
