import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './modules/layout/AppLayout';
import { SignInPage } from './modules/auth/SignInPage';
import { useViewer } from './modules/auth/useViewer';
import { DirectoryPage } from './modules/organizations/DirectoryPage';

const OrganizationPage = lazy(() => import('./modules/organizations/OrganizationPage'));
const AccountPage = lazy(() => import('./modules/auth/AccountPage'));
const AcceptInvitationPage = lazy(() => import('./modules/auth/AcceptInvitationPage'));
const PlaygroundPage = lazy(() => import('./modules/admin/PlaygroundPage'));
const FundingListPage = lazy(() => import('./modules/funding/FundingListPage'));
const StreamPage = lazy(() => import('./modules/funding/StreamPage'));
const ApprovalsPage = lazy(() => import('./modules/funding/ApprovalsPage'));
const ProgrammeListPage = lazy(() => import('./modules/learn/ProgrammeListPage'));
const ProgrammePage = lazy(() => import('./modules/learn/ProgrammePage'));
const AttendancePage = lazy(() => import('./modules/learn/AttendancePage'));
const ImportPage = lazy(() => import('./modules/learn/ImportPage'));
const CalendarPage = lazy(() => import('./modules/learn/CalendarPage'));
const PlacesPage = lazy(() => import('./modules/learn/PlacesPage'));
const ParticipantsPage = lazy(() => import('./modules/learn/ParticipantsPage'));
const ParticipantPage = lazy(() => import('./modules/learn/ParticipantsPage').then((m) => ({ default: m.ParticipantPage })));
const CheckInPage = lazy(() => import('./modules/learn/CheckInPage'));
const VerifyPage = lazy(() => import('./modules/learn/VerifyPage'));
const NotFoundPage = lazy(() => import('./modules/common/NotFoundPage'));

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function App() {
  const { viewer, loading } = useViewer();
  if (loading && viewer === undefined) return <PageLoader />;
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
        <Route path="/verify/:code" element={<VerifyPage />} />
        {!viewer ? (
          <Route path="*" element={<SignInPage />} />
        ) : (
          <Route element={<AppLayout viewer={viewer} />}>
            <Route index element={<Navigate to="/organizations" replace />} />
            <Route path="/organizations" element={<DirectoryPage />} />
            <Route path="/organizations/:id" element={<OrganizationPage />} />
            <Route path="/funding" element={<FundingListPage />} />
            <Route path="/approvals" element={<ApprovalsPage />} />
            <Route path="/funding/:id" element={<StreamPage />} />
            <Route path="/programmes" element={<ProgrammeListPage />} />
            <Route path="/programmes/:id" element={<ProgrammePage />} />
            <Route path="/programmes/:id/import" element={<ImportPage />} />
            <Route path="/calendar" element={<CalendarPage />} />
            <Route path="/places" element={<PlacesPage />} />
            <Route path="/participants" element={<ParticipantsPage />} />
            <Route path="/participants/:id" element={<ParticipantPage />} />
            <Route path="/sessions/:id/attendance" element={<AttendancePage />} />
            <Route path="/check-in" element={<CheckInPage />} />
            <Route path="/account" element={<AccountPage />} />
            <Route path="/admin/graphql" element={<PlaygroundPage viewer={viewer} />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        )}
      </Routes>
    </Suspense>
  );
}
