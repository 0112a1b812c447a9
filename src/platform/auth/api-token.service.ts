import type { Kysely } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.repository.js";
import { NotFoundError, ValidationError } from "../errors.js";
import type { ApiToken, PlatformTables, User } from "../platform.table.js";
import {
  findApiTokenById,
  findLiveApiToken,
  insertApiToken,
  listApiTokensOfUser,
  revokeApiToken,
  touchApiToken,
} from "./api-token.repository.js";
import { hashToken, newToken } from "./tokens.js";
import { findUserByEmail } from "./user.repository.js";

// Writing last_used_at on every call would turn every API read into a write.
const TOUCH_AFTER_MS = 60_000;

const tokenNameSchema = z.string().trim().min(1).max(100);

/** Creates an API token for a user; the returned secret is shown once and only its hash is kept. */
export async function createApiToken<DB extends PlatformTables>(
  db: Kysely<DB>,
  input: { email: string; name?: string; actorId: number | null; now: Date },
): Promise<{ token: string; apiToken: ApiToken }> {
  const name = tokenNameSchema.safeParse(input.name ?? "API token");
  if (!name.success) throw new ValidationError("A token name has 1 to 100 characters");
  const user = await userByEmail(db, input.email);
  const token = newToken();
  return db.transaction().execute(async (trx) => {
    const apiToken = await insertApiToken(trx, {
      userId: user.id,
      name: name.data,
      tokenHash: hashToken(token),
      createdAt: input.now.toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await recordAudit(trx, {
      actorId: input.actorId,
      action: "created",
      subjectType: "api_token",
      subjectId: String(apiToken.id),
      summary: `${name.data} for ${user.email}`,
      now: input.now,
    });
    return { token, apiToken };
  });
}

/** Revokes a token by id so it opens nothing any more. */
export async function revokeApiTokenById<DB extends PlatformTables>(
  db: Kysely<DB>,
  input: { id: number; actorId: number | null; now: Date },
): Promise<ApiToken> {
  return db.transaction().execute(async (trx) => {
    const found = await findApiTokenById(trx, input.id);
    if (!found) throw new NotFoundError(`No API token ${input.id}`);
    await revokeApiToken(trx, found.id, input.now.toISOString());
    await recordAudit(trx, {
      actorId: input.actorId,
      action: "deleted",
      subjectType: "api_token",
      subjectId: String(found.id),
      summary: `revoked ${found.name}`,
      now: input.now,
    });
    return (await findApiTokenById(trx, found.id)) ?? found;
  });
}

/** Lists a user's tokens (never their secrets). */
export async function listApiTokens<DB extends PlatformTables>(
  db: Kysely<DB>,
  input: { email: string },
): Promise<ApiToken[]> {
  const user = await userByEmail(db, input.email);
  return listApiTokensOfUser(db, user.id);
}

/** Resolves a bearer token to its user, recording its use at most once a minute; undefined when unknown or revoked. */
export async function resolveApiToken<DB extends PlatformTables>(
  db: Kysely<DB>,
  token: string,
  now: Date,
): Promise<{ apiToken: ApiToken; user: User } | undefined> {
  if (token === "" || token.length > 200) return undefined;
  const found = await findLiveApiToken(db, hashToken(token));
  if (!found) return undefined;
  const lastUsed = found.apiToken.lastUsedAt ? Date.parse(found.apiToken.lastUsedAt) : undefined;
  if (lastUsed === undefined || now.getTime() - lastUsed >= TOUCH_AFTER_MS) {
    await touchApiToken(db, found.apiToken.id, now.toISOString());
  }
  return found;
}

async function userByEmail<DB extends PlatformTables>(
  db: Kysely<DB>,
  email: string,
): Promise<User> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFoundError(`No user with the address ${email}`);
  return user;
}
