import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { Inject, Injectable, Module } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import {
  END_USER_ADDRESS_HEADER,
  rateLimitPerMinute,
  RUNTIME_CONFIG,
  RuntimeConfig,
  WEB_CLIENT_SECRET_HEADER,
  webClientSecret,
} from '@app/config';
import { IdentityModule, TokenService } from '@app/identity';
import { GraphQLContext } from './loaders';
import { AuthenticatedRequest } from '../auth/request-of';

export const RATE_LIMIT_WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  /** When refused: whole seconds until the client may try again (at least 1). */
  retryAfterSeconds: number;
}

/**
 * A sliding-window counter held in memory: counts per key in the current fixed window and the one before it, and
 * estimates the last `windowMs` as current + previous × (the share of the previous window still inside it). That
 * smooths the burst a plain fixed window allows at its edge, in two maps whatever the traffic. Keys not seen for two
 * windows are forgotten, so memory is bounded by the distinct callers of the last two minutes.
 */
export class SlidingWindowCounter {
  private windowIndex = Number.NaN;
  private current = new Map<string, number>();
  private previous = new Map<string, number>();

  constructor(
    readonly limit: number,
    readonly windowMs: number = RATE_LIMIT_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one operation against every key, or none of them when any key is at its limit (a refused operation is
   * not counted, so a client that waits gets back in as the window slides).
   */
  take(keys: readonly string[]): RateDecision {
    const now = this.now();
    this.roll(now);
    const windowStart = this.windowIndex * this.windowMs;
    const previousShare = 1 - (now - windowStart) / this.windowMs;
    const full = keys.some(
      (key) => (this.previous.get(key) ?? 0) * previousShare + (this.current.get(key) ?? 0) + 1 > this.limit,
    );
    if (full) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000)) };
    }
    for (const key of keys) this.current.set(key, (this.current.get(key) ?? 0) + 1);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  private roll(now: number): void {
    const index = Math.floor(now / this.windowMs);
    if (index === this.windowIndex) return;
    this.previous = index === this.windowIndex + 1 ? this.current : new Map();
    this.current = new Map();
    this.windowIndex = index;
  }
}

/** The counting keys of one operation: the caller's IP always, and the token's subject when the token is valid. */
export function rateLimitKeys(ip: string | undefined, userId: string | null): string[] {
  return [`ip:${ip ?? 'unknown'}`, ...(userId ? [`user:${userId}`] : [])];
}

/**
 * The client's address as the per-IP limit sees it. With no trusted proxy, the TCP peer. Behind `hops` proxies that
 * each append the address they got the request from to X-Forwarded-For, the entry `hops` back from the peer (what
 * Express's numeric `trust proxy` does); entries further left are the client's to write and are never used.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | undefined {
  if (hops === 0) return peer;
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer ?? 'unknown'];
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/**
 * The client's address of a request, as clientAddress reads it (also the sign-in throttle's client); for a call from
 * the web front end that proves it with the shared secret, the visitor's address it names (libs/config web-client.ts).
 */
export function requestClientAddress(req: AuthenticatedRequest, hops: number, webSecret?: string): string | undefined {
  return (
    (webSecret ? webVisitorAddress(req.headers, webSecret) : undefined) ??
    clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops)
  );
}

/** The visitor's address the web front end sent, when its secret is right and the address is an IP address. */
export function webVisitorAddress(
  headers: Record<string, string | string[] | undefined>,
  webSecret: string,
): string | undefined {
  const sent = headers[WEB_CLIENT_SECRET_HEADER];
  const address = headers[END_USER_ADDRESS_HEADER];
  if (typeof sent !== 'string' || typeof address !== 'string' || !sameSecret(sent, webSecret)) return undefined;
  return isIP(address) ? address : undefined;
}

/** Compared in constant time (as digests, so the lengths match), so the secret cannot be guessed byte by byte. */
const sameSecret = (sent: string, secret: string) =>
  timingSafeEqual(createHash('sha256').update(sent).digest(), createHash('sha256').update(secret).digest());

/**
 * API.md's per-user and per-IP limits on GraphQL operations (RATE_LIMIT_PER_MINUTE each; 0 = off). Counted in this
 * process's memory: N API replicas behind a load balancer let a caller do up to N × the limit (docs/hardening.md).
 */
@Injectable()
export class GraphQLRateLimit {
  private readonly counter: SlidingWindowCounter | undefined;
  private readonly proxyHops: number;
  private readonly webSecret: string;

  constructor(
    @Inject(RUNTIME_CONFIG) config: RuntimeConfig,
    private readonly tokens: TokenService,
  ) {
    this.proxyHops = config.env.TRUSTED_PROXY_HOPS;
    this.webSecret = webClientSecret(config);
    const limit = rateLimitPerMinute(config.env);
    this.counter = limit > 0 ? new SlidingWindowCounter(limit) : undefined;
  }

  /**
   * The Apollo plugin, or none when the limits are off. It counts each operation once Apollo has resolved it (after
   * parsing and validation, before any resolver runs) and refuses it with RATE_LIMITED, HTTP 429 and Retry-After.
   */
  plugins(): ApolloServerPlugin<GraphQLContext>[] {
    const counter = this.counter;
    if (!counter) return [];
    const { tokens, proxyHops, webSecret } = this;
    return [
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue }) {
              const { req } = contextValue;
              const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
              const ip = requestClientAddress(req, proxyHops, webSecret);
              const decision = counter.take(rateLimitKeys(ip, token ? tokens.verify(token) : null));
              if (decision.allowed) return;
              throw new GraphQLError('Too many requests: wait a minute, then try again', {
                extensions: {
                  code: 'RATE_LIMITED',
                  http: {
                    status: 429,
                    headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]),
                  },
                },
              });
            },
          };
        },
      },
    ];
  }
}

@Module({
  imports: [IdentityModule],
  providers: [GraphQLRateLimit],
  exports: [GraphQLRateLimit],
})
export class GraphQLRateLimitModule {}
