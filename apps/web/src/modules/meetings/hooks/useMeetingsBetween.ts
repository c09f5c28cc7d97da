import { useQuery } from '@apollo/client/react';
import { MEETING_LIST } from '../graphql/meetings';

/** Meetings the caller sees between two days (YYYY-MM-DD, Seoul, inclusive): for the calendar of another feature. */
export function useMeetingsBetween(from: string, to: string) {
  const { data, previousData } = useQuery(MEETING_LIST, {
    variables: { from, to, past: null, offset: 0, limit: 100 },
    fetchPolicy: 'cache-and-network',
  });
  return (data ?? previousData)?.meetings.items ?? [];
}
