import { graphql } from '../gql';

/** The outcomes modules' test operations (dashboards, targets, surveys, reports). */
export const DASHBOARD = graphql(`
  query TestDashboard($kind: DashboardKind!, $streamId: ID, $organizationId: ID, $year: Int, $quarter: Int) {
    kpiDashboard(kind: $kind, streamId: $streamId, organizationId: $organizationId, year: $year, quarter: $quarter) {
      kind
      year
      quarter
      suppressed
      organizationId
      streams {
        code
      }
      figures {
        code
        actual
        suppressed
        target
        achievement
      }
      breakdowns {
        dimension
        rows {
          key
          labelKo
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
          code
        }
        figures {
          code
          actual
        }
      }
      programmeMix {
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
export const SET_TARGET = graphql(`
  mutation TestSetTarget($i: KpiTargetInput!) {
    setKpiTarget(input: $i) {
      id
      kpiCode
      year
      quarter
      target
      baseline
    }
  }
`);
export const SET_TARGETS = graphql(`
  mutation TestSetTargets($i: KpiTargetsInput!) {
    setKpiTargets(input: $i) {
      kpiCode
      quarter
      target
    }
  }
`);
export const DICTIONARY = graphql(`
  query TestKpiDictionary {
    kpiDictionary {
      code
      nameKo
      unit
      people
      periodDate
      sql
    }
  }
`);
export const SAVE_MILESTONE = graphql(`
  mutation TestSaveMilestone($i: KpiMilestoneInput!) {
    saveKpiMilestone(input: $i) {
      id
      titleKo
      dueOn
      doneOn
    }
  }
`);
export const OPEN_SURVEY = graphql(`
  mutation TestOpenSurvey($programmeId: ID!) {
    openSurvey(programmeId: $programmeId) {
      id
      responseCount
      closedAt
      links {
        enrolmentId
        participantKey
        token
      }
    }
  }
`);
export const PROGRAMME_SURVEY = graphql(`
  query TestProgrammeSurvey($programmeId: ID!) {
    programmeSurvey(programmeId: $programmeId) {
      id
      responseCount
      answeredCount
      results {
        responses
        answered
        invited
        comments
        items {
          item
          mean
          distribution
        }
      }
    }
  }
`);
export const SURVEY_FORM = graphql(`
  query TestSurveyForm($token: String!) {
    surveyForm(token: $token) {
      programmeTitle
      hostName
      closed
      answered
    }
  }
`);
export const ANSWER_SURVEY = graphql(`
  mutation TestAnswerSurvey($token: String!, $answer: SurveyAnswerInput!) {
    answerSurvey(token: $token, answer: $answer)
  }
`);
export const PAPER_ANSWERS = graphql(`
  mutation TestPaperAnswers($i: PaperAnswersInput!) {
    enterPaperSurveyAnswers(input: $i) {
      id
      responseCount
    }
  }
`);
export const REQUEST_REPORT = graphql(`
  mutation TestRequestReport($i: ReportRequestInput!) {
    requestReport(input: $i) {
      id
      status
      progress
    }
  }
`);
export const REPORT_RUN = graphql(`
  query TestReportRun($id: ID!) {
    reportRun(id: $id) {
      id
      kind
      status
      progress
      failure
      narrative
    }
  }
`);
export const CLOSE_SURVEY = graphql(`
  mutation TestCloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      id
      responseCount
      answeredCount
      closedAt
    }
  }
`);
