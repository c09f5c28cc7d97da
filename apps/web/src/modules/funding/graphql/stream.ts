import type { NoticeValue } from '../../../components/Notice';
import { graphql } from '../../../gql';
import type { FundingStreamQuery } from '../../../gql/graphql';

/** The stream page's operations. Expenditures come in pages of this size. */
export const EXPENDITURES_PAGE = 20;

export const STREAM = graphql(`
  query FundingStream($id: ID!, $offset: Int!) {
    fundingStream(id: $id) {
      id
      code
      nameKo
      nameEn
      fiscalYear
      periodStart
      periodEnd
      nationalAmount
      enaraReference
      myRole
      canManage
      category {
        id
        nameKo
        nameEn
        programme {
          id
          nameKo
          nameEn
        }
      }
      recipient {
        id
        nameKo
        nameEn
      }
      members {
        id
        role
        startsOn
        endsOn
        awaitsConfirmation
        organization {
          id
          nameKo
          nameEn
        }
      }
      budgetLines {
        id
        category
        source
        carried
        plannedAmount
        executed
        pending
        remaining
        rate
        organizationId
        organization {
          id
          nameKo
          nameEn
        }
      }
      budgetSummary {
        total {
          planned
          executed
          pending
          rate
        }
        bySource {
          source
          planned
          executed
          pending
          rate
        }
        byCategory {
          category
          planned
          executed
          pending
          rate
        }
      }
      expenditures(limit: 20, offset: $offset) {
        totalCount
        items {
          id
          amount
          spentOn
          description
          evidenceRef
          enaraNumber
          status
          rejectReason
          organizationId
          organization {
            id
            nameKo
            nameEn
          }
          budgetLine {
            id
            category
            source
          }
        }
      }
    }
  }
`);
export const CREATE = graphql(`
  mutation CreateExpenditure($input: ExpenditureInput!) {
    createExpenditure(input: $input) {
      id
      status
    }
  }
`);
export const SUBMIT = graphql(`
  mutation SubmitExpenditure($id: ID!) {
    submitExpenditure(id: $id) {
      id
      status
    }
  }
`);
export const DELETE = graphql(`
  mutation DeleteExpenditure($id: ID!) {
    deleteExpenditure(id: $id)
  }
`);

export type Stream = NonNullable<FundingStreamQuery['fundingStream']>;
export type Line = Stream['budgetLines'][number];
export type NoticeState = NoticeValue;

export const CONFIRM_MEMBER = graphql(`
  mutation ConfirmStreamMember($id: ID!) {
    confirmStreamMember(id: $id) {
      id
      awaitsConfirmation
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveStreamMember($id: ID!) {
    removeStreamMember(id: $id)
  }
`);
