import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VenueList } from '../components/VenueList';
import { InstructorList } from '../components/InstructorList';

/** Learning centres anyone can book, and each stream's shared instructor pool (강사은행). */
export default function PlacesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('places.title')}</Title>
      <Text c="dimmed">{t('places.intro')}</Text>
      <Tabs defaultValue="venues" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="venues">{t('places.venues')}</Tabs.Tab>
          <Tabs.Tab value="instructors">{t('places.instructors')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="venues" pt="md">
          <VenueList />
        </Tabs.Panel>
        <Tabs.Panel value="instructors" pt="md">
          <InstructorList />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
