import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DetailField } from '../../../components/DetailField';
import { pick } from '../../../components/names';
import { programmeTitle } from '../labels';
import { label } from '../../../components/labels';
import type { Programme } from '../graphql/programme';
import { EDUCATION_DOMAIN_LABELS, PILLAR_LABELS, PROGRAMME_FORMAT_LABELS, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import { dayRange } from '../../../components/dates';
import { countText } from '../../../components/counts';

/** What the programme is: stream, hosts, classification, seats, dates, parent and subprogrammes. */
export function ProgrammeDetails({ programme: p }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h3" mb="sm">
        {t('learn.details')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
        <DetailField label={t('learn.stream')} value={pick(p.stream, lang)} />
        <DetailField label={t('learn.initiative')} value={pick(p.initiative, lang)} />
        <DetailField label={t('learn.host')} value={pick(p.host, lang)} />
        <DetailField label={t('learn.cohosts')} value={p.cohosts.map((c) => pick(c, lang)).join(', ') || t('common.none')} />
        <DetailField label={t('learn.pillar')} value={label(PILLAR_LABELS, p.pillar, lang)} />
        <DetailField label={t('learn.domain')} value={label(EDUCATION_DOMAIN_LABELS, p.domain, lang)} />
        {p.field && <DetailField label={t('learn.field')} value={pick(p.field, lang)} />}
        <DetailField label={t('learn.format')} value={label(PROGRAMME_FORMAT_LABELS, p.format, lang)} />
        <DetailField
          label={t('learn.seats')}
          value={`${countText(p.seatsTaken, t)} / ${p.capacity} (${t('learn.waitlisted')} ${countText(p.enrolmentCounts.waitlisted, t)})`}
        />
        <DetailField label={t('learn.completionRate')} value={`${p.completionRate}%`} />
        <DetailField label={t('learn.startsOn')} value={dayRange(p.startsOn, p.endsOn, lang)} />
        {p.targetAudience && <DetailField label={t('learn.targetAudience')} value={p.targetAudience} />}
        {p.parent && (
          <DetailField
            label={t('learn.parent')}
            value={
              <Anchor component={Link} to={`/programmes/${p.parent.id}`}>
                {programmeTitle(p.parent, lang)}
              </Anchor>
            }
          />
        )}
      </SimpleGrid>
      {p.description && <Text mt="sm">{p.description}</Text>}
      {p.children.length > 0 && (
        <Stack gap={4} mt="sm">
          {p.children.map((c) => (
            <Anchor key={c.id} component={Link} to={`/programmes/${c.id}`}>
              ↳ {programmeTitle(c, lang)} ({label(PROGRAMME_STATUS_LABELS, c.status, lang)})
            </Anchor>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
