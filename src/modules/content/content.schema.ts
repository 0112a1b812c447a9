import { z } from "zod";
import { ATTENDANCE_MODES, ITEM_TYPES } from "./content.table.js";
import { hasNoControlCharacters } from "../../platform/text/control-characters.js";
import { isSlug } from "./slug.js";

/** Path segments the site uses itself, so a page cannot take them as its slug. */
export const RESERVED_PAGE_SLUGS = new Set([
  "news",
  "resources",
  "events",
  "tags",
  "search",
  "feed.rss",
  "feed.atom",
  "admin",
  "api",
  "media",
  "assets",
]);

const isoInstant = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());

/** What an editor's names and titles may not hold (see hasNoControlCharacters). */
export const CONTROL_CHARACTERS = "must not contain control or bidirectional formatting characters";
const clean = (schema: z.ZodString) => schema.refine(hasNoControlCharacters, CONTROL_CHARACTERS);

/** Only web links may be stored as a video recording. */
const webUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** Everything an editor saves in one revision of an item; validated at every edge. */
export const itemDraftSchema = z
  .object({
    type: z.enum(ITEM_TYPES),
    slug: z.string().refine(isSlug, "must be lowercase words joined by hyphens"),
    sourceLanguage: z.string().regex(/^[a-z]{2,3}$/),
    title: clean(z.string().trim().min(1).max(500)),
    summary: clean(z.string().max(2000)).default(""),
    body: z.string().max(500_000).default(""),
    tags: z
      .array(clean(z.string().trim().min(1).max(80)))
      .max(30)
      .default([]),
    heroMediaId: z.number().int().positive().nullable().default(null),
    heroCaption: clean(z.string().max(1000)).default(""),
    heroAlt: clean(z.string().max(500)).default(""),
    videoUrl: webUrl.nullable().default(null),
    attachments: z
      .array(
        z.object({
          mediaId: z.number().int().positive(),
          title: clean(z.string().trim().min(1).max(300)),
        }),
      )
      .max(50)
      .default([]),
    startsAt: isoInstant.nullable().default(null),
    endsAt: isoInstant.nullable().default(null),
    timeZone: z
      .string()
      .refine(isTimeZone, "must be an IANA time zone such as Europe/Paris")
      .nullable()
      .default(null),
    location: clean(z.string().max(500)).default(""),
    attendanceMode: z.enum(ATTENDANCE_MODES).nullable().default(null),
    /** Who wrote the text, shown to readers: a person's name, never an account. */
    byline: clean(z.string().trim().max(200)).default(""),
    isFeatured: z.boolean().default(false),
  })
  .superRefine((draft, ctx) => {
    if (draft.type === "page" && RESERVED_PAGE_SLUGS.has(draft.slug)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "this address is used by the site" });
    }
    if (draft.type === "event" && (!draft.startsAt || !draft.timeZone)) {
      ctx.addIssue({
        code: "custom",
        path: ["startsAt"],
        message: "an event needs a start and a time zone",
      });
    }
    if (draft.startsAt && draft.endsAt && draft.endsAt < draft.startsAt) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "ends before it starts" });
    }
    if (draft.heroMediaId !== null && draft.heroAlt.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["heroAlt"], message: "an image needs alt text" });
    }
  });

/** A validated draft, as the content service receives it. */
export type ItemDraft = z.output<typeof itemDraftSchema>;
/** A draft as callers write it (defaults optional). */
export type ItemDraftInput = z.input<typeof itemDraftSchema>;

/** Whether a string is an IANA time zone this runtime knows (Europe/Paris, UTC); longer than any zone name, no. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
