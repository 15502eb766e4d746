import { END_USER_ADDRESS_HEADER, WEB_CLIENT_SECRET_HEADER } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { WEB_OPTIONS, WebOptions } from '../web-options';
import { visitorAddress } from './visitor';

/** One field the API refused, as `extensions.fieldErrors` gives it (API.md "Errors"). */
export interface ApiFieldError {
  path: string;
  message: string;
}

/**
 * The API said no: its `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, NOT_FOUND, CONFLICT, ...), `reason` and
 * field errors. Pages turn it into words for a person; it never reaches the browser as it is.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | undefined,
    readonly fieldErrors: ApiFieldError[],
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fieldErrors?: ApiFieldError[] } }[];
}

const IDLE_MS = 4000;

/** The API's answer as JSON, or nothing when it was not JSON (a proxy's error page, say). */
function parsedOrEmpty(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return {};
  }
}

/**
 * The web's only way to the platform: the public GraphQL API over HTTP, as any partner's front end would use it,
 * with typed operations generated from the .graphql documents in ./operations (`npm run web:codegen`).
 */
@Injectable()
export class GraphQLApi {
  private readonly printed = new WeakMap<object, string>();
  // An idle connection is dropped after 4 s, before Node's HTTP server drops it at 5 s (its keepAliveTimeout).
  private readonly httpAgent = new HttpAgent({ keepAlive: true, timeout: IDLE_MS });
  private readonly httpsAgent = new HttpsAgent({ keepAlive: true, timeout: IDLE_MS });

  constructor(@Inject(WEB_OPTIONS) private readonly options: WebOptions) {}

  async request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
    token?: string,
  ): Promise<Result> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const visitor = visitorAddress();
    if (visitor) {
      // So the API's per-IP limits count this visitor, not the web server every visitor's calls come from.
      headers[WEB_CLIENT_SECRET_HEADER] = this.options.webClientSecret;
      headers[END_USER_ADDRESS_HEADER] = visitor;
    }
    const { status, body } = await this.post(
      this.options.apiUrl(),
      headers,
      JSON.stringify({ query: this.textOf(document), variables }),
    );
    const answer = parsedOrEmpty(body) as GraphQLAnswer<Result>;
    const [error] = answer.errors ?? [];
    if (error) {
      const { code = 'INTERNAL_SERVER_ERROR', reason, fieldErrors = [] } = error.extensions ?? {};
      throw new ApiError(code, reason, fieldErrors, error.message);
    }
    if (!answer.data) throw new ApiError('INTERNAL_SERVER_ERROR', undefined, [], `API answered ${status}`);
    return answer.data;
  }

  /**
   * One POST on a kept-alive connection. Node's own http client rather than fetch: fetch's web streams cost the page
   * about a millisecond of CPU a call (docs/decisions.md "Web pages' speed"). A kept connection reset with no answer
   * is, but for a crash, one the server closed as idle just as the call went out, unread; so that call alone is sent
   * again once, on a new connection (the pattern Node's documentation gives for `request.reusedSocket`).
   */
  private post(
    url: string,
    headers: Record<string, string>,
    body: string,
    again = true,
  ): Promise<{ status: number; body: string }> {
    const secure = url.startsWith('https:');
    return new Promise((done, fail) => {
      const call = (secure ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
          agent: secure ? this.httpsAgent : this.httpAgent,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', fail);
        },
      );
      call.on('error', (error: NodeJS.ErrnoException) => {
        if (again && call.reusedSocket && error.code === 'ECONNRESET') {
          this.post(url, headers, body, false).then(done, fail);
        } else fail(error);
      });
      call.end(body);
    });
  }

  private textOf(document: object): string {
    let text = this.printed.get(document);
    if (!text) {
      text = print(document as Parameters<typeof print>[0]);
      this.printed.set(document, text);
    }
    return text;
  }
}
