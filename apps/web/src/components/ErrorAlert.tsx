import { Alert, Button, Stack, Text } from '@mantine/core';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import i18n from '../lib/i18n';

interface Messages {
  ko: string;
  en: string;
}

interface ApiError {
  message?: string;
  extensions?: { code?: string; messages?: Messages; fields?: Array<{ field: string; ko: string; en: string }> };
}

/**
 * The API's first error, whether it came with data (GraphQL errors) or as a refused request (4xx/503 with the same
 * JSON shape: too complex, too many requests, too large, service unavailable). Null for a network failure.
 */
function firstApiError(error: unknown): ApiError | null {
  if (CombinedGraphQLErrors.is(error)) return (error.errors[0] as ApiError | undefined) ?? null;
  if (ServerError.is(error)) {
    try {
      return ((JSON.parse(error.bodyText) as { errors?: ApiError[] }).errors ?? [])[0] ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The server answered, but not with the API's error shape (a proxy's 502, a crash's 500): not a network problem. */
function serverStatus(error: unknown): number | null {
  return ServerError.is(error) && !firstApiError(error) ? error.statusCode : null;
}

/**
 * The API's message for the first error, in the portal's language (every API error carries both). A server failure
 * says so with its status (never "check your network"); `fallback` is for a request that got no answer at all.
 */
export function errorMessage(error: unknown, lang: string, fallback: string): string {
  const first = firstApiError(error);
  const messages = first?.extensions?.messages;
  if (messages) return lang === 'en' ? messages.en : messages.ko;
  const status = serverStatus(error);
  if (status) return i18n.t('common.serverError', { status, lng: lang });
  return first?.message ?? fallback;
}

/** Per-field messages of a VALIDATION_FAILED error, for form inputs. */
export function fieldErrors(error: unknown, lang: string): Record<string, string> {
  const fields = firstApiError(error)?.extensions?.fields ?? [];
  return Object.fromEntries(fields.map((f) => [f.field.split('.').pop()!, lang === 'en' ? f.en : f.ko]));
}

export function errorCode(error: unknown): string | undefined {
  return firstApiError(error)?.extensions?.code;
}

/** Codes a retry cannot fix: the caller may not do this (asking again changes nothing). */
const NOT_RETRYABLE = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n: i } = useTranslation();
  const denied = NOT_RETRYABLE.has(errorCode(error) ?? '');
  return (
    <Alert color="red" variant="outline" title={denied ? t('common.forbiddenTitle') : t('common.errorTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, i.language, t('common.networkError'))}</Text>
        {onRetry && !denied && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
