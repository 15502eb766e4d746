import { Server as HttpServer, IncomingMessage, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Whether this process is shutting down. Readiness answers 503 from the first signal on, so load balancers stop
 * sending new requests while the process still serves the ones that arrive (see HttpDrain).
 */
export const shutdownState = { draining: false };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes an HTTP server out of service without dropping a request it has received. Installed before the server
 * listens, it counts requests in flight. `drain` then:
 * 1. keeps serving for the drain period (readiness already 503), answering with `Connection: close` so clients'
 *    kept-alive connections end after their current request;
 * 2. stops accepting connections, without the idle-connection sweep of `server.close()`: Node counts a connection
 *    whose request it has not parsed yet as idle and destroys it, which is how requests got ECONNRESET on a deploy;
 * 3. waits for the requests in flight to be answered (up to `inFlightLimitMs`);
 * 4. only then closes the connections left idle, so the application can close its queues and pool behind it.
 */
export class HttpDrain {
  private inFlight = new Set<ServerResponse>();

  constructor(private readonly server: HttpServer) {
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
      if (shutdownState.draining) response.setHeader('Connection', 'close');
      this.inFlight.add(response);
      response.once('close', () => this.inFlight.delete(response));
    });
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  async drain(drainMs: number, inFlightLimitMs: number): Promise<void> {
    for (const response of this.inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    await sleep(drainMs);
    NetServer.prototype.close.call(this.server);
    const deadline = Date.now() + inFlightLimitMs;
    while (this.inFlight.size > 0 && Date.now() < deadline) await sleep(20);
    this.server.closeIdleConnections();
    if (this.inFlight.size > 0) this.server.closeAllConnections(); // past the limit: the forced exit would follow
  }
}
