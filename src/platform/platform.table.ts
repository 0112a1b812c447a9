import type { Generated, Selectable } from "kysely";

/** Roles of the people who run the site. */
export const USER_ROLES = ["admin", "editor", "reviewer"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A person who writes or runs the site. */
export interface UsersTable {
  id: Generated<number>;
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
}

/** Monotonic counters bumped with every change, so caches in any process know to drop pages. */
export interface ChangeCountersTable {
  name: string;
  version: number;
}

/** The platform's own tables. */
export interface PlatformTables {
  users: UsersTable;
  changeCounters: ChangeCountersTable;
}

export type User = Selectable<UsersTable>;
