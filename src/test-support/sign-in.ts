import { startSession } from "../platform/auth/session.service.js";
import { deriveToken } from "../platform/auth/tokens.js";
import { createUser } from "../platform/auth/user.service.js";
import type { UserRole } from "../platform/platform.table.js";
import type { TestApp } from "./app.js";

/** The roles an authorization matrix checks, anonymous first. */
export const ACTORS = ["anonymous", "reviewer", "editor", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

/** What a test request needs to act as someone: the session cookie and the CSRF token its forms carry. */
export interface TestIdentity {
  userId: number | null;
  cookies: Record<string, string>;
  csrf: string;
}

let sequence = 0;

/** Creates a user of the role and a live session for it (anonymous: no cookie at all). */
export async function identityFor(t: TestApp, actor: Actor): Promise<TestIdentity> {
  if (actor === "anonymous") return { userId: null, cookies: {}, csrf: "" };
  sequence += 1;
  const role: UserRole = actor;
  const user = await createUser(t.database.db, {
    email: `${role}-${sequence}@cities.example`,
    displayName: `${role} ${sequence}`,
    role,
    password: "a test passphrase long enough",
    actorId: null,
    now: new Date(),
  });
  const { token } = await startSession(t.database.db, {
    userId: user.id,
    ip: "127.0.0.1",
    userAgent: "test",
    now: new Date(),
  });
  return { userId: user.id, cookies: { civitas_session: token }, csrf: deriveToken(token, "csrf") };
}

/** URL-encodes a form body the way a browser does. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
