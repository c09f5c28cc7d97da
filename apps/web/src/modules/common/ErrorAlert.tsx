import { Alert, Button, Stack, Text } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';

interface Messages {
  ko: string;
  en: string;
}

/** The API's message for the first error, in the portal's language (every API error carries both). */
export function errorMessage(error: unknown, lang: string, fallback: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors[0]?.extensions?.messages as Messages | undefined;
    if (messages) return lang === 'en' ? messages.en : messages.ko;
    return error.errors[0]?.message ?? fallback;
  }
  return fallback;
}

/** Per-field messages of a VALIDATION_FAILED error, for form inputs. */
export function fieldErrors(error: unknown, lang: string): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = (error.errors[0]?.extensions?.fields ?? []) as Array<{ field: string; ko: string; en: string }>;
  return Object.fromEntries(fields.map((f) => [f.field.split('.').pop()!, lang === 'en' ? f.en : f.ko]));
}

export function errorCode(error: unknown): string | undefined {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.extensions?.code as string | undefined) : undefined;
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert color="red" variant="outline" title={t('common.errorTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, i18n.language, t('common.networkError'))}</Text>
        {onRetry && (
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
