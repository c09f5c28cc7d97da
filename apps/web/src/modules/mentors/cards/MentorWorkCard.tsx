import { useState } from 'react';
import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { WorkLists } from '../components/WorkLists';

/** The home's mentor work: replies owed for our mentors and hours owed a verification, acted on in place. */
export default function MentorWorkCard() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<NoticeValue>(null);
  return (
    <Stack gap="sm">
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <WorkLists notify={setNotice} compact />
      <Anchor component={Link} to="/mentors" size="sm">
        {t('mentors.cards.all')}
      </Anchor>
    </Stack>
  );
}
