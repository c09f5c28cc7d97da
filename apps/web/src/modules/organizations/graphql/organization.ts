import { graphql } from '../../../gql';

export const ORGANIZATION = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      kind
      nameKo
      nameEn
      shortCode
      adminCode
      isSample
      contactEmail
      contactPhone
      address
      activeFrom
      parent {
        id
        nameKo
        nameEn
      }
      nameHistory {
        id
        nameKo
        nameEn
        validFrom
        validTo
      }
      viewerCanSeeMembers
      viewerCanManageMembers
      documentStorage {
        usedBytes
        quotaBytes
      }
    }
  }
`);
export const MEMBERS = graphql(`
  query OrganizationMembers($id: ID!, $manage: Boolean!) {
    organization(id: $id) {
      id
      members(limit: 100) {
        totalCount
        items {
          id
          role
          user {
            id
            displayName
            email
          }
        }
      }
      pendingInvitations @include(if: $manage) {
        id
        email
        role
        expiresAt
      }
    }
  }
`);
export const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);
export const CHANGE_ROLE = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);
export const REMOVE = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);
export const REVOKE = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);
