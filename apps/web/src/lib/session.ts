import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { onSignedOut } from './apollo';

export const ME = graphql(`
  query Me {
    me {
      user {
        id
        email
        displayName
        isPlatformAdmin
      }
      role
      permissions
      leadsStream
      activeOrganization {
        id
        nameKo
        nameEn
        kind
      }
      memberships {
        id
        role
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);

export type ViewerData = NonNullable<MeQuery['me']>;

/** The signed-in user (null when signed out, undefined while first loading). */
export function useViewer() {
  const { data, loading, refetch, client } = useQuery(ME, { fetchPolicy: 'cache-first' });
  useEffect(
    () =>
      onSignedOut((expired) => {
        if (expired) sessionStorage.setItem('lalaland.expired', '1');
        void client.resetStore();
      }),
    [client],
  );
  return { viewer: data ? data.me : undefined, loading, refetch };
}
