import { Actor } from '@app/brokerage';
import { Role, UserEntity } from '@app/identity';

export const actorOf = (user: UserEntity): Actor => ({
  userId: user.id,
  role: user.role,
  organisationId: user.organisationId,
});

/** Employers and providers reading an identifiable person leave an audit entry (API.md "Roles"). */
export const readsAreAudited = (user: UserEntity): boolean =>
  user.role === Role.EMPLOYER || user.role === Role.PROVIDER;
