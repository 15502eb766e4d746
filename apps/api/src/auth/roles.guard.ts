import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/errors';
import { Role } from '@app/identity';
import { ROLES } from './auth.decorators';
import { requestOf } from './request-of';

/** Runs after JwtAuthGuard; refuses a signed-in user whose role is not in the operation's @Roles(). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const user = requestOf(context).user;
    if (user && roles.includes(user.role)) return true;
    throw new DomainError('FORBIDDEN', 'ROLE_NOT_ALLOWED', `Only ${roles.join(', ')} users can do this`);
  }
}
