import { Role } from './role';

/** Who is asking: enough to decide what they may see. Undefined for an anonymous caller. */
export type Viewer = { role: Role; organisationId: string | null } | undefined;

/** Staff who may read any organisation's records (API.md: brokers see any programme or vacancy). */
export function isStaffReader(viewer: Viewer): boolean {
  return viewer?.role === Role.BROKER || viewer?.role === Role.ADMIN;
}
