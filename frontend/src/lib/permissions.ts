import type { Role } from './session';

export const ROLES = ['ADMIN', 'USER', 'AUDITOR'] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/**
 * What a screen may offer, by role, as API.md "Auth and roles" grants it: ADMIN designs schemas
 * and manages users; USER reads schemas and writes records; AUDITOR reads everything (users,
 * history, audit) and writes nothing. The server enforces the same rules; the app only avoids
 * offering what would be refused.
 */
const GRANTS = {
  designSchema: ['ADMIN'],
  writeRecords: ['ADMIN', 'USER'],
  manageUsers: ['ADMIN'],
  readUsers: ['ADMIN', 'AUDITOR'],
  readAudit: ['ADMIN', 'AUDITOR'],
  readProjections: ['ADMIN', 'AUDITOR'],
  rebuildProjections: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof GRANTS;

export const CAPABILITIES = Object.keys(GRANTS) as Capability[];

/** Whether this role may do this; nobody may do anything while signed out. */
export function can(role: Role | undefined, capability: Capability): boolean {
  return role !== undefined && (GRANTS[capability] as readonly Role[]).includes(role);
}
