import { InvitationEmail1796310000000 } from './1796310000000-InvitationEmail';

/** The members module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [InvitationEmail1796310000000];
