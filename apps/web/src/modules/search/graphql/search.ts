import { graphql } from '../../../gql';

export const SEARCH = graphql(`
  query Search($text: String!) {
    search(text: $text, limit: 30) {
      kind
      id
      title
      link
      at
    }
  }
`);
