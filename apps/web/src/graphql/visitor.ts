import { AsyncLocalStorage } from 'node:async_hooks';
import { NextFunction, Request, Response } from 'express';

/**
 * The address of the visitor a page is being drawn for, kept for the length of their request so that every API call
 * made for it can name them (GraphQLApi sends it with the web client secret; libs/config web-client.ts).
 */
const visitors = new AsyncLocalStorage<string>();

/** Express middleware: the rest of the request runs knowing the visitor's address (`request.ip`, trust proxy applied). */
export function rememberVisitor(request: Request, _response: Response, next: NextFunction): void {
  const address = request.ip ?? request.socket.remoteAddress;
  if (address) visitors.run(address, next);
  else next();
}

/** The current visitor's address, when a page request is being answered. */
export const visitorAddress = (): string | undefined => visitors.getStore();
