import { Outlet } from 'react-router';
import type { Capability } from '@/lib/permissions';
import { useCan } from '@/lib/use-session';
import { Forbidden } from './Forbidden';

/** The routes inside it are for roles with this capability; others see why not. */
export function RequireCapability({ capability }: { capability: Capability }) {
  return useCan(capability) ? <Outlet /> : <Forbidden />;
}
