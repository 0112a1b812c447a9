import { z } from "zod";
import { ITEM_STATUSES, ITEM_TYPES } from "../content/index.js";

/** A numeric id in a URL path. */
export const idParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647).meta({ description: "Item id" }),
});

/** Filters of the content list. */
export const contentListQuerySchema = z.object({
  type: z.enum(ITEM_TYPES).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  tag: z.string().max(100).optional().meta({ description: "Tag slug" }),
  q: z.string().trim().max(200).optional().meta({ description: "Text the latest title contains" }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** What a publish call may carry: the revision to publish (the latest by default). */
export const publishBodySchema = z
  .object({ revisionId: z.number().int().positive().optional() })
  .default({});

/** The multipart form of a media upload (the file is read as bytes, the fields as text). */
export const mediaUploadFormSchema = z.object({
  file: z.string().meta({ format: "binary", description: "A JPEG, PNG, WebP, AVIF or PDF file" }),
  alt: z.string().max(500).optional().meta({ description: "Alt text; required for images" }),
});

/** The text fields of a media upload, as validated. */
export const mediaUploadFieldsSchema = mediaUploadFormSchema.omit({ file: true });

/** The JSON error every failure answers with. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** A tag as the API shows it. */
export const tagSchema = z.object({ id: z.number(), slug: z.string(), name: z.string() });

const attachmentSchema = z.object({ mediaId: z.number(), title: z.string() });

/** One revision of an item as the API shows it. */
export const revisionSchema = z.object({
  id: z.number(),
  number: z.number(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tags: z.array(tagSchema),
  heroMediaId: z.number().nullable(),
  heroCaption: z.string(),
  heroAlt: z.string(),
  videoUrl: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  timeZone: z.string().nullable(),
  location: z.string(),
  attendanceMode: z.enum(["online", "offline", "mixed"]).nullable(),
  authorId: z.number().nullable(),
  createdAt: z.string(),
});

const itemFields = {
  id: z.number(),
  type: z.enum(ITEM_TYPES),
  slug: z.string(),
  status: z.enum(ITEM_STATUSES),
  publishedAt: z.string().nullable(),
  scheduledFor: z.string().nullable(),
  updatedAt: z.string(),
};

/** An item with its latest revision and the one readers see. */
export const itemSchema = z.object({
  ...itemFields,
  sourceLanguage: z.string(),
  isFeatured: z.boolean(),
  contentUpdatedAt: z.string().nullable(),
  createdAt: z.string(),
  url: z
    .string()
    .nullable()
    .meta({ description: "Public path in the source language while a revision is live" }),
  latest: revisionSchema.nullable(),
  published: revisionSchema.nullable(),
});

/** A page of the content list. */
export const itemListSchema = z.object({
  items: z.array(z.object({ ...itemFields, title: z.string() })),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});

/** Every tag. */
export const tagListSchema = z.object({ tags: z.array(tagSchema) });

/** A stored file as the API shows it. */
export const mediaSchema = z.object({
  id: z.number(),
  kind: z.enum(["image", "document"]),
  originalName: z.string(),
  mimeType: z.string(),
  bytes: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  altText: z.string(),
  url: z.string().nullable(),
  createdAt: z.string(),
});

/** An item as the API returns it. */
export type ApiItem = z.infer<typeof itemSchema>;
/** A revision as the API returns it. */
export type ApiRevision = z.infer<typeof revisionSchema>;
/** A stored file as the API returns it. */
export type ApiMedia = z.infer<typeof mediaSchema>;

/** A site language in a URL path. */
export const languageParamsSchema = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/u)
    .meta({ description: "A target language of the site (fr, es…)" }),
});

const itemIdList = z
  .string()
  .regex(/^\d{1,10}(,\d{1,10}){0,499}$/u)
  .transform((list) => list.split(",").map(Number))
  .pipe(z.array(z.number().int().positive().max(2_147_483_647)));

/** Which items an XLIFF export holds, and the XLIFF version. */
export const xliffExportQuerySchema = z.object({
  items: itemIdList.optional().meta({
    description: "Item ids, comma-separated (at most 500); every published item when left out",
  }),
  version: z.enum(["2.1", "1.2"]).default("2.1"),
});

const flag = z
  .enum(["true", "false", "1", "0"])
  .default("false")
  .transform((value) => value === "true" || value === "1");

/** Options of an XLIFF import. */
export const xliffImportQuerySchema = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/u)
    .optional()
    .meta({
      description:
        "The language the file must be in (its trgLang); any target language when left out",
    }),
  dryRun: flag.meta({ description: "Check every unit and report, save nothing" }),
});

/** The report of an XLIFF import, one entry per unit of the file. */
export const xliffImportReportSchema = z.object({
  language: z.string(),
  dryRun: z.boolean(),
  accepted: z.number().int(),
  refused: z.number().int(),
  untranslated: z.number().int(),
  pages: z.number().int().meta({ description: "Pages re-assembled (a revision per language)" }),
  units: z.array(
    z.object({
      ref: z.string().meta({ description: "Where the unit is in the file (file/unit)" }),
      unitId: z.string(),
      status: z.enum(["accepted", "refused", "untranslated"]),
      reason: z
        .string()
        .optional()
        .meta({ description: "unknown-unit, source-changed, codes, refused-by-desk" }),
      detail: z.string().optional(),
      errors: z
        .number()
        .int()
        .optional()
        .meta({ description: "Error findings of the gate's checks: saved, but held by the gate" }),
      findings: z.array(z.string()).optional(),
    }),
  ),
});

/** Which translations a TMX export holds. */
export const memoryExportQuerySchema = z.object({
  origin: z
    .enum(["human", "all"])
    .default("human")
    .meta({ description: "People's translations only, or the machine's too" }),
});

const skipCounts = z.record(z.string(), z.number().int());

/** The report of a TMX import. */
export const tmxImportReportSchema = z.object({
  unitsRead: z.number().int(),
  added: z.number().int(),
  unchanged: z.number().int(),
  skipped: skipCounts.meta({ description: "Translations not added, counted by reason" }),
  pairs: z.record(z.string(), z.number().int()).meta({ description: 'Added per pair ("en>fr")' }),
  flagged: z.number().int().meta({
    description:
      "Added but failing the gate's checks: kept unreviewed, so the gate holds pages using them until a person reviews them",
  }),
  flaggedUnits: z
    .array(
      z.object({
        source: z.string(),
        target: z.string(),
        language: z.string(),
        findings: z.array(z.string()).meta({ description: "Codes of the error findings" }),
      }),
    )
    .meta({ description: "The first 100 flagged translations" }),
});

/** The glossary file format. */
export const glossaryExportQuerySchema = z.object({
  format: z.enum(["tbx", "csv"]).default("tbx"),
});

/** Options of a glossary import. */
export const glossaryImportQuerySchema = z.object({
  targetLanguage: z
    .string()
    .regex(/^([a-z]{2,3}|\*)$/u)
    .optional()
    .meta({ description: "For a CSV without language columns: its target language, or * for all" }),
});

/** The report of a glossary import. */
export const glossaryImportReportSchema = z.object({
  format: z.enum(["tbx", "csv"]),
  entriesRead: z.number().int(),
  terms: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: skipCounts,
});

/** Options of a WordPress import. */
export const wordpressImportQuerySchema = z.object({
  dryRun: flag.meta({ description: "Read, plan and report; write nothing" }),
});

/** The report of a WordPress import. */
export const wordpressImportReportSchema = z.object({
  source: z.string(),
  isDryRun: z.boolean(),
  read: z
    .record(z.string(), z.number().int())
    .meta({ description: "Items of the file per post type" }),
  items: z
    .record(z.string(), z.number().int())
    .meta({ description: "Civitas items per content type" }),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  translations: z.number().int(),
  mediaStored: z.number().int(),
  mediaMissing: z.number().int(),
  tags: z.number().int(),
  redirects: z.number().int(),
  comments: z.number().int().meta({ description: "Comments in the file (never imported)" }),
  authors: z.array(z.string()),
  lines: z.array(
    z.object({
      postId: z.string(),
      title: z.string(),
      code: z.string().meta({ description: "skipped_… for an item left out, else a note" }),
      detail: z.string(),
    }),
  ),
});
