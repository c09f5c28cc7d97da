import { graphql } from '../../../gql';

export const COMMENT_LIST = graphql(`
  query CommentList($recordType: CommentRecordType!, $recordId: ID!) {
    comments(recordType: $recordType, recordId: $recordId) {
      id
      body
      authorName
      mine
      createdAt
      editedAt
      deletedAt
      organization {
        id
        nameKo
        nameEn
      }
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($input: CommentInput!) {
    addComment(input: $input) {
      id
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      body
      editedAt
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
      body
      deletedAt
    }
  }
`);

export const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($search: String!) {
    mentionCandidates(search: $search) {
      id
      displayName
      organizationId
    }
  }
`);
