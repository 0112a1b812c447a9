import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { LOCALE_CODES, type Config, type LocaleCode } from "../config.js";
import { negotiateLanguage } from "../i18n/locales.js";
import { getTranslator, type Translator } from "../i18n/translator.js";
import type { PlatformTables } from "../platform.table.js";
import { loadSignedIn } from "./auth.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The language of a workspace request, set by the /admin scope's hook (see workspaceTranslator). */
    workspaceLocale?: LocaleCode;
  }
}

/**
 * The hooks of the /admin plugin scope, registered once for every workspace
 * route (as fastify/demo's encapsulated features do): the signed-in user is
 * loaded, the request gets its workspace language, and no response is stored
 * by any cache. Authorization stays with each route (`authorize`/`guardWrite`).
 */
export function registerWorkspaceHooks<DB extends PlatformTables>(
  scope: FastifyInstance,
  ctx: { config: Config; db: Kysely<DB>; now(): Date },
): void {
  const load = loadSignedIn(ctx);
  scope.addHook("onRequest", async (request, reply) => {
    await load(request);
    request.workspaceLocale = workspaceLocaleOf(request, ctx.config);
    reply.header("cache-control", "no-store");
    // Before sign-in the language comes from the browser's Accept-Language.
    if (!request.signedIn) reply.header("vary", "Accept-Language, Cookie");
  });
}

/**
 * The translator of a workspace request: the signed-in person's preferred
 * language (users.preferred_language), else the best of the site's languages
 * for the browser's Accept-Language (the sign-in page), else the source language.
 */
export function workspaceTranslator(request: FastifyRequest): Translator {
  const locale = request.workspaceLocale;
  // A route outside the scope has no workspace language: a wiring error, not a fallback.
  if (!locale) throw new Error(`${request.url} is not served inside the /admin scope`);
  return getTranslator(locale);
}

/** The workspace language of a request (see workspaceTranslator). */
export function workspaceLocaleOf(request: FastifyRequest, config: Config): LocaleCode {
  const preferred = request.signedIn?.user.preferredLanguage;
  const known = LOCALE_CODES.find((code) => code === preferred);
  if (known) return known;
  if (request.signedIn) return config.sourceLanguage;
  return negotiateLanguage(
    request.headers["accept-language"],
    config.languages,
    config.sourceLanguage,
  ) as LocaleCode;
}
