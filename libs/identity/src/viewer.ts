import { Role, STAFF_ROLES } from './role';

/**
 * Who is asking: the one type every domain takes for "the signed-in user behind this call" (the API builds it from
 * the session's user). A domain that needs less takes a Pick of it; the names below are those Picks.
 */
export interface Requester {
  userId: string;
  role: Role;
  organisationId: string | null;
}

/** A reader, which may be anonymous (undefined): enough to decide what they may see. */
export type Viewer = Pick<Requester, 'role' | 'organisationId'> | undefined;

/** Staff who may read any organisation's records (API.md: brokers see any programme or vacancy). */
export function isStaffReader(viewer: Viewer): boolean {
  return viewer?.role === Role.BROKER || viewer?.role === Role.ADMIN;
}

/** City staff (BROKER, ANALYST, ADMIN): every metrics scope, the staff view of a report. */
export function isCityStaff(viewer: Viewer): boolean {
  return viewer !== undefined && STAFF_ROLES.includes(viewer.role);
}
