import { z } from "zod";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import { CONTROL_CHARACTERS, type ItemDraftInput, itemDraftSchema } from "../content.schema.js";
import { ATTENDANCE_MODES, ITEM_TYPES, type ItemType, type Revision } from "../content.table.js";
import { slugify } from "../slug.js";

/** The editor form's fields exactly as typed, so a refused form comes back with nothing lost. */
export interface EditorValues {
  type: ItemType;
  title: string;
  summary: string;
  body: string;
  slug: string;
  tags: string;
  heroMediaId: string;
  heroCaption: string;
  heroAlt: string;
  videoUrl: string;
  attachments: { mediaId: string; title: string }[];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string;
  attendanceMode: string;
  byline: string;
  isFeatured: boolean;
}

/** What is wrong with one field: a catalog key, or "too long" with the field's limit. */
export type FieldError = MessageKey | { key: "editor.error.tooLong"; max: number };

/** What is wrong with a form, by field name. */
export type FieldErrors = Partial<Record<keyof EditorValues, FieldError>>;

/** How many empty attachment rows the form offers after the filled ones. */
export const SPARE_ATTACHMENT_ROWS = 2;

/** The longest slug an editor may give (isSlug's limit). */
const SLUG_MAX_LENGTH = 120;

const text = (max: number) => z.string().max(max).optional().default("");
const formSchema = z
  .object({
    type: z.enum(ITEM_TYPES),
    title: text(2000),
    summary: text(5000),
    body: text(500_000),
    slug: text(500),
    tags: text(5000),
    heroMediaId: text(20),
    heroCaption: text(2000),
    heroAlt: text(1000),
    videoUrl: text(3000),
    startsAt: text(40),
    endsAt: text(40),
    timeZone: text(100),
    location: text(1000),
    attendanceMode: text(20),
    byline: text(1000),
    isFeatured: text(10),
  })
  .catchall(z.union([z.string().max(2000), z.array(z.string().max(2000)).max(5)]));

/** Reads a posted editor form into typed values; a body that is not a form at all is a 400. */
export function readEditorForm(body: unknown): EditorValues | undefined {
  const parsed = formSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const form = parsed.data;
  const attachments: { mediaId: string; title: string }[] = [];
  for (let index = 0; index < 60; index += 1) {
    const mediaId = form[`attachments.${index}.mediaId`];
    const title = form[`attachments.${index}.title`];
    if (mediaId === undefined && title === undefined) continue;
    attachments.push({ mediaId: asText(mediaId), title: asText(title) });
  }
  return {
    type: form.type,
    title: form.title,
    summary: form.summary,
    body: form.body,
    slug: form.slug,
    tags: form.tags,
    heroMediaId: form.heroMediaId,
    heroCaption: form.heroCaption,
    heroAlt: form.heroAlt,
    videoUrl: form.videoUrl,
    attachments,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    timeZone: form.timeZone,
    location: form.location,
    attendanceMode: form.attendanceMode,
    byline: form.byline,
    isFeatured: form.isFeatured !== "",
  };
}

/** Turns typed values into a draft, or lists what the editor must fix next to each field. */
export function toDraft(
  values: EditorValues,
  sourceLanguage: string,
): { draft: ItemDraftInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const zone = values.timeZone.trim();
  const startsAt = fromWallTime(values.startsAt, zone || "UTC");
  const endsAt = fromWallTime(values.endsAt, zone || "UTC");
  if (startsAt === false) errors.startsAt = "editor.error.date";
  if (endsAt === false) errors.endsAt = "editor.error.date";
  const heroId = values.heroMediaId.trim();
  if (heroId !== "" && !/^[1-9][0-9]{0,9}$/.test(heroId)) errors.heroMediaId = "editor.error.media";
  const attachments = values.attachments
    .filter((a) => a.mediaId.trim() !== "" || a.title.trim() !== "")
    .map((a) => ({ mediaId: Number(a.mediaId.trim()), title: a.title }));
  if (attachments.some((a) => !Number.isInteger(a.mediaId) || a.mediaId <= 0)) {
    errors.attachments = "editor.error.attachments";
  }
  // A typed slug is cleaned ("My Page" → "my-page"), not refused; one with nothing
  // usable in it is made from the title, as an empty one is.
  const typedSlug = slugify(values.slug, SLUG_MAX_LENGTH);
  const draft: ItemDraftInput = {
    type: values.type,
    slug: typedSlug === "" ? slugify(values.title) : typedSlug,
    sourceLanguage,
    title: values.title,
    summary: values.summary,
    body: values.body.replace(/\r\n?/g, "\n"),
    tags: values.tags
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    heroMediaId: heroId === "" ? null : Number(heroId),
    heroCaption: values.heroCaption,
    heroAlt: values.heroAlt,
    videoUrl: values.videoUrl.trim() === "" ? null : values.videoUrl.trim(),
    attachments,
    startsAt: startsAt || null,
    endsAt: endsAt || null,
    timeZone: zone === "" ? null : zone,
    location: values.location,
    attendanceMode: (ATTENDANCE_MODES as readonly string[]).includes(values.attendanceMode)
      ? (values.attendanceMode as (typeof ATTENDANCE_MODES)[number])
      : null,
    byline: values.byline.trim(),
    isFeatured: values.isFeatured,
  };
  const checked = itemDraftSchema.safeParse(draft);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = fieldOf(String(issue.path[0] ?? ""));
      if (field && !errors[field]) {
        errors[field] =
          issue.message === CONTROL_CHARACTERS
            ? "editor.error.controlCharacters"
            : issue.code === "too_big" && issue.origin === "string" && issue.path.length === 1
              ? { key: "editor.error.tooLong", max: Number(issue.maximum) }
              : messageFor(field, issue.code);
      }
    }
  }
  // Without a title there is no slug to make from it: the title's message says it all.
  if (errors.title && typedSlug === "") delete errors.slug;
  return Object.keys(errors).length > 0 ? { errors } : { draft };
}

/** The form values of a saved revision, its event times shown in the event's own time zone. */
export function valuesFromRevision(input: {
  type: ItemType;
  slug: string;
  isFeatured: boolean;
  revision: Revision;
  tags: string[];
  attachments: { mediaId: number; title: string }[];
}): EditorValues {
  const { revision } = input;
  const zone = revision.timeZone ?? "UTC";
  return {
    type: input.type,
    title: revision.title,
    summary: revision.summary,
    body: revision.body,
    slug: input.slug,
    tags: input.tags.join(", "),
    heroMediaId: revision.heroMediaId === null ? "" : String(revision.heroMediaId),
    heroCaption: revision.heroCaption,
    heroAlt: revision.heroAlt,
    videoUrl: revision.videoUrl ?? "",
    attachments: input.attachments.map((a) => ({ mediaId: String(a.mediaId), title: a.title })),
    startsAt: revision.startsAt ? toWallTime(revision.startsAt, zone) : "",
    endsAt: revision.endsAt ? toWallTime(revision.endsAt, zone) : "",
    timeZone: revision.timeZone ?? "",
    location: revision.location,
    attendanceMode: revision.attendanceMode ?? "",
    byline: revision.byline,
    isFeatured: input.isFeatured,
  };
}

/** Empty form values of a new item of a type. */
export function emptyValues(type: ItemType): EditorValues {
  return {
    type,
    title: "",
    summary: "",
    body: "",
    slug: "",
    tags: "",
    heroMediaId: "",
    heroCaption: "",
    heroAlt: "",
    videoUrl: "",
    attachments: [],
    startsAt: "",
    endsAt: "",
    timeZone: "",
    location: "",
    attendanceMode: "",
    byline: "",
    isFeatured: false,
  };
}

/** The UTC instant of a wall-clock time (`YYYY-MM-DDTHH:mm` from a datetime-local field) in a time zone; "" when empty, false when invalid. */
export function fromWallTime(value: string, timeZone: string): string | false {
  const trimmed = value.trim();
  if (trimmed === "") return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  if (!match) return false;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, ...number[]];
  const wall = Date.UTC(
    y ?? 0,
    (mo ?? 1) - 1,
    d ?? 1,
    h ?? 0,
    mi ?? 0,
    Number.isNaN(s) ? 0 : (s ?? 0),
  );
  if (Number.isNaN(wall)) return false;
  try {
    // Two passes settle on the right offset around daylight-saving changes.
    let guess = wall - offsetOf(wall, timeZone);
    guess = wall - offsetOf(guess, timeZone);
    return new Date(guess).toISOString();
  } catch {
    return false;
  }
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of an instant in a time zone, for a datetime-local field. */
export function toWallTime(iso: string, timeZone: string): string {
  try {
    return new Date(new Date(iso).getTime() + offsetOf(Date.parse(iso), timeZone))
      .toISOString()
      .slice(0, 16);
  } catch {
    return iso.slice(0, 16);
  }
}

function offsetOf(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function asText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

const FIELDS = new Set<keyof EditorValues>([
  "type",
  "title",
  "summary",
  "body",
  "slug",
  "tags",
  "heroMediaId",
  "heroCaption",
  "heroAlt",
  "videoUrl",
  "attachments",
  "startsAt",
  "endsAt",
  "timeZone",
  "location",
  "attendanceMode",
  "byline",
]);

function fieldOf(name: string): keyof EditorValues | undefined {
  return FIELDS.has(name as keyof EditorValues) ? (name as keyof EditorValues) : undefined;
}

function messageFor(field: keyof EditorValues, code: string): MessageKey {
  if (field === "title" && code === "too_small") return "editor.error.required";
  const specific: Partial<Record<keyof EditorValues, MessageKey>> = {
    slug: "editor.error.slug",
    tags: "editor.error.tags",
    heroAlt: "editor.error.heroAlt",
    videoUrl: "editor.error.videoUrl",
    startsAt: "editor.error.eventStart",
    endsAt: "editor.error.endsBeforeStart",
    timeZone: "editor.error.timeZone",
    attachments: "editor.error.attachments",
    heroMediaId: "editor.error.media",
  };
  return specific[field] ?? "editor.error.invalid";
}
