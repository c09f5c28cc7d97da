import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import i18n from './i18n';

/** Listeners told when the server says the session is gone (sign-in page, with a message). */
const signedOutListeners = new Set<(expired: boolean) => void>();
export const onSignedOut = (fn: (expired: boolean) => void) => {
  signedOutListeners.add(fn);
  return () => {
    signedOutListeners.delete(fn);
  };
};

const errorLink = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const code = error.errors.map((e) => e.extensions?.code).find((c) => c === 'UNAUTHENTICATED' || c === 'SESSION_EXPIRED');
  if (code) signedOutListeners.forEach((fn) => fn(code === 'SESSION_EXPIRED'));
});

// The session cookie rides along (same origin); the API answers errors in the portal's language.
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'accept-language': i18n.language },
  }));
  return forward(operation);
});

export const client = new ApolloClient({
  link: ApolloLink.from([errorLink, languageLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
