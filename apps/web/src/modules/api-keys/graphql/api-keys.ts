import { graphql } from '../../../gql';

export const API_KEYS = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      permissions
      status
      expiresAt
      lastUsedAt
      createdAt
      createdByName
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      token
      key {
        id
        name
        prefix
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      status
    }
  }
`);
