import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ToastProvider } from '@/components/Toasts';
import { LoginPage } from '@/features/auth/LoginPage';
import { EntitiesPage } from '@/features/entities/EntitiesPage';
import { EntityPage } from '@/features/entities/EntityPage';
import { NewRecordPage } from '@/features/records/NewRecordPage';
import { RecordPage } from '@/features/records/RecordPage';
import { RecordsPage } from '@/features/records/RecordsPage';
import '@/lib/i18n';
import { subscribe } from '@/lib/session';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { createQueryClient } from './query-client';
import { RequireAuth } from './RequireAuth';

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
                <Route path="entities/:entityId/records" element={<RecordsPage />} />
                <Route path="entities/:entityId/records/new" element={<NewRecordPage />} />
                <Route path="entities/:entityId/records/:recordId" element={<RecordPage />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  );
}
