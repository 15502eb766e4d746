import { Role } from '@app/identity';

/** Who is acting: the signed-in user, their role, and their organisation for employers and providers. */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string | null;
}
