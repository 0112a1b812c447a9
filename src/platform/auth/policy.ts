import type { UserRole } from "../platform.table.js";

/** Everything someone may try to do in the workspace and the API. */
export type Action =
  | "workspace.enter"
  | "content.read"
  | "content.write"
  | "content.publish"
  /** Importing a whole site (WordPress): publishes, stores files and answers old addresses at once. */
  | "content.import"
  | "media.write"
  | "translations.review"
  /** Bulk exchange of the translation memory and glossary files (TMX, TBX, CSV import). */
  | "translations.exchange"
  | "translations.assign"
  | "audit.read"
  | "users.manage";

const ROLES: Readonly<Record<UserRole, readonly Action[]>> = {
  admin: [
    "workspace.enter",
    "content.read",
    "content.write",
    "content.publish",
    "content.import",
    "media.write",
    "translations.review",
    "translations.exchange",
    "translations.assign",
    "audit.read",
    "users.manage",
  ],
  editor: [
    "workspace.enter",
    "content.read",
    "content.write",
    "content.publish",
    "media.write",
    "translations.review",
    "translations.assign",
  ],
  // Reviewers only touch translations; they may read content to see what they translate.
  reviewer: ["workspace.enter", "content.read", "translations.review"],
};

/** Whether someone with this role (or nobody, when signed out) may do the action. */
export function can(actor: { role: UserRole } | undefined, action: Action): boolean {
  return actor !== undefined && ROLES[actor.role].includes(action);
}
