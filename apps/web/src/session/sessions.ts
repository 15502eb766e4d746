import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import RedisStore from 'connect-redis';
import { Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { WEB_OPTIONS, WebOptions } from '../web-options';

/** Who is signed in: the API token the pages send on their behalf, and the name the header shows. */
export interface SignedIn {
  token: string;
  displayName: string;
  /** When the API token stops working (ISO time); the session ends with it. */
  expiresAt: string;
  /** The API role (RESIDENT, EMPLOYER, PROVIDER, BROKER, ANALYST, ADMIN): which home and menu the person gets. */
  role?: string;
}

declare module 'express-session' {
  interface SessionData {
    signedIn?: SignedIn;
    /** What a failed form POST left for the GET it redirects to: the values typed and what was wrong. */
    forms?: Record<string, { values: Record<string, string>; errors: { field: string; text: string }[] }>;
    /** A one-off message for the next page: a confirmation ("Your application has been sent") or why not. */
    notice?: { text: string; success: boolean };
  }
}

/** Sessions and API tokens last as long as the API's tokens (12 hours, API.md "Transport"). */
const SESSION_HOURS = 12;

/**
 * Server-side sessions, in the store the platform runs on: Redis when REDIS_URL is set (expiring by Redis TTL), else
 * PostgreSQL (the web_sessions table of the platform's database, pruned every 15 minutes). The browser holds only a
 * signed, random session id in an HttpOnly, SameSite=Lax cookie (Secure with the __Host- prefix in production), so
 * signing out deletes the session and an old cookie opens nothing. A session is not "touched" on every page (the store
 * would push its expiry on each time, and on PostgreSQL that was a committed UPDATE for every signed-in page): it ends
 * with its API token anyway, SESSION_HOURS after sign-in, so the expiry written when it is saved is the one needed.
 */
@Injectable()
export class Sessions implements OnModuleDestroy {
  private readonly store: session.Store;
  private readonly closeStore: () => Promise<void>;
  readonly middleware: RequestHandler;
  readonly cookieName: string;

  constructor(@Inject(WEB_OPTIONS) options: WebOptions) {
    if (options.redis) {
      const client = new Redis(options.redis.url, { lazyConnect: false, maxRetriesPerRequest: 3 });
      // Without a listener ioredis prints every failed reconnection to stderr with a stack ("Unhandled error
      // event"); while Redis is down the pages answer with their own error, so one line per outage is enough.
      let outage = false;
      client.on('error', (error: Error) => {
        if (!outage) new Logger(Sessions.name).warn(`web sessions: Redis unreachable (${error.message})`);
        outage = true;
      });
      client.on('ready', () => (outage = false));
      this.store = new RedisStore({ client, prefix: `${options.redis.prefix}:web-session:`, disableTouch: true });
      this.closeStore = async () => void (await client.quit());
    } else {
      const pool = new Pool({ connectionString: options.databaseUrl, max: 4 });
      // An idle connection lost when PostgreSQL restarts is reported on the pool; unheard, it ends the process.
      pool.on('error', (error: Error) => new Logger(Sessions.name).warn(`web sessions: ${error.message}`));
      const PgStore = connectPgSimple(session);
      const store = new PgStore({
        pool,
        tableName: 'web_sessions',
        pruneSessionInterval: 15 * 60,
        disableTouch: true,
      });
      this.store = store;
      this.closeStore = async () => {
        store.close();
        await pool.end();
      };
    }
    this.cookieName = options.production ? '__Host-session' : 'session';
    this.middleware = session({
      name: this.cookieName,
      secret: options.sessionSecret,
      store: this.store,
      resave: false,
      saveUninitialized: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.production,
        path: '/',
        maxAge: SESSION_HOURS * 60 * 60 * 1000,
      },
    });
  }

  onModuleDestroy(): Promise<void> {
    return this.closeStore();
  }
}

/** A new session id for a new sign-in, so an id known before signing in (session fixation) opens nothing after. */
export function startSignedInSession(request: Request, signedIn: SignedIn): Promise<void> {
  return new Promise((resolve, reject) =>
    request.session.regenerate((error) => {
      if (error) return reject(error);
      request.session.signedIn = signedIn;
      request.session.save((saveError) => (saveError ? reject(saveError) : resolve()));
    }),
  );
}

/** Deletes the session from the store: the cookie the browser still has, or a copy of it, now opens nothing. */
export function endSession(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
}

/**
 * Redirects (303, POST-redirect-GET) once the session is stored. express-session may send a response's headers
 * before its store write has finished, so without this the browser can ask for the next page before the form's
 * errors or the confirmation it should show are in the store.
 */
export function seeOther(request: Request, response: Response, to: string): void {
  if (!request.session) return response.redirect(303, to);
  request.session.save(() => response.redirect(303, to));
}
