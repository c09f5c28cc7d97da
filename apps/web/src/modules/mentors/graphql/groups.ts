import { graphql } from '../../../gql';

export const GROUPS = graphql(`
  query MentorGroups {
    mentorGroups {
      id
      name
      verifiedMinutes
      coordinator {
        id
        participant {
          id
          pseudonymKey
          personal {
            name
          }
        }
      }
      members {
        id
      }
    }
  }
`);
export const SAVE_GROUP = graphql(`
  mutation SaveMentorGroup($input: MentorGroupInput!) {
    saveMentorGroup(input: $input) {
      id
    }
  }
`);
