import { LOCALE_CODES, type Config, type LocaleCode } from "../../../platform/config.js";
import { escapeHtml } from "../../../platform/text/html.js";
import { type MailMessage, oneLine } from "../../../platform/mail/mailer.js";
import { getTranslator, type Translator } from "../../../platform/i18n/translator.js";

/** The whole-item translation desk of an item's language, where every assignment leads. */
export function deskPath(itemId: number, language: string): string {
  return `/admin/desk/items/${itemId}/${encodeURIComponent(language)}`;
}

/** The language a person's notifications are written in: their own if the site knows it, else the site's source language. */
export function recipientLocale(config: Config, preferred: string | null): LocaleCode {
  const known = LOCALE_CODES.find((code) => code === preferred);
  return known ?? config.sourceLanguage;
}

/** What an assignment e-mail says, in the recipient's language. */
export interface AssignmentMailInput {
  kind: "assigned" | "completed";
  to: { email: string; name: string; locale: LocaleCode };
  itemId: number;
  title: string;
  language: string;
  dueAt: string;
  total: number;
}

/**
 * Composes an assignment e-mail (to the translator) or a completion e-mail (to
 * the item's author) in the recipient's language: plain text, and HTML whose
 * every interpolated value is escaped; the subject is one line.
 */
export function composeAssignmentMail(config: Config, input: AssignmentMailInput): MailMessage {
  const t = getTranslator(input.to.locale);
  const language = languageName(t, input.language);
  const link = `${config.baseUrl}${deskPath(input.itemId, input.language)}`;
  // A title is one line wherever it goes: no line of it can pass for a header or a paragraph.
  const values = { title: oneLine(input.title), language };
  const subject =
    input.kind === "assigned"
      ? t.t("mail.assigned.subject", values)
      : t.t("mail.completed.subject", values);
  const body =
    input.kind === "assigned"
      ? t.t("mail.assigned.body", {
          ...values,
          // The recipient's time zone is unknown: the time says it is UTC.
          due: t.formatDate(input.dueAt, {
            weekday: "long",
            year: "numeric",
            month: "long",
            day: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            timeZone: "UTC",
            timeZoneName: "short",
          }),
        })
      : t.t("mail.completed.body", { ...values, total: input.total });
  const lead = input.kind === "assigned" ? t.t("mail.assigned.link") : t.t("mail.completed.link");
  const greeting = t.t("mail.greeting", { name: input.to.name });
  const signature = t.t("mail.signature", { site: config.siteName });
  const text = [greeting, "", body, "", lead, link, "", signature, ""].join("\n");
  const dir = input.to.locale === "ar" ? "rtl" : "ltr";
  const html = [
    `<!doctype html><html lang="${input.to.locale}" dir="${dir}"><body>`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p>${escapeHtml(lead)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${escapeHtml(signature)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { to: input.to.email, subject, text, html, language: input.to.locale };
}

/** A language's name in the recipient's language ("francés" for a Spanish reader). */
function languageName(t: Translator, code: string): string {
  try {
    return new Intl.DisplayNames([t.locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
