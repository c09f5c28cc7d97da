import { graphql } from '../../../gql';

export const REPORT_STREAMS = graphql(`
  query ReportStreams {
    fundingStreams {
      id
      code
      nameKo
      nameEn
      fiscalYear
      myRole
      canManage
    }
  }
`);

export const REPORT_RUNS = graphql(`
  query ReportRuns($streamId: ID!) {
    reportRuns(streamId: $streamId) {
      id
      kind
      year
      status
      progress
      failure
      createdAt
      finishedAt
    }
  }
`);

export const REQUEST_REPORT = graphql(`
  mutation RequestReport($input: ReportRequestInput!) {
    requestReport(input: $input) {
      id
      status
      progress
    }
  }
`);
