import { Anchor, Paper, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { pick } from '../../../components/names';
import { type Stream } from '../graphql/stream';
import { label } from '../../../components/labels';
import { STREAM_MEMBER_ROLE_LABELS } from '@lalaland/shared';
import { dayRange } from '../../../components/dates';

export function Members({ stream: s }: { stream: Stream }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="lg" aria-labelledby="stream-members-title">
      <Title order={2} size="h4" mb="sm" id="stream-members-title">
        {t('funding.members')} ({s.members.length})
      </Title>
      <DataTable minWidth={520} stack>
        <thead>
          <tr>
            <th scope="col">{t('funding.organization')}</th>
            <th scope="col">{t('funding.role')}</th>
            <th scope="col">{t('funding.startsOn')}</th>
          </tr>
        </thead>
        <tbody>
          {s.members.map((m) => (
            <tr key={m.id}>
              <td>
                <Anchor component={Link} to={`/organizations/${m.organization.id}`}>
                  {pick(m.organization, lang)}
                </Anchor>
              </td>
              <td data-label={t('funding.role')}>{label(STREAM_MEMBER_ROLE_LABELS, m.role, lang)}</td>
              <td data-label={t('funding.startsOn')}>{dayRange(m.startsOn, m.endsOn, lang)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Paper>
  );
}
