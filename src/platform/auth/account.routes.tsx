import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.repository.js";
import type { Config } from "../config.js";
import { ValidationError } from "../errors.js";
import { authorize } from "../http/auth.js";
import { guardWrite, sendHtml } from "../http/route-helpers.js";
import { parseInput } from "../http/validate.js";
import { workspaceTranslator } from "../http/workspace.js";
import type { PlatformTables } from "../platform.table.js";
import { AdminLayout } from "../ui/admin-layout.js";
import type { AssetManifest } from "../ui/assets.js";
import { updateUser } from "./user.repository.js";

const accountBody = z.object({
  language: z.string().max(20),
  _csrf: z.string().max(200).optional(),
});

/** A language's name in that language ("français", "العربية"), first letter raised. */
export function nativeLanguageName(code: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([code], { type: "language" }).of(code);
  } catch {
    name = undefined;
  }
  if (!name || name === code) return code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/**
 * `/admin/account` (anyone signed in): the language of the person's workspace
 * and of the notifications they receive (users.preferred_language; empty: the
 * site's source language).
 */
export function registerAccountRoutes<DB extends PlatformTables>(
  app: FastifyInstance,
  ctx: { config: Config; db: Kysely<DB>; assets: AssetManifest; now(): Date },
): void {
  const chrome = { config: ctx.config, assets: ctx.assets };

  app.get<{ Querystring: { saved?: string } }>("/admin/account", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "workspace.enter");
    const current = signedIn.user.preferredLanguage ?? "";
    const title = t.t("account.title");
    return sendHtml(
      reply,
      200,
      <AdminLayout chrome={chrome} t={t} title={title} signedIn={signedIn}>
        <h1 class="page-title">{title}</h1>
        {request.query.saved === "1" ? (
          <p class="notice" role="status">
            {t.t("account.saved")}
          </p>
        ) : null}
        <form method="post" action="/admin/account" class="stack">
          <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
          <div class="field">
            <label for="account-language">{t.t("account.language")}</label>
            <select id="account-language" name="language" aria-describedby="account-language-hint">
              <option value="" selected={current === ""}>
                {t.t("account.siteLanguage", {
                  language: nativeLanguageName(ctx.config.sourceLanguage),
                })}
              </option>
              {ctx.config.languages.map((code) => (
                <option value={code} lang={code} selected={current === code}>
                  {nativeLanguageName(code)}
                </option>
              ))}
            </select>
            <p class="hint" id="account-language-hint">
              {t.t("account.languageHint")}
            </p>
          </div>
          <button type="submit">{t.t("account.save")}</button>
        </form>
      </AdminLayout>,
    );
  });

  app.post("/admin/account", async (request, reply) => {
    const signedIn = await guardWrite(request, "workspace.enter");
    const { language } = parseInput(accountBody, request.body);
    if (language !== "" && !ctx.config.languages.includes(language as never)) {
      throw new ValidationError("The request is not valid", [
        { path: "language", message: "not one of the site's languages" },
      ]);
    }
    const preferredLanguage = language === "" ? null : language;
    const now = ctx.now();
    await updateUser(ctx.db, signedIn.user.id, {
      preferredLanguage,
      updatedAt: now.toISOString(),
    });
    await recordAudit(ctx.db, {
      actorId: signedIn.user.id,
      action: "changed",
      subjectType: "user",
      subjectId: String(signedIn.user.id),
      summary: `notification language: ${preferredLanguage ?? "site default"}`,
      ip: request.ip,
      now,
    });
    return reply.redirect("/admin/account?saved=1", 303);
  });
}
