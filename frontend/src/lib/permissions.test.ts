import { describe, expect, it } from 'vitest';
import { CAPABILITIES, can, isRole, type Capability } from './permissions';
import type { Role } from './session';

const allowed = (role: Role | undefined) =>
  CAPABILITIES.filter((capability) => can(role, capability));

describe('permissions', () => {
  it('let an admin do everything', () => {
    expect(allowed('ADMIN')).toEqual(CAPABILITIES);
  });

  it('let a user write records and nothing else', () => {
    expect(allowed('USER')).toEqual<Capability[]>(['writeRecords']);
  });

  it('let an auditor read users, audit and projections, and write nothing', () => {
    expect(allowed('AUDITOR')).toEqual<Capability[]>(['readUsers', 'readAudit', 'readProjections']);
  });

  it('grant nothing while signed out', () => {
    expect(allowed(undefined)).toEqual([]);
  });

  it('know the three roles and nothing else', () => {
    expect(['ADMIN', 'USER', 'AUDITOR'].every(isRole)).toBe(true);
    expect([undefined, null, 'admin', 'ROOT', 1].some(isRole)).toBe(false);
  });
});
