import { graphql } from '../../gql';

export const VERIFY_CODE = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      user {
        id
      }
    }
  }
`);

export const PASSKEY_SIGN_IN_OPTIONS = graphql(`
  mutation PasskeySignInOptions {
    passkeySignInOptions
  }
`);

export const VERIFY_PASSKEY = graphql(`
  mutation VerifyPasskey($response: String!) {
    verifyPasskey(response: $response) {
      user {
        id
      }
    }
  }
`);

export const START_TOTP = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      uri
    }
  }
`);

export const ENROL_TOTP = graphql(`
  mutation EnrolTotp($code: String!, $label: String) {
    enrolTotp(code: $code, label: $label) {
      recoveryCodes
    }
  }
`);

export const PASSKEY_REGISTRATION_OPTIONS = graphql(`
  mutation PasskeyRegistrationOptions {
    passkeyRegistrationOptions
  }
`);

export const ENROL_PASSKEY = graphql(`
  mutation EnrolPasskey($response: String!, $label: String) {
    enrolPasskey(response: $response, label: $label) {
      recoveryCodes
    }
  }
`);

export const MY_SECOND_FACTORS = graphql(`
  query MySecondFactors {
    mySecondFactors {
      factors {
        id
        kind
        label
        createdAt
        lastUsedAt
      }
      recoveryCodesLeft
      required
    }
  }
`);
