import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { parse } from 'graphql';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApiError, GraphQLApi } from './graphql-api';
import { WebOptions } from '../web-options';

const HELLO = parse('query Hello { __typename }') as TypedDocumentNode<{ __typename: string }, object>;

/** A stand-in API (outside the platform: only the web's HTTP client is under test here). */
function apiServer(answer: (request: IncomingMessage, response: ServerResponse, served: number) => void) {
  let served = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    served++;
    request.resume();
    request.on('end', () => answer(request, response, served));
  });
  server.on('connection', (socket) => sockets.add(socket));
  return {
    server,
    sockets,
    served: () => served,
    listen: () => new Promise<string>((done) => server.listen(0, '127.0.0.1', () => done(url(server)))),
    close: () => new Promise((done) => server.close(done)),
  };
}

const url = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
const apiAt = (address: string) => new GraphQLApi({ apiUrl: () => address, webClientSecret: 'x' } as WebOptions);
const json = (response: ServerResponse, body: unknown, status = 200) =>
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

describe('GraphQLApi (the web app calling the API over HTTP)', () => {
  it('reuses one connection for calls one after another', async () => {
    const api = apiServer((_request, response) => json(response, { data: { __typename: 'Query' } }));
    const web = apiAt(await api.listen());
    try {
      for (let call = 0; call < 3; call++) expect(await web.request(HELLO, {})).toEqual({ __typename: 'Query' });
      expect(api.sockets.size).toBe(1);
    } finally {
      await api.close();
    }
  });

  it('sends a call again, once, when the kept connection is reset before any answer', async () => {
    // The second call arrives on the kept connection, which the server then drops without a word: the race of a
    // server closing an idle connection just as the call goes out.
    const api = apiServer((request, response, served) =>
      served === 2 ? request.socket.destroy() : json(response, { data: { __typename: 'Query' } }),
    );
    const web = apiAt(await api.listen());
    try {
      await web.request(HELLO, {});
      expect(await web.request(HELLO, {})).toEqual({ __typename: 'Query' });
      expect(api.served()).toBe(3);
      expect(api.sockets.size).toBe(2);
    } finally {
      await api.close();
    }
  });

  it('does not send a call again when a new connection is reset', async () => {
    const api = apiServer((request) => request.socket.destroy());
    const web = apiAt(await api.listen());
    try {
      await expect(web.request(HELLO, {})).rejects.toMatchObject({ code: 'ECONNRESET' });
      expect(api.served()).toBe(1);
    } finally {
      await api.close();
    }
  });

  it("turns the API's first error into an ApiError with its code, reason and field errors", async () => {
    const fieldErrors = [{ path: 'filter.minSalary', message: 'Must be at least 0' }];
    const api = apiServer((_request, response) =>
      json(response, { errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', fieldErrors } }] }, 400),
    );
    const web = apiAt(await api.listen());
    try {
      const error = await web.request(HELLO, {}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors, message: 'Bad input' });
    } finally {
      await api.close();
    }
  });

  it('says the API failed, with its status, when the answer is not GraphQL (a proxy error page)', async () => {
    const api = apiServer((_request, response) => response.writeHead(502).end('<html>Bad gateway</html>'));
    const web = apiAt(await api.listen());
    try {
      await expect(web.request(HELLO, {})).rejects.toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'API answered 502',
      });
    } finally {
      await api.close();
    }
  });
});
