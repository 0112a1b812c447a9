import fs from "node:fs/promises";
import path from "node:path";
import type { Kysely, Transaction } from "kysely";
import type { Db, DB } from "../../../database.js";
import { recordAudit } from "../../../platform/audit/audit.repository.js";
import type { ItemDraftInput } from "../../content/index.js";
import { findItemById, findItemBySlug, isSameAsLatestRevision } from "../../content/index.js";
import { publishItem, saveItemIn, scheduleItem } from "../../content/index.js";
import { bodyUrlOf } from "../../content/index.js";
import {
  detectMediaKind,
  findStoredMedia,
  MEDIA_LIMITS,
  mediaFileNames,
  type PreparedMedia,
  prepareDocument,
  prepareImage,
  recordMedia,
} from "../../content/index.js";
import { itemPath } from "../../content/index.js";
import { enqueueScheduledPublication } from "../../content/index.js";
import { slugify } from "../../content/index.js";
import { findImportMapping, saveImportMapping } from "../import-mapping.repository.js";
import { saveRedirect } from "../redirect.repository.js";
import { storeHumanTranslations } from "./human-translations.js";
import { visibleTextOfHtml, wordpressHtmlToMarkdown } from "./html-to-markdown.js";
import {
  type ImportPlan,
  type PlannedEntry,
  type PlannedVersion,
  uploadsPathOfUrl,
} from "./plan.js";
import type { ImportReport, ReportLine } from "./report.js";
import { folderUploads, type UploadsSource } from "./uploads-source.js";

/** What one run needs besides the plan. */
export interface RunImportInput {
  plan: ImportPlan;
  /** The WordPress uploads folder (`--media`): attachments and body images are read from it. */
  uploadsDir?: string;
  /** Or the uploads as another source (a ZIP uploaded in the workspace); the caller closes it. */
  uploads?: UploadsSource;
  /** The site's media directory, where stored files go. */
  mediaDir: string;
  isDryRun: boolean;
  actorId: number | null;
  now: Date;
  onProgress?: (done: number, total: number, label: string) => void;
}

/**
 * Runs a planned WordPress import: files of the uploads folder are checked
 * and written first (outside the transaction, removed again if it fails),
 * then every item, tag, file record, mapping and redirect is written in one
 * transaction. A dry run reads the files and the database (when given one)
 * and writes nothing: its created / updated / unchanged are what a real run
 * would report. Importing the same file again changes nothing: things are
 * keyed by site and post id.
 */
export async function runWordpressImport(
  db: Kysely<DB> | undefined,
  input: RunImportInput,
): Promise<ImportReport> {
  const { plan } = input;
  const lines: ReportLine[] = [...plan.lines];
  const files = await prepareFiles(plan, { ...input, db }, lines);
  const drafts = plan.entries.map((entry) => buildDrafts(entry, files, lines));
  const report = planReport(plan, { isDryRun: input.isDryRun, lines, files, drafts });
  if (input.isDryRun) {
    await countWithoutWriting(db, { input, files, drafts, report });
    return report;
  }
  if (!db) throw new Error("An import that writes needs a database");

  try {
    await db
      .transaction()
      .execute((trx) => writeImport(trx, { input, files, drafts, lines, report }));
  } catch (error) {
    await removeWrittenFiles(input.mediaDir, files.written);
    throw error;
  }
  return report;
}

/** The report of what the import reads and would write, before anything is written. */
function planReport(
  plan: RunImportInput["plan"],
  input: {
    isDryRun: boolean;
    lines: ReportLine[];
    files: Awaited<ReturnType<typeof prepareFiles>>;
    drafts: readonly ReturnType<typeof buildDrafts>[];
  },
): ImportReport {
  const { lines, files, drafts } = input;
  const report: ImportReport = {
    source: plan.source,
    isDryRun: input.isDryRun,
    read: plan.counts.postTypes,
    items: {},
    created: 0,
    updated: 0,
    unchanged: 0,
    translations: 0,
    mediaStored: 0,
    mediaMissing: 0,
    tags: 0,
    redirects: 0,
    comments: plan.counts.comments,
    authors: plan.counts.authors,
    lines,
  };
  report.mediaMissing = lines.filter(
    (l) => l.code === "attachment_missing" || l.code === "image_missing",
  ).length;
  for (const entry of plan.entries) report.items[entry.type] = (report.items[entry.type] ?? 0) + 1;
  report.tags = new Set(drafts.flatMap((d) => d.original.tags ?? []).map((t) => slugify(t))).size;
  report.translations = plan.entries.reduce((n, e) => n + e.translations.length, 0);
  report.mediaStored = files.byPath.size;
  report.redirects = plan.entries.reduce(
    (n, e) =>
      n + e.original.oldPaths.length + e.translations.reduce((m, t) => m + t.oldPaths.length, 0),
    0,
  );
  return report;
}

/** In one transaction: the file records, every entry and the audit entry; counts what was created, updated or unchanged. */
async function writeImport(
  trx: Transaction<DB>,
  context: {
    input: RunImportInput;
    files: Awaited<ReturnType<typeof prepareFiles>>;
    drafts: readonly ReturnType<typeof buildDrafts>[];
    lines: ReportLine[];
    report: ImportReport;
  },
): Promise<void> {
  const { input, files, drafts, lines, report } = context;
  const { plan } = input;
  const mediaIds = new Map<string, number>();
  for (const [uploadsPath, file] of files.byPath) {
    const media = await recordMedia(trx, {
      prepared: file.prepared,
      altText: file.alt,
      actorId: input.actorId,
      now: input.now,
    });
    mediaIds.set(uploadsPath, media.id);
    await saveImportMapping(trx, {
      source: plan.source,
      kind: "media",
      sourceKey: uploadsPath,
      targetId: media.id,
      createdAt: input.now.toISOString(),
    });
  }
  let done = 0;
  for (const [index, entry] of plan.entries.entries()) {
    const built = drafts[index];
    if (!built) continue;
    const outcome = await writeEntry(trx, { entry, built, mediaIds, files, input, lines });
    report[outcome]++;
    done++;
    input.onProgress?.(done, plan.entries.length, entry.slug);
  }
  await recordAudit(trx, {
    actorId: input.actorId,
    action: "created",
    subjectType: "wordpress-import",
    subjectId: plan.source,
    summary: `${plan.source}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`,
    now: input.now,
  });
}

interface PreparedFile {
  prepared: PreparedMedia;
  url: string;
  alt: string;
  /** A dry run's: the library's file with the same bytes, which a real run would reuse. */
  storedId?: number;
}

interface PreparedFiles {
  byPath: Map<string, PreparedFile>;
  /** Attachment post id → uploads path. */
  attachmentPaths: Map<string, string>;
  /** Files this run wrote into the media directory (removed if the transaction fails). */
  written: string[];
}

/** Reads every file the export names from the uploads folder, checks it by its bytes and writes it. */
async function prepareFiles(
  plan: ImportPlan,
  input: RunImportInput & { db: Kysely<DB> | undefined },
  lines: ReportLine[],
): Promise<PreparedFiles> {
  const files: PreparedFiles = { byPath: new Map(), attachmentPaths: new Map(), written: [] };
  const wanted = new Map<string, { postId: string; title: string; alt: string }>();
  for (const attachment of plan.attachments) {
    files.attachmentPaths.set(attachment.postId, attachment.uploadsPath);
    wanted.set(attachment.uploadsPath, {
      postId: attachment.postId,
      title: attachment.title,
      alt: attachment.alt || attachment.title,
    });
  }
  for (const entry of plan.entries) {
    for (const version of [entry.original, ...entry.translations]) {
      for (const match of version.content.matchAll(UPLOADS_URL)) {
        const uploadsPath = uploadsPathOfUrl(match[0]);
        if (uploadsPath && !wanted.has(uploadsPath))
          wanted.set(uploadsPath, { postId: version.postId, title: version.title, alt: "" });
      }
    }
  }
  const source = input.uploads ?? (input.uploadsDir ? folderUploads(input.uploadsDir) : undefined);
  if (!source) return files;
  let done = 0;
  for (const [uploadsPath, about] of wanted) {
    done++;
    input.onProgress?.(done, wanted.size, uploadsPath);
    const bytes = await source.read(uploadsPath);
    if (!bytes) {
      // Body images are often a resized copy; a missing one is reported when a body uses it.
      if (plan.attachments.some((a) => a.uploadsPath === uploadsPath))
        lines.push({
          postId: about.postId,
          title: about.title,
          code: "attachment_missing",
          detail: uploadsPath,
        });
      continue;
    }
    const kind = detectMediaKind(bytes);
    const limit = kind === "document" ? MEDIA_LIMITS.documentBytes : MEDIA_LIMITS.imageBytes;
    if (!kind || bytes.length > limit) {
      lines.push({
        postId: about.postId,
        title: about.title,
        code: "attachment_unsupported",
        detail: uploadsPath,
      });
      continue;
    }
    const name = path.basename(uploadsPath);
    let prepared: PreparedMedia;
    let storedId: number | undefined;
    try {
      if (input.isDryRun) {
        const stored = input.db ? await findStoredMedia(input.db, bytes) : undefined;
        storedId = stored?.id;
        prepared = stored ?? dryRunMedia(kind, name, bytes.length);
      } else {
        const before = await existingNames(input.mediaDir);
        prepared =
          kind === "image"
            ? await prepareImage({ bytes, originalName: name, mediaDir: input.mediaDir })
            : await prepareDocument({ bytes, originalName: name, mediaDir: input.mediaDir });
        for (const file of mediaFileNames(prepared))
          if (!before.has(file)) files.written.push(file);
      }
    } catch {
      lines.push({
        postId: about.postId,
        title: about.title,
        code: "attachment_unsupported",
        detail: uploadsPath,
      });
      continue;
    }
    const alt = (about.alt || name).slice(0, 500);
    files.byPath.set(uploadsPath, {
      prepared,
      url: bodyUrlOf(prepared) ?? "",
      alt,
      ...(storedId === undefined ? {} : { storedId }),
    });
  }
  return files;
}

const UPLOADS_URL =
  /(?:https?:\/\/[^\s"'<>()]+)?\/wp-content\/uploads\/[^\s"'<>()]+|https?:\/\/[^\s"'<>()]+\/uploads\/[^\s"'<>()]+/g;

interface BuiltDrafts {
  original: ItemDraftInput;
  thumbnailPath: string | undefined;
  translations: { version: PlannedVersion; draft: ItemDraftInput }[];
}

/** The drafts of an entry: bodies converted, images pointed at the media library, text cleaned. */
function buildDrafts(entry: PlannedEntry, files: PreparedFiles, lines: ReportLine[]): BuiltDrafts {
  const resolveImage = (src: string) => {
    const uploadsPath = uploadsPathOfUrl(src);
    if (!uploadsPath) return undefined;
    return (files.byPath.get(uploadsPath) ?? files.byPath.get(withoutSizeSuffix(uploadsPath)))?.url;
  };
  const thumbnailPath = entry.thumbnailId
    ? files.attachmentPaths.get(entry.thumbnailId)
    : undefined;
  const hero = thumbnailPath ? files.byPath.get(thumbnailPath) : undefined;
  const draftOf = (version: PlannedVersion): ItemDraftInput => {
    const where = { postId: version.postId, title: version.title };
    const converted = wordpressHtmlToMarkdown(version.content, { resolveImage });
    const notes = converted.notes;
    if (notes.shortcodes.length > 0)
      lines.push({ ...where, code: "shortcode", detail: notes.shortcodes.join(", ") });
    if (notes.keptHtml.length > 0)
      lines.push({ ...where, code: "kept_html", detail: notes.keptHtml.join(", ") });
    for (const src of notes.missingImages)
      lines.push({ ...where, code: "image_missing", detail: src });
    for (const src of notes.embeds) lines.push({ ...where, code: "embed_link", detail: src });
    // WordPress titles are HTML ("Title <em>With</em> Markup"); readers saw their text.
    const title = neutralise(visibleTextOfHtml(version.title).replace(/\s+/g, " ").trim());
    const body = neutralise(converted.markdown);
    let summary = neutralise(visibleTextOfHtml(version.excerpt).replace(/\s+/g, " ").trim());
    if (summary.text.length > 2000) {
      lines.push({ ...where, code: "summary_truncated", detail: String(summary.text.length) });
      summary = { text: summary.text.slice(0, 2000), removed: summary.removed };
    }
    const tags = entry.tags.map(neutralise);
    // A name, shown as text (never HTML); bidi and control characters go like everywhere else.
    const byline = neutralise(entry.byline);
    const removed =
      title.removed +
      body.removed +
      summary.removed +
      (version === entry.original ? byline.removed : 0) +
      tags.reduce((n, t) => n + t.removed, 0);
    if (removed > 0) lines.push({ ...where, code: "control_characters", detail: String(removed) });
    let titleText = title.text.slice(0, 500);
    if (titleText === "") {
      titleText = `WordPress ${version.postId}`;
      lines.push({ ...where, code: "title_missing", detail: titleText });
    }
    return {
      type: entry.type,
      slug: entry.slug,
      sourceLanguage: version.language,
      title: titleText,
      summary: summary.text,
      body: body.text,
      tags: tags.map((t) => t.text).filter((t) => t.trim() !== ""),
      heroAlt: hero ? neutralise(hero.alt).text || titleText : "",
      byline: byline.text.trim().slice(0, 200),
    };
  };
  return {
    original: draftOf(entry.original),
    thumbnailPath: hero ? thumbnailPath : undefined,
    translations: entry.translations.map((version) => ({ version, draft: draftOf(version) })),
  };
}

/**
 * A dry run's created / updated / unchanged: what writeEntry would say, read
 * from the database without writing; every entry is new when there is none.
 */
async function countWithoutWriting(
  db: Kysely<DB> | undefined,
  context: {
    input: RunImportInput;
    files: PreparedFiles;
    drafts: readonly BuiltDrafts[];
    report: ImportReport;
  },
): Promise<void> {
  const { input, files, drafts, report } = context;
  for (const [index, entry] of input.plan.entries.entries()) {
    const built = drafts[index];
    if (!built) continue;
    report[
      db ? await outcomeOfEntry(db, { entry, built, files, source: input.plan.source }) : "created"
    ]++;
  }
}

/** What writing the entry would do, found by reading: writeEntry's outcome without its writes. */
async function outcomeOfEntry(
  db: Db,
  ctx: { entry: PlannedEntry; built: BuiltDrafts; files: PreparedFiles; source: string },
): Promise<"created" | "updated" | "unchanged"> {
  const { entry, built } = ctx;
  const mappedId = await findImportMapping(db, {
    source: ctx.source,
    kind: "item",
    sourceKey: entry.postId,
  });
  const mapped = mappedId === undefined ? undefined : await findItemById(db, mappedId);
  if (!mapped) return "created";
  const hero = built.thumbnailPath ? ctx.files.byPath.get(built.thumbnailPath) : undefined;
  // A file the library does not have yet would be stored and become the item's image.
  if (hero && hero.storedId === undefined) return "updated";
  const heroMediaId = hero?.storedId ?? null;
  const draft: ItemDraftInput = {
    ...built.original,
    slug: mapped.slug,
    heroMediaId,
    heroAlt: heroMediaId === null ? "" : built.original.heroAlt,
  };
  return (await isSameAsLatestRevision(db, { item: mapped, draft })) ? "unchanged" : "updated";
}

/** Writes one entry; says whether it was created, updated or left as it was. */
async function writeEntry(
  trx: Db,
  ctx: {
    entry: PlannedEntry;
    built: BuiltDrafts;
    mediaIds: Map<string, number>;
    files: PreparedFiles;
    input: RunImportInput;
    lines: ReportLine[];
  },
): Promise<"created" | "updated" | "unchanged"> {
  const { entry, built, input } = ctx;
  const source = ctx.input.plan.source;
  const mappedId = await findImportMapping(trx, { source, kind: "item", sourceKey: entry.postId });
  const mapped = mappedId === undefined ? undefined : await findItemById(trx, mappedId);
  const slug = mapped ? mapped.slug : await freeSlug(trx, entry);
  const heroMediaId = built.thumbnailPath ? (ctx.mediaIds.get(built.thumbnailPath) ?? null) : null;
  const draft: ItemDraftInput = {
    ...built.original,
    slug,
    heroMediaId,
    heroAlt: heroMediaId === null ? "" : built.original.heroAlt,
  };
  const saved = await saveItemIn(trx, {
    itemId: mapped?.id,
    draft,
    actorId: input.actorId,
    now: input.now,
  });
  const item = saved.item;
  const date = entry.date ? new Date(entry.date) : input.now;
  if (entry.status === "published") {
    await publishItem(trx, { itemId: item.id, now: input.now, publishedAt: date });
  } else if (entry.status === "scheduled" && item.status === "draft") {
    await scheduleItem(trx, { itemId: item.id, scheduledFor: date, now: input.now });
    await enqueueScheduledPublication(trx, { itemId: item.id, scheduledFor: date, now: input.now });
  }
  await saveImportMapping(trx, {
    source,
    kind: "item",
    sourceKey: entry.postId,
    targetId: item.id,
    createdAt: input.now.toISOString(),
  });
  const versions = [
    { version: entry.original, language: entry.original.language },
    ...built.translations.map((t) => ({ version: t.version, language: t.version.language })),
  ];
  for (const { version, language } of versions) {
    for (const fromPath of version.oldPaths) {
      await saveRedirect(trx, {
        fromPath,
        toPath: itemPath(language, item.type, item.slug),
        origin: source,
        createdAt: input.now.toISOString(),
      });
    }
  }
  if (built.translations.length > 0) {
    const lines = await storeHumanTranslations(trx, {
      revision: saved.revision,
      sourceLanguage: entry.original.language,
      source,
      original: draft,
      translations: built.translations.map((t) => ({
        postId: t.version.postId,
        language: t.version.language,
        draft: t.draft,
        tagNames: t.version.tagNames.map((pair) => ({
          source: neutralise(pair.source).text,
          target: neutralise(pair.target).text,
        })),
      })),
      actorId: input.actorId,
      now: input.now,
    });
    ctx.lines.push(...lines);
  }
  if (!mapped) return "created";
  return saved.isNewRevision ? "updated" : "unchanged";
}

/** The entry's slug, or the first `slug-N` no other item of its type uses. */
async function freeSlug(trx: Db, entry: PlannedEntry): Promise<string> {
  let slug = entry.slug;
  for (let n = 2; await findItemBySlug(trx, entry.type, slug); n++) slug = `${entry.slug}-${n}`;
  return slug;
}

// The characters hasNoControlCharacters refuses; separators become line breaks, the rest goes.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** Removes control and bidirectional override characters (never letters); says how many. */
function neutralise(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(CONTROL, (char) => {
    removed++;
    return char === "\u2028" || char === "\u2029" || char === "\u0085" ? "\n" : "";
  });
  return { text: cleaned, removed };
}

/** "2020/05/bridge-300x200.jpg" → "2020/05/bridge.jpg": WordPress's resized copies. */
function withoutSizeSuffix(uploadsPath: string): string {
  return uploadsPath.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1");
}

function dryRunMedia(kind: "image" | "document", name: string, bytes: number): PreparedMedia {
  const storageKey = kind === "image" ? `img-dry-run` : `doc-dry-run.pdf`;
  return {
    kind,
    storageKey,
    checksum: "",
    originalName: name,
    mimeType: kind === "image" ? "image/jpeg" : "application/pdf",
    bytes,
    width: null,
    height: null,
    variants: JSON.stringify(
      kind === "image" ? [{ fileName: "img-dry-run-960.jpg", width: 960, format: "jpeg" }] : [],
    ),
  };
}

async function existingNames(dir: string): Promise<Set<string>> {
  return new Set(await fs.readdir(dir).catch(() => [] as string[]));
}

async function removeWrittenFiles(dir: string, names: string[]): Promise<void> {
  await Promise.all(names.map((name) => fs.rm(path.join(dir, name), { force: true })));
}
