import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ToastProvider } from '@/components/Toasts';
import { LoginPage } from '@/features/auth/LoginPage';
import { EntitiesPage } from '@/features/entities/EntitiesPage';
import '@/lib/i18n';
import { subscribe } from '@/lib/session';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { createQueryClient } from './query-client';
import { RequireAuth } from './RequireAuth';
import { RequireCapability } from './RequireCapability';

// Screens past the entity list load on first visit: the grid's libraries stay out of the
// bundle a user needs to log in.
const EntityPage = lazy(() =>
  import('@/features/entities/EntityPage').then((module) => ({ default: module.EntityPage })),
);
const RecordsPage = lazy(() =>
  import('@/features/records/RecordsPage').then((module) => ({ default: module.RecordsPage })),
);
const NewRecordPage = lazy(() =>
  import('@/features/records/NewRecordPage').then((module) => ({ default: module.NewRecordPage })),
);
const RecordPage = lazy(() =>
  import('@/features/records/RecordPage').then((module) => ({ default: module.RecordPage })),
);
const EditRecordPage = lazy(() =>
  import('@/features/records/edit/EditRecordPage').then((module) => ({
    default: module.EditRecordPage,
  })),
);
const SchemaHistoryPage = lazy(() =>
  import('@/features/entities/designer/SchemaHistoryPage').then((module) => ({
    default: module.SchemaHistoryPage,
  })),
);
const ProjectionsPage = lazy(() =>
  import('@/features/admin/ProjectionsPage').then((module) => ({
    default: module.ProjectionsPage,
  })),
);

const AuditPage = lazy(() =>
  import('@/features/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);
const UsersPage = lazy(() =>
  import('@/features/users/UsersPage').then((module) => ({ default: module.UsersPage })),
);

export function App() {
  const [queryClient] = useState(createQueryClient);
  // Whoever signs in next must not see the previous user's cached data.
  useEffect(() => subscribe((session) => session || queryClient.clear()), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route element={<RequireAuth />}>
              <Route element={<Layout />}>
                <Route index element={<Navigate to="/entities" replace />} />
                <Route path="entities" element={<EntitiesPage />} />
                <Route path="entities/:entityId" element={<EntityPage />} />
                <Route path="entities/:entityId/schema" element={<SchemaHistoryPage />} />
                <Route path="entities/:entityId/records" element={<RecordsPage />} />
                <Route path="entities/:entityId/records/:recordId" element={<RecordPage />} />
                <Route element={<RequireCapability capability="writeRecords" />}>
                  <Route path="entities/:entityId/records/new" element={<NewRecordPage />} />
                  <Route
                    path="entities/:entityId/records/:recordId/edit"
                    element={<EditRecordPage />}
                  />
                </Route>
                <Route element={<RequireCapability capability="readProjections" />}>
                  <Route path="admin/projections" element={<ProjectionsPage />} />
                </Route>
                <Route element={<RequireCapability capability="readAudit" />}>
                  <Route path="audit" element={<AuditPage />} />
                </Route>
                <Route element={<RequireCapability capability="readUsers" />}>
                  <Route path="users" element={<UsersPage />} />
                </Route>
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  );
}
