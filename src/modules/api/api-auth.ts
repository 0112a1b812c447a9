import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { resolveApiToken } from "../../platform/auth/api-token.service.js";
import { can, type Action } from "../../platform/auth/policy.js";
import { authorize, loadSignedIn, verifyCsrf } from "../../platform/http/auth.js";
import { ForbiddenError, UnauthenticatedError } from "../../platform/errors.js";
import type { User } from "../../platform/platform.table.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The user of an API request that came with a valid bearer token. */
    apiTokenUser?: User;
    /** Set once the caller was resolved (a file upload resolves it before its body is read). */
    apiAuthenticated?: boolean;
  }
}

/**
 * A preHandler resolving the caller: a bearer token (no CSRF needed, a bad one is
 * a 401 at once) or else the session cookie, whose state-changing calls must carry
 * `x-csrf-token`.
 */
export function authenticateApi(ctx: { db: Kysely<DB>; now(): Date }) {
  const loadSession = loadSignedIn(ctx);
  return async (request: FastifyRequest): Promise<void> => {
    if (request.apiAuthenticated) return;
    request.apiAuthenticated = true;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const found = match?.[1] ? await resolveApiToken(ctx.db, match[1], ctx.now()) : undefined;
      if (!found) throw new UnauthenticatedError("The API token is missing, unknown or revoked");
      request.apiTokenUser = found.user;
      return;
    }
    await loadSession(request);
    if (request.signedIn) await verifyCsrf(request);
  };
}

/** Throws 401/403 unless the caller (token or session) may do the action; returns the caller. */
export function authorizeApi(request: FastifyRequest, action: Action): User {
  const tokenUser = request.apiTokenUser;
  if (!tokenUser) return authorize(request, action).user;
  // Same rule as authorize(), which only knows session callers.
  if (!can(tokenUser, action)) throw new ForbiddenError();
  return tokenUser;
}
