/*
 * What other modules may read of auth's tables in SQL: the published contract (see organizations/published.ts).
 * Accounts (accounts.service.ts) is the rest of it, and the only writer.
 */

/** Users by id: their name, e-mail and language (never a password hash). */
export const USERS = '(SELECT id, email, display_name, locale FROM app_user)';

/** Memberships: who belongs to which organization, with which role. */
export const MEMBERSHIPS = '(SELECT id, user_id, organization_id, role FROM membership)';
