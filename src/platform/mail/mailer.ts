import type { Transporter } from "nodemailer";
import type { Config } from "../config.js";

/** One message: plain text always, HTML beside it; every field is plain text the mailer encodes. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The message's language (Content-Language). */
  language: string;
}

/** What became of a message: handed to the SMTP server, or skipped because none is configured. */
export type MailOutcome = { delivered: true; messageId: string } | { delivered: false };

/** Sends e-mail; throws when the server refuses or cannot be reached (the job queue retries). */
export interface Mailer {
  readonly isConfigured: boolean;
  send(message: MailMessage): Promise<MailOutcome>;
  close(): void;
}

/** How a mailer reports what it skipped. */
export type MailLog = (entry: { level: "info" | "warn"; message: string }) => void;

/** Longest the SMTP conversation may take at each step, so a stuck server frees its job. */
const SMTP_TIMEOUT_MS = 20_000;

/**
 * The configured mailer: SMTP through nodemailer when CIVITAS_SMTP_URL is set,
 * otherwise one that logs each message it skips and never fails.
 */
export function createMailer(config: Config, log: MailLog): Mailer {
  const { smtpUrl } = config.mail;
  if (smtpUrl === undefined) return new SkippingMailer(log);
  return new SmtpMailer({ url: smtpUrl, from: fromAddress(config) });
}

/** The From address: CIVITAS_MAIL_FROM, else the site's name at its own host. */
export function fromAddress(config: Config): string {
  if (config.mail.from !== undefined) return config.mail.from;
  const host = new URL(config.baseUrl).hostname || "localhost";
  return `${oneLine(config.siteName).replace(/[<>"@]/g, "")} <civitas@${host}>`;
}

/** A header value on one line: control characters (CR, LF, tabs…) become spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

/**
 * Sends through an SMTP server (smtp:// with STARTTLS when offered, smtps://
 * TLS from the start). nodemailer loads with the first message: the server and
 * the job processes import this file, and most of them never send one.
 */
export class SmtpMailer implements Mailer {
  readonly isConfigured = true;
  private transport: Promise<Transporter> | undefined;
  private readonly url: URL;
  private readonly from: string;

  constructor(options: { url: string; from: string }) {
    this.url = new URL(options.url);
    this.from = options.from;
  }

  async send(message: MailMessage): Promise<MailOutcome> {
    this.transport ??= this.createTransport();
    const transport = await this.transport;
    const info = await transport.sendMail({
      from: this.from,
      to: oneLine(message.to),
      subject: oneLine(message.subject),
      text: message.text,
      html: message.html,
      headers: { "Content-Language": oneLine(message.language) },
    });
    return { delivered: true, messageId: String(info.messageId) };
  }

  close(): void {
    void this.transport?.then(
      (transport) => transport.close(),
      () => undefined,
    );
  }

  private async createTransport(): Promise<Transporter> {
    const { default: nodemailer } = await import("nodemailer");
    const { url } = this;
    return nodemailer.createTransport({
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port === "" ? (url.protocol === "smtps:" ? 465 : 587) : Number(url.port),
      secure: url.protocol === "smtps:",
      ...(url.username === ""
        ? {}
        : {
            auth: {
              user: decodeURIComponent(url.username),
              pass: decodeURIComponent(url.password),
            },
          }),
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }
}

/** Without SMTP: each message is logged (recipient and subject) and skipped. */
export class SkippingMailer implements Mailer {
  readonly isConfigured = false;
  constructor(private readonly log: MailLog) {}

  async send(message: MailMessage): Promise<MailOutcome> {
    this.log({
      level: "info",
      message: `E-mail not sent (CIVITAS_SMTP_URL is not set): to ${oneLine(message.to)}: ${oneLine(message.subject)}`,
    });
    return { delivered: false };
  }

  close(): void {}
}
