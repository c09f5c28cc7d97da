import { graphql } from '../../../gql';

/** A stream year's closing: what was frozen, settled and corrected (anyone who sees the stream), and the KPI names. */
export const STREAM_CLOSING = graphql(`
  query StreamClosing($id: ID!) {
    fundingStream(id: $id) {
      id
      code
      fiscalYear
      periodEnd
      canManage
      closing {
        closedAt
        closedBy
        note
        budget {
          category
          source
          planned
          executed
        }
        settlement {
          source
          planned
          executed
          returned
          carriedOver
          reason
        }
        corrections {
          at
          entityType
          entityId
          reason
          by
        }
      }
    }
    fundingStreams {
      id
      code
      fiscalYear
    }
    frozenKpis(streamId: $id) {
      code
      actual
      target
      suppressed
    }
    kpiDictionary {
      code
      nameKo
      nameEn
    }
  }
`);

export const SETTLEMENT_DRAFT = graphql(`
  query SettlementDraft($id: ID!) {
    settlementDraft(streamId: $id) {
      source
      planned
      executed
    }
  }
`);

export const CLOSE_YEAR = graphql(`
  mutation CloseStreamYear($input: CloseStreamYearInput!) {
    closeStreamYear(input: $input) {
      id
    }
  }
`);

export const CORRECT_LINE = graphql(`
  mutation CorrectBudgetLine($input: UpdateBudgetLineInput!) {
    updateBudgetLine(input: $input) {
      id
      plannedAmount
    }
  }
`);

export const OPEN_NEXT_YEAR = graphql(`
  mutation OpenNextStreamYear($id: ID!) {
    openNextStreamYear(streamId: $id) {
      id
    }
  }
`);
