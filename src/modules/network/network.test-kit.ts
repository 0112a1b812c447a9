import type { Kysely } from "kysely";
import type { DB } from "../../database.js";
import { loadNetworkDemo } from "./demo/load-network-demo.js";

/** Loads the network demo (no content) into a test database at a fixed time. */
export async function seedNetwork(db: Kysely<DB>): Promise<void> {
  await loadNetworkDemo(db, { now: new Date("2026-11-01T00:00:00Z"), sourceLanguage: "en" });
}

/** The values of every `<a …>` of a piece of HTML that carry an aria-label, with their href. */
export function labelledLinks(html: string): { href: string; label: string }[] {
  return [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => ({
    href: m[1] ?? "",
    label: m[2] ?? "",
  }));
}

/** The JSON-LD objects of a page. */
export function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? "{}") as Record<string, unknown>,
  );
}
