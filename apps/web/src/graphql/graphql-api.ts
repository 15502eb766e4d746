import { END_USER_ADDRESS_HEADER, WEB_CLIENT_SECRET_HEADER } from '@app/config';
import { Inject, Injectable } from '@nestjs/common';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
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

/**
 * The web's only way to the platform: the public GraphQL API over HTTP, as any partner's front end would use it,
 * with typed operations generated from the .graphql documents in ./operations (`npm run web:codegen`).
 */
@Injectable()
export class GraphQLApi {
  private readonly printed = new WeakMap<object, string>();

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
    const response = await fetch(this.options.apiUrl(), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: this.textOf(document), variables }),
    });
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<Result>;
    const [error] = answer.errors ?? [];
    if (error) {
      const { code = 'INTERNAL_SERVER_ERROR', reason, fieldErrors = [] } = error.extensions ?? {};
      throw new ApiError(code, reason, fieldErrors, error.message);
    }
    if (!answer.data) throw new ApiError('INTERNAL_SERVER_ERROR', undefined, [], `API answered ${response.status}`);
    return answer.data;
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
