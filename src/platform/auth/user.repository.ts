import type { Insertable, Updateable } from "kysely";
import { type PlatformDb, platformView } from "../db/platform-db.js";
import type { PlatformTables, User, UsersTable } from "../platform.table.js";

/** Finds a user by e-mail address (compared case-insensitively: addresses are stored lowercase). */
export async function findUserByEmail<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  email: string,
): Promise<User | undefined> {
  return platformView(db)
    .selectFrom("users")
    .selectAll()
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
}

/** Creates a user. */
export async function insertUser<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  user: Insertable<UsersTable>,
): Promise<User> {
  return platformView(db)
    .insertInto("users")
    .values({ ...user, email: user.email.toLowerCase() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Finds a user by id. */
export async function findUserById<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
): Promise<User | undefined> {
  return platformView(db).selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Changes a user. */
export async function updateUser<DB extends PlatformTables>(
  db: PlatformDb<DB>,
  id: number,
  changes: Updateable<UsersTable>,
): Promise<void> {
  await platformView(db).updateTable("users").set(changes).where("id", "=", id).execute();
}

/** The users columns to select beside another table's row (aliases avoid clashing with its id and dates). */
export const JOINED_USER_COLUMNS = [
  "users.email",
  "users.displayName",
  "users.role",
  "users.passwordHash",
  "users.createdAt as userCreatedAt",
  "users.updatedAt as userUpdatedAt",
  "users.disabledAt",
  "users.preferredLanguage",
] as const;

/** Splits a row selected with JOINED_USER_COLUMNS into the other table's part and the user. */
export function splitJoinedUser<R extends { userId: number }>(
  row: R &
    Pick<
      User,
      "email" | "displayName" | "role" | "passwordHash" | "disabledAt" | "preferredLanguage"
    > & {
      userCreatedAt: string;
      userUpdatedAt: string;
    },
): {
  rest: Omit<
    R,
    | "email"
    | "displayName"
    | "role"
    | "passwordHash"
    | "disabledAt"
    | "preferredLanguage"
    | "userCreatedAt"
    | "userUpdatedAt"
  >;
  user: User;
} {
  const {
    email,
    displayName,
    role,
    passwordHash,
    userCreatedAt,
    userUpdatedAt,
    disabledAt,
    preferredLanguage,
    ...rest
  } = row;
  return {
    rest,
    user: {
      id: row.userId,
      email,
      displayName,
      role,
      passwordHash,
      createdAt: userCreatedAt,
      updatedAt: userUpdatedAt,
      disabledAt,
      preferredLanguage,
    },
  };
}
