import nodemailer, { type Transporter } from 'nodemailer';
import { errorMessage, redactSecrets, type Logger } from '../log';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Sends notification e-mails through the SMTP server of JOURNEY_SMTP_URL. One message at a time
 * off the request path: a slow or broken mail server delays e-mail, never a save or a request, and
 * a failure is logged (without the URL's password), never thrown.
 */
export class Mailer {
  private readonly transport: Transporter;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly logger: Logger,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  /** Queues one message; `sent` runs once the server accepted it. */
  send(mail: Mail, sent: () => void): void {
    this.queue = this.queue.then(async () => {
      try {
        await this.transport.sendMail({
          from: this.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
        sent();
      } catch (err) {
        this.logger.error('notifications.email_failed', {
          error: withoutPassword(redactSecrets(errorMessage(err))),
        });
      }
    });
  }

  /** Resolves when every queued message was tried (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  close(): void {
    this.transport.close();
  }
}

/** An SMTP URL's password, should an error quote it. */
function withoutPassword(text: string): string {
  return text.replace(/(smtps?:\/\/[^:@/\s]*:)[^@\s]*@/gi, '$1[redacted]@');
}
