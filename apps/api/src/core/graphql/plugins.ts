import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, SelectionSetNode, DocumentNode } from 'graphql';
import { Permission } from '@lalaland/shared';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';

function selectsIntrospection(set: SelectionSetNode | undefined, doc: DocumentNode, seen = new Set<string>()): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type')) return true;
    if (s.kind === Kind.INLINE_FRAGMENT && selectsIntrospection(s.selectionSet, doc, seen)) return true;
    if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      const frag = doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
      if (frag && frag.kind === Kind.FRAGMENT_DEFINITION && selectsIntrospection(frag.selectionSet, doc, seen)) return true;
    }
  }
  return false;
}

/** Introspection (__schema, __type) only for platform admins: the playground is theirs. */
export const introspectionGate: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (operation && selectsIntrospection(operation.selectionSet, document) && !contextValue.can(Permission.Playground)) {
          throw new AppError('INTROSPECTION_FORBIDDEN');
        }
      },
    };
  },
};

const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST', 'INTROSPECTION_FORBIDDEN']);

/**
 * Each error's `message` in the caller's language (Accept-Language; Korean by default), and a 400, never a 500,
 * when every error is the client's (a limit rule that throws during validation would otherwise surface as 500).
 */
export const localizeErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const errors = response.body.singleResult.errors;
        if ((response.http.status ?? 200) >= 500 && errors.every((e) => CLIENT_CODES.has(String(e.extensions?.code)))) response.http.status = 400;
        const lang = contextValue?.lang ?? 'ko';
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const messages = e.extensions?.messages as { ko: string; en: string } | undefined;
          return messages ? { ...e, message: messages[lang] } : e;
        });
      },
    };
  },
};
