import { Client, startTestApp, TestApp } from './app';
import { graphql } from '../gql';
import { hashPassword } from '../../src/modules/auth/password';
import { DEMO_PASSWORD } from '../../src/modules/auth';

/** The funding tests' operations (typed documents) and fixture. */
export const STREAM_ID = graphql(`
  query TestFundingStreamAccess($id: ID!) {
    fundingStream(id: $id) {
      id
    }
  }
`);

export const STREAMS = graphql(`
  query TestFundingStreams {
    fundingStreams {
      id
      code
      nameKo
      nationalAmount
      fiscalYear
      memberCount
      myRole
      canManage
      recipient {
        shortCode
      }
      category {
        code
        programme {
          code
          year
        }
      }
    }
  }
`);
export const STREAM = graphql(`
  query TestFundingStream($id: ID!) {
    fundingStream(id: $id) {
      code
      members {
        role
        organization {
          shortCode
        }
      }
      budgetLines {
        id
        organization {
          shortCode
        }
        category
        source
        plannedAmount
        executed
        pending
        remaining
        rate
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
          rate
        }
        byCategory {
          category
          planned
          executed
        }
        byOrganization {
          organization {
            shortCode
          }
          planned
          executed
          rate
        }
      }
      expenditures(limit: 100) {
        totalCount
        items {
          id
          status
          amount
          organization {
            shortCode
          }
        }
      }
    }
  }
`);
export const CREATE_LINE = graphql(`
  mutation TestCreateBudgetLine($i: CreateBudgetLineInput!) {
    createBudgetLine(input: $i) {
      id
      plannedAmount
      executed
      rate
    }
  }
`);
export const UPDATE_LINE = graphql(`
  mutation TestUpdateBudgetLine($i: UpdateBudgetLineInput!) {
    updateBudgetLine(input: $i) {
      id
      plannedAmount
    }
  }
`);
export const CREATE_EXP = graphql(`
  mutation TestCreateExpenditure($i: ExpenditureInput!) {
    createExpenditure(input: $i) {
      id
      status
      amount
      organization {
        shortCode
      }
      budgetLine {
        id
      }
    }
  }
`);
export const SUBMIT = graphql(`
  mutation TestSubmitExpenditure($id: ID!) {
    submitExpenditure(id: $id) {
      id
      status
    }
  }
`);
export const APPROVE = graphql(`
  mutation TestApproveExpenditure($id: ID!) {
    approveExpenditure(id: $id) {
      id
      status
    }
  }
`);
export const UNDO_DECISION = graphql(`
  mutation TestUndoExpenditureDecision($id: ID!) {
    undoExpenditureDecision(id: $id) {
      id
      status
      rejectReason
    }
  }
`);
export const REJECT = graphql(`
  mutation TestRejectExpenditure($id: ID!, $r: String!) {
    rejectExpenditure(id: $id, reason: $r) {
      id
      status
      rejectReason
    }
  }
`);
export const EXPENDITURE = graphql(`
  query TestExpenditure($id: ID!) {
    expenditure(id: $id) {
      id
      status
    }
  }
`);
export const QUEUE = graphql(`
  query TestApprovalQueue {
    approvalQueue(limit: 100) {
      totalCount
      items {
        id
        amount
        stream {
          code
        }
        organization {
          shortCode
        }
      }
    }
  }
`);
export const ADD_MEMBER = graphql(`
  mutation TestAddStreamMember($i: AddStreamMemberInput!) {
    addStreamMember(input: $i) {
      id
      role
      organization {
        shortCode
      }
    }
  }
`);
export const REMOVE_MEMBER = graphql(`
  mutation TestRemoveStreamMember($id: ID!) {
    removeStreamMember(id: $id)
  }
`);

export const expense = (budgetLineId: string, amount: number, extra: Record<string, unknown> = {}) => ({
  budgetLineId,
  amount,
  spentOn: '2025-07-01',
  description: '강사비',
  ...extra,
});

export interface FundingFixture {
  t: TestApp;
  city: Client; // ORG_ADMIN of Busan City, lead of LA-LA LAnd
  saha: Client; // STAFF of Saha-gu, member of LA-LA LAnd
  buk: Client; // STAFF of Buk-gu, another member
  ministry: Client; // VIEWER of the Ministry of Education
  yeonje: Client; // STAFF of Yeonje-gu, not in LA-LA LAnd
  lalaland: string;
  yeonjeStream: string;
  lineId(stream: string, org: string, category: string, source: string): Promise<string>;
}

/** A test app on its own database with a Buk-gu staff member (one member never sees another's drafts) and the demo clients. */
export async function fundingFixture(): Promise<FundingFixture> {
  const t = await startTestApp();
  const streamId = async (code: string) =>
    ((await t.db.query('SELECT id FROM funding_stream WHERE code = $1', [code])) as Array<{ id: string }>)[0]!.id;
  await t.db.query("INSERT INTO app_user (email, display_name, password_hash) VALUES ('buk.staff@lalaland.test', '북구담당', $1)", [
    await hashPassword(DEMO_PASSWORD),
  ]);
  await t.db.query(
    "INSERT INTO membership (user_id, organization_id, role) SELECT u.id, o.id, 'STAFF' FROM app_user u, organization o WHERE u.email = 'buk.staff@lalaland.test' AND o.short_code = 'BUK'",
  );
  const [city, saha, buk, ministry, yeonje] = (await Promise.all(
    ['city.admin', 'saha.staff', 'buk.staff', 'viewer', 'yeonje.staff'].map((u) => t.as(`${u}@lalaland.test`)),
  )) as [Client, Client, Client, Client, Client];
  return {
    t,
    city,
    saha,
    buk,
    ministry,
    yeonje,
    lalaland: await streamId('LALALAND-2025'),
    yeonjeStream: await streamId('YEONJE-IT-DX-2025'),
    lineId: async (stream, org, category, source) =>
      (
        (await t.db.query(
          'SELECT l.id FROM budget_line l JOIN organization o ON o.id = l.organization_id WHERE l.stream_id = $1 AND o.short_code = $2 AND l.category = $3 AND l.source = $4',
          [stream, org, category, source],
        )) as Array<{ id: string }>
      )[0]!.id,
  };
}
