import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.repository.js";
import type { Config } from "../config.js";
import {
  ANON_CSRF_COOKIE,
  cookieOptions,
  csrfTokenFor,
  SESSION_COOKIE,
  verifyCsrf,
} from "../http/auth.js";
import { workspaceTranslator } from "../http/workspace.js";
import type { PlatformTables } from "../platform.table.js";
import type { AssetManifest } from "../ui/assets.js";
import { renderDocument } from "../ui/render.js";
import { endSession, SESSION_LIFETIME } from "./session.service.js";
import { signIn, InvalidCredentialsError } from "./sign-in.service.js";
import { TooManyAttemptsError } from "./sign-in-throttle.js";
import { SignInPage } from "./sign-in.view.js";

const signInBody = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
  next: z.string().max(500).optional(),
  _csrf: z.string().max(200).optional(),
});

/** Where to go after signing in: only a path inside the workspace, never another site. */
export function safeNext(next: string | undefined): string {
  return next && /^\/admin(\/[A-Za-z0-9/_.?=&%-]*)?$/.test(next) && !next.includes("..")
    ? next
    : "/admin";
}

/** Sign-in and sign-out of the workspace: CSRF-protected forms, rate-limited per address, throttled per account. */
export async function registerAuthRoutes<DB extends PlatformTables>(
  app: FastifyInstance,
  ctx: { config: Config; db: Kysely<DB>; assets: AssetManifest; now(): Date },
): Promise<void> {
  const chrome = { config: ctx.config, assets: ctx.assets };

  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    props: { next: string; email?: string; error?: string },
  ) =>
    reply
      .code(status)
      .type("text/html; charset=utf-8")
      .send(
        renderDocument(
          <SignInPage
            chrome={chrome}
            t={workspaceTranslator(request)}
            csrfToken={csrfTokenFor(request, reply, ctx.config)}
            {...props}
          />,
        ),
      );

  app.get<{ Querystring: { next?: string } }>("/admin/sign-in", async (request, reply) => {
    const next = safeNext(typeof request.query.next === "string" ? request.query.next : undefined);
    if (request.signedIn) return reply.redirect(next, 303);
    return page(request, reply, 200, { next });
  });

  app.post(
    "/admin/sign-in",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } } },
    async (request, reply) => {
      const t = workspaceTranslator(request);
      const parsed = signInBody.safeParse(request.body);
      const next = safeNext(parsed.success ? parsed.data.next : undefined);
      try {
        await verifyCsrf(request);
      } catch {
        return page(request, reply, 403, { next, error: t.t("signIn.expired") });
      }
      if (!parsed.success) return page(request, reply, 400, { next, error: t.t("signIn.invalid") });
      try {
        const session = await signIn(ctx.db, {
          email: parsed.data.email,
          password: parsed.data.password,
          ip: request.ip,
          userAgent: String(request.headers["user-agent"] ?? ""),
          now: ctx.now(),
        });
        await recordAudit(ctx.db, {
          actorId: session.userId,
          action: "signed-in",
          subjectType: "user",
          subjectId: String(session.userId),
          ip: request.ip,
          now: ctx.now(),
        });
        reply.clearCookie(ANON_CSRF_COOKIE, cookieOptions(ctx.config));
        reply.setCookie(
          SESSION_COOKIE,
          session.token,
          cookieOptions(ctx.config, SESSION_LIFETIME.absoluteMs / 1000),
        );
        return reply.redirect(next, 303);
      } catch (error) {
        if (error instanceof TooManyAttemptsError) {
          reply.header("retry-after", String(error.retryAfterSeconds));
          return page(request, reply, 429, {
            next,
            email: parsed.data.email,
            error: t.t("signIn.throttled", { seconds: error.retryAfterSeconds }),
          });
        }
        if (error instanceof InvalidCredentialsError)
          return page(request, reply, 401, {
            next,
            email: parsed.data.email,
            error: t.t("signIn.invalid"),
          });
        throw error;
      }
    },
  );

  app.post("/admin/sign-out", { preHandler: [verifyCsrf] }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.signedIn) {
      await endSession(ctx.db, token, ctx.now());
      const userId = request.signedIn.user.id;
      await recordAudit(ctx.db, {
        actorId: userId,
        action: "signed-out",
        subjectType: "user",
        subjectId: String(userId),
        ip: request.ip,
        now: ctx.now(),
      });
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions(ctx.config));
    return reply.redirect("/admin/sign-in", 303);
  });
}
