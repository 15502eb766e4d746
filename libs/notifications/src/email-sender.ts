import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { EmailOutboxRepository, OutboxEmail } from './email-outbox.repository';

/** Said once per process when there is no SMTP server: emails stay in email_outbox. */
let toldNoSmtp = false;

/**
 * Sends one kept email over SMTP (nodemailer) when SMTP_URL is set, at most once: the row is locked while it is
 * sent and marked SENT in the same transaction, so a duplicated job waits and then finds it sent. An SMTP failure
 * records the attempt and fails the job, which the queue retries with backoff until the server is back. Without
 * SMTP_URL the email is marked KEPT: it stays in the outbox for an ADMIN to read.
 */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly logger = new Logger(EmailSender.name);
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly outbox: EmailOutboxRepository,
  ) {
    const url = config.env.SMTP_URL;
    this.transport = url
      ? createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : null;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** True when this call sent it; false when it was sent (or kept) already, kept now, or the account is gone. */
  async send(emailId: string): Promise<boolean> {
    let failure: Error | null = null;
    const sent = await this.dataSource.transaction(async (manager) => {
      const email = await this.outbox.lock(manager, emailId);
      if (!email || email.state !== 'PENDING') return false;
      // Unsubscribed since the email was made: it is kept, not sent.
      if (!email.wanted) {
        await this.outbox.settle(manager, email.id, 'KEPT');
        return false;
      }
      if (!this.transport) {
        this.tellNoSmtpOnce();
        await this.outbox.settle(manager, email.id, 'KEPT');
        return false;
      }
      try {
        await this.transport.sendMail(this.message(email));
      } catch (error) {
        failure = error as Error;
        return false;
      }
      await this.outbox.settle(manager, email.id, 'SENT');
      return true;
    });
    if (failure) {
      await this.outbox.failed(emailId, (failure as Error).message);
      throw failure;
    }
    return sent;
  }

  private message(email: OutboxEmail) {
    const headers: Record<string, string> = {};
    if (email.unsubscribeUrl) {
      // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" to the URL, no sign-in needed.
      headers['List-Unsubscribe'] = `<${email.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return {
      from: this.config.env.MAIL_FROM,
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      html: email.html,
      // The same id on every attempt, so a receiving server can drop a copy sent twice by a crash after sending.
      messageId: `<${email.id}@notifications.skills.manchester>`,
      headers,
    };
  }

  private tellNoSmtpOnce(): void {
    if (toldNoSmtp) return;
    toldNoSmtp = true;
    this.logger.warn('SMTP_URL is not set: emails are kept in the email outbox (an ADMIN can read them), not sent');
  }
}
