import { Controller, Get, Render } from '@nestjs/common';

/** The start page and the statements every public service has. */
@Controller()
export class PagesController {
  @Get()
  @Render('pages/start')
  start() {
    return {};
  }

  @Get('accessibility')
  @Render('pages/accessibility')
  accessibility() {
    return {};
  }

  @Get('privacy')
  @Render('pages/privacy')
  privacy() {
    return {};
  }

  @Get('account-deleted')
  @Render('pages/account-deleted')
  accountDeleted() {
    return {};
  }

  @Get('cookies')
  @Render('pages/cookies')
  cookies() {
    return {};
  }
}
