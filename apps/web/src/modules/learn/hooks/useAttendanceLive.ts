import { useEffect, useRef } from 'react';
import { print } from 'graphql';
import { graphql } from '../../../gql';
import { liveSubscription } from '../../../lib/live';

const ATTENDANCE_MARKED = graphql(`
  subscription AttendanceMarked($sessionId: ID!) {
    attendanceMarked(sessionId: $sessionId) {
      sessionId
      enrolmentId
      status
      selfCheckedIn
    }
  }
`);

/**
 * The attendance sheet kept live: a learner's QR check-in or another staff member's save calls `onChange`; so does a
 * reconnect (what was missed is read again).
 */
export function useAttendanceLive(sessionId: string, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(
    () =>
      liveSubscription(
        print(ATTENDANCE_MARKED),
        { sessionId },
        () => latest.current(),
        () => latest.current(),
      ),
    [sessionId],
  );
}
