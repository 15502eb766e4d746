import { INestApplication, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { RuntimeConfig } from '@app/config';
import { IdentityService } from '@app/identity';

export const GENERATED_ADMIN_EMAIL = 'admin@brokerage.localhost';

/**
 * Creates the first ADMIN when there is none: from ADMIN_EMAIL / ADMIN_PASSWORD, or, in embedded mode only, with a
 * generated password printed once (it is not stored anywhere in clear). With an external database and no
 * ADMIN_* variables nothing is created: an operator must choose the credentials.
 */
export async function ensureFirstAdmin(app: INestApplication, config: RuntimeConfig): Promise<void> {
  const logger = new Logger('FirstAdmin');
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = config.env;
  const identity = app.get(IdentityService);
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    const created = await identity.ensureFirstAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
    if (created) logger.log(`created the first ADMIN, ${created.email}`);
    return;
  }
  if (ADMIN_EMAIL || ADMIN_PASSWORD) {
    logger.warn('set both ADMIN_EMAIL and ADMIN_PASSWORD to create the first ADMIN; neither is used alone');
    return;
  }
  if (!config.embeddedDatabase) return;
  const password = randomBytes(18).toString('base64url');
  const created = await identity.ensureFirstAdmin(GENERATED_ADMIN_EMAIL, password);
  if (created) {
    // Printed once, to the console only: this is the one moment the password exists in clear.
    process.stdout.write(
      `\n  First ADMIN created for this embedded database:\n    email:    ${created.email}\n    password: ${password}\n  Keep it now; it is not shown again.\n\n`,
    );
  }
}
