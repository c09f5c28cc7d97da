import { graphql } from '../../../gql';

export const DOCUMENT_LIST = graphql(`
  query DocumentList($recordType: DocumentRecordType!, $recordId: ID!) {
    documents(recordType: $recordType, recordId: $recordId) {
      id
      name
      version
      size
      contentType
      personalData
      createdAt
    }
  }
`);
