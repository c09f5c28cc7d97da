import { TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/SelectField';
import { VENUES } from '../graphql/programme';

export function PlaceFields({
  streamId,
  value,
  onChange,
  errs,
}: {
  streamId: string;
  value: { venueId: string; onlineUrl: string; instructorId: string };
  onChange: (v: Partial<{ venueId: string; onlineUrl: string; instructorId: string }>) => void;
  errs: Record<string, string>;
}) {
  const { t } = useTranslation();
  const opts = useQuery(VENUES, { variables: { streamId } });
  return (
    <>
      <SelectField
        label={t('learn.venue')}
        value={value.venueId}
        onChange={(v) => onChange({ venueId: v })}
        data={[{ value: '', label: t('learn.noVenue') }, ...(opts.data?.venues.items ?? []).map((v) => ({ value: v.id, label: v.name }))]}
      />
      {!value.venueId && (
        <TextInput
          label={t('learn.onlineUrl')}
          placeholder="https://"
          value={value.onlineUrl}
          onChange={(e) => onChange({ onlineUrl: e.currentTarget.value })}
          error={errs.onlineUrl ?? errs.venueId}
        />
      )}
      <SelectField
        label={t('learn.instructor')}
        value={value.instructorId}
        onChange={(v) => onChange({ instructorId: v })}
        data={[
          { value: '', label: t('learn.noInstructor') },
          ...(opts.data?.instructors.items ?? []).map((i) => ({ value: i.id, label: `${i.name} (${i.fields.join(', ')})` })),
        ]}
      />
    </>
  );
}
