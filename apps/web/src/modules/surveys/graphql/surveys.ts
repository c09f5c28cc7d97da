import { graphql } from '../../../gql';

export const PROGRAMME_SURVEY = graphql(`
  query ProgrammeSurvey($programmeId: ID!) {
    programmeSurvey(programmeId: $programmeId) {
      id
      closedAt
      responseCount
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

export const SURVEY_LINKS = graphql(`
  query SurveyLinks($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      titleKo
    }
    programmeSurvey(programmeId: $programmeId) {
      id
      links {
        enrolmentId
        participantKey
        token
      }
    }
  }
`);

export const OPEN_SURVEY = graphql(`
  mutation OpenSurvey($programmeId: ID!) {
    openSurvey(programmeId: $programmeId) {
      id
      closedAt
    }
  }
`);

export const CLOSE_SURVEY = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      id
      closedAt
    }
  }
`);

export const PAPER_ANSWERS = graphql(`
  mutation EnterPaperAnswers($input: PaperAnswersInput!) {
    enterPaperSurveyAnswers(input: $input) {
      id
      responseCount
    }
  }
`);

export const SURVEY_FORM = graphql(`
  query SurveyForm($token: String!) {
    surveyForm(token: $token) {
      programmeTitle
      hostName
      closed
      answered
    }
  }
`);

export const ANSWER_SURVEY = graphql(`
  mutation AnswerSurvey($token: String!, $answer: SurveyAnswerInput!) {
    answerSurvey(token: $token, answer: $answer)
  }
`);
