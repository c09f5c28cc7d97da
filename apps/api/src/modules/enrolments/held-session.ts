/** SQL condition: session `alias` has been held (it has ended, or attendance was taken). One definition for the completion rule and the roster (attendance is this module's). */
export const heldSession = (alias: string) =>
  `(${alias}.ends_at <= now() OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = ${alias}.id))`;
