import type { Kysely } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.repository.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { USER_ROLES, type PlatformTables, type User, type UserRole } from "../platform.table.js";
import { hasNoControlCharacters } from "../text/control-characters.js";
import { revokeUserApiTokens } from "./api-token.repository.js";
import { hashPassword } from "./password.js";
import { revokeUserSessions } from "./session.repository.js";
import { findUserByEmail, insertUser, updateUser } from "./user.repository.js";

const newUserSchema = z.object({
  email: z.email().max(320),
  displayName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine(
      hasNoControlCharacters,
      "must not contain control or bidirectional formatting characters",
    ),
  role: z.enum(USER_ROLES),
  password: z.string(),
});

/** Creates a user with an argon2id password hash; refuses a second account for the same address. */
export async function createUser<DB extends PlatformTables>(
  db: Kysely<DB>,
  input: {
    email: string;
    displayName?: string;
    role: UserRole | string;
    password: string;
    /** The language of their notifications (checked by the caller against the site's); none: the source language. */
    preferredLanguage?: string | null;
    actorId: number | null;
    now: Date;
  },
): Promise<User> {
  const parsed = newUserSchema.safeParse({
    ...input,
    displayName: input.displayName ?? input.email.split("@")[0],
  });
  if (!parsed.success)
    throw new ValidationError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  const { email, displayName, role, password } = parsed.data;
  if (await findUserByEmail(db, email))
    throw new ConflictError(`A user with the address ${email} exists already`, "user_exists");
  const passwordHash = await hashPassword(password);
  const at = input.now.toISOString();
  const user = await insertUser(db, {
    email,
    displayName,
    role,
    passwordHash,
    preferredLanguage: input.preferredLanguage ?? null,
    createdAt: at,
    updatedAt: at,
  });
  await recordAudit(db, {
    actorId: input.actorId,
    action: "created",
    subjectType: "user",
    subjectId: String(user.id),
    summary: `${email} (${role})`,
    now: input.now,
  });
  return user;
}

/** Sets a new password and signs the user out everywhere: sessions ended, API tokens revoked. */
export async function resetPassword<DB extends PlatformTables>(
  db: Kysely<DB>,
  input: { email: string; password: string; actorId: number | null; now: Date },
): Promise<{ revokedTokens: number }> {
  const user = await findUserByEmail(db, input.email);
  if (!user) throw new NotFoundError(`No user with the address ${input.email}`);
  const passwordHash = await hashPassword(input.password);
  const now = input.now.toISOString();
  return db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { passwordHash, updatedAt: now });
    await revokeUserSessions(trx, user.id, now);
    // A token is a credential like the password: whoever knew the old one may have made one.
    const revokedTokens = await revokeUserApiTokens(trx, user.id, now);
    await recordAudit(trx, {
      actorId: input.actorId,
      action: "changed",
      subjectType: "user",
      subjectId: String(user.id),
      summary:
        revokedTokens === 0
          ? "password reset"
          : `password reset; ${revokedTokens} API token(s) revoked`,
      now: input.now,
    });
    return { revokedTokens };
  });
}
