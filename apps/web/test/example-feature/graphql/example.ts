import { gql } from '@apollo/client';

// The example's operations are not in the committed schema (the module is added by its test), so they are untyped here;
// a real feature writes graphql(`…`) from src/gql and gets its types from `npm run codegen`.
export const EXAMPLE_NOTES = gql`
  query ExampleNotes($organizationId: ID!) {
    exampleNotes(organizationId: $organizationId) {
      id
      text
    }
  }
`;

export const ADD_EXAMPLE_NOTE = gql`
  mutation AddExampleNote($organizationId: ID!, $text: String!) {
    addExampleNote(organizationId: $organizationId, text: $text) {
      id
      text
    }
  }
`;
