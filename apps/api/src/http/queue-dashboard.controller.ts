import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { InjectQueue } from '@nestjs/bullmq';
import { All, Controller, Next, Req, Res } from '@nestjs/common';
import { Queue } from 'bullmq';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { Role } from '@app/identity';
import { QueueName } from '@app/queue';
import { Roles } from '../auth/auth.decorators';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * The queue dashboard (API.md "Transport": `/admin/queues`, ADMIN only): bull-board's UI and its JSON API over the
 * `system` and `metrics` queues, whichever backend they run on.
 *
 * It is served through a controller rather than mounted on the Express app, so the global guards apply as they do
 * to every route: no valid bearer token is 401, a signed-in user who is not an ADMIN is 403. The board is an Express
 * sub-application; each request is handed to it with the dashboard's path taken off its URL, as mounting would.
 */
@Roles(Role.ADMIN)
@Controller(QUEUE_DASHBOARD_PATH.slice(1))
export class QueueDashboardController {
  private readonly board: RequestHandler;

  constructor(
    @InjectQueue(QueueName.SYSTEM) system: Queue,
    @InjectQueue(QueueName.METRICS) metrics: Queue,
    @InjectQueue(QueueName.DOMAIN_EVENTS) events: Queue,
    @InjectQueue(QueueName.NOTIFICATIONS) notifications: Queue,
  ) {
    const server = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: [system, metrics, events, notifications].map((queue) => new BullMQAdapter(queue)),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: 'Brokerage queues' } },
    });
    this.board = server.getRouter() as RequestHandler;
  }

  @All(['', '*path'])
  serve(@Req() request: Request, @Res() response: Response, @Next() next: NextFunction): void {
    const rest = request.originalUrl.slice(QUEUE_DASHBOARD_PATH.length);
    request.url = rest.startsWith('/') ? rest : `/${rest}`;
    request.baseUrl = QUEUE_DASHBOARD_PATH;
    this.board(request, response, next);
  }
}
