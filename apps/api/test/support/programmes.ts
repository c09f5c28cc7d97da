import { graphql } from '../gql';

/** The programmes tests' own operations (typed documents; the shared learn ones are in ./learn). */
export const STREAM_FIELDS = graphql(`
  query TestStreamFields($id: ID!) {
    streamFields(streamId: $id) {
      code
    }
  }
`);
export const NESTED = graphql(`
  query TestNestedProgrammes($offset: Int) {
    programmes(offset: $offset, limit: 10) {
      totalCount
      items {
        id
        titleKo
        seatsTaken
        host {
          nameKo
          shortCode
        }
        sessions {
          id
          startsAt
          venue {
            name
          }
        }
        enrolmentCounts {
          enrolled
          waitlisted
          completed
        }
      }
    }
  }
`);
export const NESTED_NO_VENUE = graphql(`
  query TestNestedProgrammesNoVenue {
    programmes(limit: 10) {
      totalCount
      items {
        id
        titleKo
        seatsTaken
        host {
          nameKo
          shortCode
        }
        sessions {
          id
          startsAt
        }
        enrolmentCounts {
          enrolled
          waitlisted
          completed
        }
      }
    }
  }
`);
export const APPROVAL_QUEUE = graphql(`
  query TestProgrammeApprovalQueue {
    programmeApprovalQueue {
      id
    }
  }
`);
export const CALENDAR = graphql(`
  query TestCalendar($f: DateTime!, $t: DateTime!) {
    sessionCalendar(from: $f, to: $t) {
      id
      startsAt
      programme {
        titleKo
      }
    }
  }
`);
export const BOOKINGS = graphql(`
  query TestVenueBookings($v: ID!) {
    venues(organizationId: $v, limit: 50) {
      items {
        id
        bookings(from: "2025-12-01T00:00:00+09:00", to: "2025-12-30T00:00:00+09:00") {
          sessionId
          programmeTitle
          bookedBy {
            shortCode
          }
        }
      }
    }
  }
`);
export const SWITCH = graphql(`
  mutation TestSwitchToVenueOwner($o: ID!) {
    switchOrganization(organizationId: $o) {
      activeOrganization {
        id
      }
    }
  }
`);
export const SESSIONS = graphql(`
  query TestProgrammeSessions($id: ID!) {
    programme(id: $id) {
      sessions {
        id
        cancelledAt
      }
    }
  }
`);
export const RELEASE = graphql(`
  mutation TestReleaseBooking($s: ID!, $r: String!) {
    releaseVenueBooking(sessionId: $s, reason: $r)
  }
`);
export const RELEASE_MANY = graphql(`
  mutation TestReleaseVenueBookings($i: ReleaseBookingsInput!) {
    releaseVenueBookings(input: $i)
  }
`);
export const ALLOW_BOOKING = graphql(`
  mutation TestAllowVenueBooking($v: ID!, $p: ID!) {
    allowVenueBooking(venueId: $v, programmeId: $p)
  }
`);
export const RELEASES = graphql(`
  query TestVenueReleases($id: ID!) {
    venue(id: $id) {
      id
      releases {
        programmeId
        reason
      }
    }
  }
`);
