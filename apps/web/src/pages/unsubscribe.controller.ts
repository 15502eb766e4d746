import { Controller, Get, Param, Post, Render, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { UnsubscribeFromEmailsDocument } from '../graphql/generated';
import { GraphQLApi } from '../graphql/graphql-api';
import { isOneClickUnsubscribe } from '../security/csrf';

/**
 * The unsubscribe link of every email (/email/unsubscribe/<token>), without signing in: the token itself is the
 * permission (unguessable, stored only hashed). GET asks to confirm (a link scanner must not unsubscribe anyone);
 * POST stops the emails, from the page's form or as RFC 8058's one-click POST from a mail client.
 */
@Controller('email/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly api: GraphQLApi) {}

  @Get(':token')
  @Render('pages/unsubscribe')
  ask(@Param('token') token: string) {
    return { token, state: 'ask' };
  }

  @Post(':token')
  async unsubscribe(@Req() request: Request, @Res() response: Response, @Param('token') token: string) {
    const { unsubscribeFromEmails } = await this.api.request(UnsubscribeFromEmailsDocument, { token });
    if (isOneClickUnsubscribe(request)) {
      response
        .status(unsubscribeFromEmails ? 200 : 404)
        .type('text/plain')
        .send(unsubscribeFromEmails ? 'unsubscribed' : 'unknown link');
      return;
    }
    response.status(unsubscribeFromEmails ? 200 : 404).render('pages/unsubscribe', {
      state: unsubscribeFromEmails ? 'done' : 'unknown',
    });
  }
}
