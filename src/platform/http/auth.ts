import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { can, type Action } from "../auth/policy.js";
import { resumeSession, type SignedIn } from "../auth/session.service.js";
import { newToken, safeEqual } from "../auth/tokens.js";
import type { Config } from "../config.js";
import { CsrfError, ForbiddenError, UnauthenticatedError } from "../errors.js";
import type { PlatformTables } from "../platform.table.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user of an admin or API request, once loadSignedIn has run. */
    signedIn?: SignedIn;
  }
}

/** The session cookie (its value is the session token; the database keeps only its hash). */
export const SESSION_COOKIE = "civitas_session";
/** The CSRF cookie of forms shown before sign-in (the sign-in form itself). */
export const ANON_CSRF_COOKIE = "civitas_csrf";

/** Cookie options: HttpOnly, SameSite=Lax, Secure when the site is served over HTTPS. */
export function cookieOptions(config: Config, maxAgeSeconds?: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.baseUrl.startsWith("https://"),
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** A preHandler that resolves the session cookie into request.signedIn (or leaves it unset). */
export function loadSignedIn<DB extends PlatformTables>(ctx: { db: Kysely<DB>; now(): Date }) {
  return async (request: FastifyRequest) => {
    request.signedIn = await resumeSession(ctx.db, request.cookies[SESSION_COOKIE], ctx.now());
  };
}

/** Throws 401 when nobody is signed in and 403 when the role does not allow the action. */
export function authorize(request: FastifyRequest, action: Action): SignedIn {
  const signedIn = request.signedIn;
  if (!signedIn) throw new UnauthenticatedError();
  if (!can(signedIn.user, action)) throw new ForbiddenError();
  return signedIn;
}

/** The CSRF token forms of this request must carry: the session's, or the anonymous cookie's (set if absent). */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, config: Config): string {
  if (request.signedIn) return request.signedIn.csrfToken;
  let token = request.cookies[ANON_CSRF_COOKIE];
  if (!token || token.length > 100) {
    token = newToken();
    reply.setCookie(ANON_CSRF_COOKIE, token, cookieOptions(config));
  }
  return token;
}

/** A preHandler refusing any state-changing request without the expected CSRF token (form field `_csrf` or header `x-csrf-token`). */
export async function verifyCsrf(request: FastifyRequest): Promise<void> {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
  const expected = request.signedIn?.csrfToken ?? request.cookies[ANON_CSRF_COOKIE];
  const body = request.body;
  const fromBody =
    body && typeof body === "object" && "_csrf" in body
      ? (body as { _csrf: unknown })._csrf
      : undefined;
  const given = typeof fromBody === "string" ? fromBody : request.headers["x-csrf-token"];
  if (!expected || typeof given !== "string" || !safeEqual(given, expected)) throw new CsrfError();
}

/** What a multipart handler tells the guard while reading parts in order. */
export interface MultipartCsrf {
  /** A text field: `_csrf` is checked when it comes. */
  field(name: string, value: unknown): void;
  /** Before a file's bytes are read: refuses unless the token was checked. */
  beforeFile(): void;
}

/**
 * The CSRF check of a multipart form, made before a single byte of a file is
 * read: the `x-csrf-token` header, or the form's `_csrf` field, which the form
 * puts before its file input (browsers send fields in document order). The
 * token never travels in the address, so it is neither shown nor logged.
 */
export function multipartCsrf(request: FastifyRequest): MultipartCsrf {
  const expected = request.signedIn?.csrfToken;
  let checked = false;
  const check = (given: unknown) => {
    if (!expected || typeof given !== "string" || !safeEqual(given, expected))
      throw new CsrfError();
    checked = true;
  };
  const header = request.headers["x-csrf-token"];
  if (header !== undefined) check(header);
  // Without the header, only a multipart body can carry the token.
  else if (!request.isMultipart()) throw new CsrfError();
  return {
    field(name, value) {
      if (name === "_csrf" && !checked) check(value);
    },
    beforeFile() {
      if (!checked) throw new CsrfError();
    },
  };
}
