import { Anchor, Paper, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pick } from '../../common/names';
import { type Stream } from '../graphql/stream';
import { label } from '../../common/labels';
import { STREAM_MEMBER_ROLE_LABELS } from '@lalaland/shared';
import { dayRange } from '../../common/dates';

export function Members({ stream: s }: { stream: Stream }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="lg" aria-labelledby="stream-members-title">
      <Title order={2} size="h4" mb="sm" id="stream-members-title">
        {t('funding.members')} ({s.members.length})
      </Title>
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funding.organization')}</Table.Th>
              <Table.Th scope="col">{t('funding.role')}</Table.Th>
              <Table.Th scope="col">{t('funding.startsOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/organizations/${m.organization.id}`}>
                    {pick(m.organization, lang)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{label(STREAM_MEMBER_ROLE_LABELS, m.role, lang)}</Table.Td>
                <Table.Td>{dayRange(m.startsOn, m.endsOn, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
