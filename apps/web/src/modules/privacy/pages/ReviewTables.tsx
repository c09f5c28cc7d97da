import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accessPurposeLabel, formatSeoulDateTime } from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';
import type { AccessReviewQuery } from '../../../gql/graphql';

/** The month's reads by reader and by purpose, and its downloads with their reasons. */
export function ReviewTables({ review: r }: { review: AccessReviewQuery['accessReview'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  return (
    <>
      <Paper withBorder p="lg" component="section" aria-labelledby="readers">
        <Title order={2} size="h4" id="readers" mb="sm">
          {t('privacy.readers')}
        </Title>
        {r.readers.length === 0 ? (
          <Text c="dimmed">{t('privacy.noReads')}</Text>
        ) : (
          <DataTable minWidth={720} stack caption={t('privacy.readers')}>
            <thead>
              <tr>
                {(
                  ['reader', 'reads', 'people', 'outsideHours', 'withoutOpenWork', 'busiestDay', 'downloads', 'peopleDownloaded'] as const
                ).map((k) => (
                  <th key={k}>{t(`privacy.${k}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {r.readers.map((x) => (
                <tr key={x.name}>
                  <td data-label={t('privacy.reader')}>{x.name}</td>
                  <td data-label={t('privacy.reads')}>{x.reads}</td>
                  <td data-label={t('privacy.people')}>{x.people}</td>
                  <td data-label={t('privacy.outsideHours')}>{x.outsideHours}</td>
                  <td data-label={t('privacy.withoutOpenWork')}>{x.withoutOpenWork}</td>
                  <td data-label={t('privacy.busiestDay')}>{x.busiestDay}</td>
                  <td data-label={t('privacy.downloads')}>{x.downloads}</td>
                  <td data-label={t('privacy.peopleDownloaded')}>{x.peopleDownloaded}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="purposes">
        <Title order={2} size="h4" id="purposes" mb="sm">
          {t('privacy.purposes')}
        </Title>
        {r.purposes.length === 0 ? (
          <Text c="dimmed">{t('privacy.noReads')}</Text>
        ) : (
          <DataTable minWidth={480} stack caption={t('privacy.purposes')}>
            <thead>
              <tr>
                <th>{t('privacy.purpose')}</th>
                <th>{t('privacy.reads')}</th>
                <th>{t('privacy.people')}</th>
              </tr>
            </thead>
            <tbody>
              {r.purposes.map((p) => (
                <tr key={p.purpose}>
                  <td data-label={t('privacy.purpose')} title={p.purpose}>
                    {accessPurposeLabel(p.purpose, lang)}
                  </td>
                  <td data-label={t('privacy.reads')}>{p.reads}</td>
                  <td data-label={t('privacy.people')}>{p.people}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="downloads">
        <Title order={2} size="h4" id="downloads" mb="sm">
          {t('privacy.downloadList')}
        </Title>
        {r.downloads.length === 0 ? (
          <Text c="dimmed">{t('privacy.noDownloads')}</Text>
        ) : (
          <DataTable minWidth={640} stack caption={t('privacy.downloadList')}>
            <thead>
              <tr>
                <th>{t('privacy.at')}</th>
                <th>{t('privacy.reader')}</th>
                <th>{t('privacy.purpose')}</th>
                <th>{t('privacy.people')}</th>
                <th>{t('privacy.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {r.downloads.map((d, i) => (
                <tr key={i}>
                  <td data-label={t('privacy.at')}>{formatSeoulDateTime(d.at, lang)}</td>
                  <td data-label={t('privacy.reader')}>{d.name}</td>
                  <td data-label={t('privacy.purpose')}>{accessPurposeLabel(d.purpose, lang)}</td>
                  <td data-label={t('privacy.people')}>{d.people}</td>
                  <td data-label={t('privacy.reason')}>{d.reason ?? t('privacy.noReason')}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
    </>
  );
}
