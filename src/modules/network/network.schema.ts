import { z } from "zod";
import { hasNoControlCharacters } from "../../platform/text/control-characters.js";
import { findRemoteImages, isSlug, isTimeZone, renderMarkdown, slugify } from "../content/index.js";
import { isCountryCode } from "./countries.js";
import { COMMITTEE_ROLES, EVENT_FORMATS, REGIONS } from "./network.table.js";
import { zonedToUtc } from "./time-zones.js";

// Every schema here reads what a form (or a CSV row) sends: strings, "" for empty.
// Error messages are catalog keys, so the forms can show them in the editor's language.

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "network.error.tooLong")
    .refine(hasNoControlCharacters, "network.error.controlCharacters");
const requiredText = (max: number) => text(max).min(1, "network.error.required");
/** Markdown readers see: images another website serves would be blocked by the CSP. */
const markdownText = (max: number) =>
  text(max).refine(
    (v) => !/!\[|<img/i.test(v) || findRemoteImages(renderMarkdown(v).html).length === 0,
    "network.error.remoteImage",
  );
const optional = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(""), schema])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : (v as z.output<T>)));
const id = z.coerce.number().int().positive().max(2_147_483_647);
const ids = z.preprocess(
  (v) => (v === undefined ? [] : [v].flat().filter((x) => x !== "")),
  z.array(id).max(200),
);
const httpUrl = z
  .string()
  .trim()
  .max(2000, "network.error.tooLong")
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "network.error.url");
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "network.error.date")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "network.error.date");
const slugField = optional(
  z.string().trim().toLowerCase().max(120).refine(isSlug, "network.error.slug"),
);
const country = z.string().trim().toUpperCase().refine(isCountryCode, "network.error.country");
/** Formula-like text (=, +, -, @ first) is refused: it would run in a spreadsheet that opens an export. */
const safeText = (max: number) =>
  text(max).refine((v) => !/^[=+\-@\t\r]/.test(v), "network.error.formula");
const coordinate = (limit: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (/^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : Number.NaN) : v),
    z
      .number("network.error.coordinates")
      .refine((v) => Number.isFinite(v) && Math.abs(v) <= limit, "network.error.coordinates"),
  );

/** A member city as an editor (or an import row) writes it. */
export const citySchema = z
  .object({
    name: safeText(200).min(1, "network.error.required"),
    localName: optional(safeText(200)).transform((v) => v ?? ""),
    slug: slugField,
    country,
    region: z.enum(REGIONS, "network.error.region"),
    latitude: coordinate(90),
    longitude: coordinate(180),
    hubId: optional(id),
    memberSince: optional(
      z
        .string()
        .trim()
        .regex(/^\d{4}(-\d{2}-\d{2})?$/, "network.error.date"),
    ),
    website: optional(httpUrl),
    contactPersonId: optional(id),
    tagSlug: optional(z.string().trim().max(120).refine(isSlug, "network.error.slug")),
    profile: markdownText(20_000).optional().default(""),
  })
  .transform((v) => ({ ...v, slug: v.slug ?? slugify(v.name) }));
export type CityInput = z.output<typeof citySchema>;

/** A regional hub. */
export const hubSchema = z
  .object({
    name: requiredText(200),
    slug: slugField,
    region: z.enum(REGIONS, "network.error.region"),
    color: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "network.error.color"),
    contactPersonId: optional(id),
    description: markdownText(20_000).optional().default(""),
  })
  .transform((v) => ({ ...v, slug: v.slug ?? slugify(v.name) }));

/** A person. */
export const personSchema = z
  .object({
    name: requiredText(200),
    slug: slugField,
    title: text(300).optional().default(""),
    organisationId: optional(id),
    cityId: optional(id),
  })
  .transform((v) => ({ ...v, slug: v.slug ?? slugify(v.name) }));

/** An organisation. */
export const organisationSchema = z
  .object({
    name: requiredText(300),
    slug: slugField,
    country: optional(country),
    website: optional(httpUrl),
  })
  .transform((v) => ({ ...v, slug: v.slug ?? slugify(v.name) }));

/** A term on the International Steering Committee. */
export const committeeTermSchema = z
  .object({
    cityId: id,
    role: z.enum(COMMITTEE_ROLES),
    startsOn: day,
    endsOn: optional(day),
    representativeId: optional(id),
  })
  .refine((v) => v.endsOn === null || v.endsOn >= v.startsOn, {
    message: "network.error.endBeforeStart",
    path: ["endsOn"],
  });

const localTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "network.error.dateTime");
const sessionLine = /^(\d{2}:\d{2})(?:\s*[-–]\s*(\d{2}:\d{2}))?\s+(.+)$/;

/** An event: times are wall-clock times in its zone; sessions are lines "HH:MM[-HH:MM] Title". */
export const eventSchema = z
  .object({
    title: requiredText(300),
    slug: slugField,
    description: markdownText(50_000).optional().default(""),
    startsAtLocal: localTime,
    endsAtLocal: localTime,
    timeZone: z.string().trim().refine(isTimeZone, "network.error.timeZone"),
    format: z.enum(EVENT_FORMATS),
    place: text(300).optional().default(""),
    registrationUrl: optional(httpUrl),
    participantCount: optional(z.coerce.number().int().min(0).max(10_000_000)),
    countryCount: optional(z.coerce.number().int().min(0).max(300)),
    recordingUrl: optional(httpUrl),
    summaryItemId: optional(id),
    isCommitteeMeeting: z
      .union([z.literal("1"), z.literal("on"), z.literal(""), z.boolean()])
      .optional()
      .transform((v) => (v === "1" || v === "on" || v === true ? 1 : 0)),
    organiserIds: ids,
    sponsorIds: ids,
    speakerIds: ids,
    sessions: text(20_000).optional().default(""),
  })
  .transform((v, ctx) => {
    const startsAt = zonedToUtc(v.startsAtLocal, v.timeZone);
    const endsAt = zonedToUtc(v.endsAtLocal, v.timeZone);
    if (!startsAt || !endsAt) {
      ctx.addIssue({ code: "custom", message: "network.error.dateTime", path: ["startsAtLocal"] });
      return z.NEVER;
    }
    if (endsAt < startsAt) {
      ctx.addIssue({
        code: "custom",
        message: "network.error.endBeforeStart",
        path: ["endsAtLocal"],
      });
      return z.NEVER;
    }
    const day = v.startsAtLocal.slice(0, 10);
    const sessions = [];
    for (const raw of v.sessions.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === "") continue;
      const match = sessionLine.exec(line);
      if (!match) {
        sessions.push({ startsAt: null, endsAt: null, title: line.slice(0, 300) });
        continue;
      }
      const [, from = "", to, title = ""] = match;
      sessions.push({
        startsAt: zonedToUtc(`${day}T${from}`, v.timeZone)?.toISOString() ?? null,
        endsAt: to ? (zonedToUtc(`${day}T${to}`, v.timeZone)?.toISOString() ?? null) : null,
        title: title.slice(0, 300),
      });
    }
    return {
      slug: v.slug ?? slugify(v.title),
      title: v.title,
      description: v.description,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      timeZone: v.timeZone,
      format: v.format,
      place: v.place,
      registrationUrl: v.registrationUrl,
      participantCount: v.participantCount,
      countryCount: v.countryCount,
      recordingUrl: v.recordingUrl,
      summaryItemId: v.summaryItemId,
      isCommitteeMeeting: v.isCommitteeMeeting,
      parts: {
        organiserIds: v.organiserIds,
        sponsorIds: v.sponsorIds,
        speakerIds: v.speakerIds,
        sessions: sessions.slice(0, 100),
      },
    };
  });
export type EventInput = z.output<typeof eventSchema>;

/** Field errors of a failed parse: field name → catalog key (the first problem of each field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (out[field]) continue;
    out[field] = issue.message.startsWith("network.error.")
      ? issue.message
      : "network.error.invalid";
  }
  return out;
}
