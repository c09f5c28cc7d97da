import { graphql } from '../../../gql';

export const DASHBOARD_STREAMS = graphql(`
  query DashboardStreams {
    fundingStreams {
      id
      code
      nameKo
      nameEn
      fiscalYear
      myRole
      canManage
      members {
        id
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);

export const KPI_DICTIONARY = graphql(`
  query KpiDictionary {
    kpiDictionary {
      code
      nameKo
      nameEn
      unit
      people
      definitionKo
      definitionEn
      periodDate
      sql
    }
  }
`);

export const KPI_DASHBOARD = graphql(`
  query KpiDashboard($kind: DashboardKind!, $streamId: ID, $organizationId: ID, $year: Int, $quarter: Int) {
    kpiDashboard(kind: $kind, streamId: $streamId, organizationId: $organizationId, year: $year, quarter: $quarter) {
      kind
      year
      quarter
      suppressed
      organizationId
      streams {
        id
        code
        nameKo
        nameEn
      }
      figures {
        code
        actual
        suppressed
        target
        baseline
        achievement
      }
      breakdowns {
        dimension
        rows {
          key
          labelKo
          labelEn
          participants
          enrolments
          completions
          learningHours
        }
        total {
          participants
          enrolments
          completions
          learningHours
        }
      }
      streamFigures {
        stream {
          id
          code
          nameKo
          nameEn
        }
        figures {
          code
          actual
          suppressed
          target
          achievement
        }
      }
      programmeMix {
        id
        title
        people
        mixIndex
      }
      activityMix {
        id
        title
        people
        mixIndex
      }
      mentorPairs {
        mentorAgeBand
        learnerAgeBand
        pairs
      }
    }
  }
`);

export const KPI_TARGETS = graphql(`
  query KpiTargets($streamId: ID!, $year: Int!) {
    kpiTargets(streamId: $streamId, year: $year) {
      id
      kpiCode
      year
      quarter
      target
      baseline
    }
    kpiMilestones(streamId: $streamId) {
      id
      titleKo
      titleEn
      dueOn
      doneOn
    }
  }
`);

export const SET_KPI_TARGETS = graphql(`
  mutation SetKpiTargets($input: KpiTargetsInput!) {
    setKpiTargets(input: $input) {
      id
      kpiCode
      year
      quarter
      target
      baseline
    }
  }
`);

export const SAVE_KPI_MILESTONE = graphql(`
  mutation SaveKpiMilestone($input: KpiMilestoneInput!) {
    saveKpiMilestone(input: $input) {
      id
      titleKo
      titleEn
      dueOn
      doneOn
    }
  }
`);

export const DELETE_KPI_MILESTONE = graphql(`
  mutation DeleteKpiMilestone($id: ID!) {
    deleteKpiMilestone(id: $id)
  }
`);
