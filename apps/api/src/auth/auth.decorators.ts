import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role, UserEntity } from '@app/identity';
import { requestOf } from './request-of';

export const IS_PUBLIC = 'isPublic';
export const ROLES = 'roles';

/** Open to anyone, signed in or not (API.md lists which operations are public). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call it; everyone else gets FORBIDDEN. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in user (undefined on a public operation called anonymously). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UserEntity | undefined => requestOf(context).user,
);
