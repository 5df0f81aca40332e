import { Role, type Viewer } from '../access/viewer.js';

/** A viewer as an API token of `role` would produce, for driving the hub directly in tests. */
export function viewerFor(role: Role, partnerCode: string | null = null): Viewer {
  return {
    kind: 'token',
    role,
    partnerCode: role === Role.PARTNER ? partnerCode ?? 'MOPS' : null,
    name: `token:test ${role}${partnerCode ? ` ${partnerCode}` : ''}`,
  };
}
