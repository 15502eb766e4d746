import { ForbiddenException } from '@nestjs/common';
import { FiguresViewerDocument, FiguresViewerQuery, Role } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';

/** City staff: they read every scope, with exact figures (the staff view). */
export const STAFF_ROLES: Role[] = ['BROKER', 'ANALYST', 'ADMIN'];
/** Organisations: they read their own scopes, in the protected view. */
export const ORGANISATION_ROLES: Role[] = ['EMPLOYER', 'PROVIDER'];

export function isStaff(role: string | undefined): boolean {
  return STAFF_ROLES.includes(role as Role);
}

/**
 * Who is asking, from the API (`me`), refused with the 403 page unless their role is one of `roles`. The API would
 * refuse the reports too; asking first means a resident sees "you cannot see this page", not a half-drawn one.
 */
export async function viewerWithRole(api: GraphQLApi, token: string, roles: Role[]): Promise<FiguresViewerQuery['me']> {
  const { me } = await api.request(FiguresViewerDocument, {}, token);
  if (!roles.includes(me.role)) throw new ForbiddenException();
  return me;
}
