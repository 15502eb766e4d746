import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/errors';
import { IdentityService, TokenService } from '@app/identity';
import { IS_PUBLIC } from './auth.decorators';
import { requestOf } from './request-of';

/**
 * Global guard: every operation needs a valid bearer token unless marked @Public(). On a public operation a valid
 * token still identifies the caller (some answers depend on who asks) and a bad one is ignored, as if anonymous.
 * The user is re-read on every request so a deleted account's token stops working at once.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    if (request.user === undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const userId = token ? this.tokens.verify(token) : null;
      request.user = (userId && (await this.identity.findUserById(userId))) || undefined;
    }
    if (isPublic || request.user) return true;
    throw new DomainError(
      'UNAUTHENTICATED',
      undefined,
      'Sign in to do this: the access token is missing, invalid or expired',
    );
  }
}
