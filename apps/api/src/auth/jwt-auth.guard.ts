import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/errors';
import { IdentityService, TokenService, UserEntity } from '@app/identity';
import { IS_PUBLIC } from './auth.decorators';
import { AuthenticatedRequest, requestOf } from './request-of';

/**
 * Global guard: every operation needs a valid bearer token unless marked @Public(). On a public operation a valid
 * token still identifies the caller (some answers depend on who asks) and a bad one is ignored, as if anonymous.
 * The user is re-read on every request so a deleted account's token stops working at once.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  /**
   * Each request's caller, looked up once: an operation's root fields are guarded one by one and at the same time,
   * so a page asking for three things read the same user three times.
   */
  private readonly callers = new WeakMap<AuthenticatedRequest, Promise<UserEntity | undefined>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    if (request.user === undefined) request.user = await this.callerOf(request);
    if (isPublic || request.user) return true;
    throw new DomainError(
      'UNAUTHENTICATED',
      undefined,
      'Sign in to do this: the access token is missing, invalid or expired',
    );
  }

  private callerOf(request: AuthenticatedRequest): Promise<UserEntity | undefined> {
    let caller = this.callers.get(request);
    if (!caller) {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const userId = token ? this.tokens.verify(token) : null;
      caller = userId
        ? this.identity.findUserById(userId).then((user) => user ?? undefined)
        : Promise.resolve(undefined);
      this.callers.set(request, caller);
    }
    return caller;
  }
}
