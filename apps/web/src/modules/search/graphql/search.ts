import { graphql } from '../../../gql';

export const SEARCH = graphql(`
  query Search($text: String!, $kind: SearchKind) {
    search(text: $text, limit: 50, kind: $kind) {
      kind
      id
      title
      detail
      link
      at
    }
  }
`);
