import type { ItemType } from "../../content/index.js";
import { slugify } from "../../content/index.js";
import { RESERVED_PAGE_SLUGS } from "../../content/index.js";
import type { ReportLine } from "./report.js";
import type { WxrDocument, WxrItem, WxrItemTerm } from "./wxr-reader.js";

/** How WordPress post types become Civitas content types; `--type job=resource` adds to it. */
export const DEFAULT_TYPE_MAP: Readonly<Record<string, ItemType>> = { post: "news", page: "page" };

/** One language version of an entry (the original included). */
export interface PlannedVersion {
  postId: string;
  language: string;
  title: string;
  excerpt: string;
  content: string;
  /** Old addresses of this version: its `<link>`, `?p=`/`?page_id=` forms. */
  oldPaths: string[];
  /**
   * A translation's own tags that a term translation group (Polylang's
   * `term_translations`) pairs with one of the original's: the original's
   * name and this language's. Empty for the original.
   */
  tagNames: { source: string; target: string }[];
}

/** One Civitas item to write: a post or page, with its translations when a plugin grouped them. */
export interface PlannedEntry {
  /** The original's `wp:post_id`: the import mapping's key. */
  postId: string;
  postType: string;
  type: ItemType;
  slug: string;
  status: "published" | "draft" | "scheduled";
  /** ISO instant of publication (WordPress's post_date_gmt), when known. */
  date: string | null;
  author: string;
  /** The author's display name (the login when the export has none): the item's byline. */
  byline: string;
  tags: string[];
  /** The attachment id of the featured image (`_thumbnail_id`). */
  thumbnailId: string | undefined;
  original: PlannedVersion;
  translations: PlannedVersion[];
}

/** A file of the uploads folder the export names. */
export interface PlannedAttachment {
  postId: string;
  /** Path inside the uploads folder ("2020/05/bridge.jpg"). */
  uploadsPath: string;
  url: string;
  title: string;
  alt: string;
}

/** Everything an import will do, decided from the file alone. */
export interface ImportPlan {
  /** What keys the mapping: "wordpress:<base blog url>". */
  source: string;
  siteUrl: string;
  entries: PlannedEntry[];
  attachments: PlannedAttachment[];
  lines: ReportLine[];
  counts: { postTypes: Record<string, number>; comments: number; authors: string[] };
}

/** What the plan needs to know about the site it imports into. */
export interface PlanOptions {
  typeMap: Readonly<Record<string, ItemType>>;
  languages: readonly string[];
  sourceLanguage: string;
  now: Date;
}

/**
 * Decides what each item of an export becomes: posts and pages (and mapped
 * custom types) become items, translation groups (Polylang, WPML) one item
 * with its language versions, attachments files to read; everything else is
 * reported as skipped with why.
 *
 * WPML: its export add-on writes postmeta `_wpml_import_language_code`,
 * `_wpml_import_source_language_code` (empty on the original) and
 * `_wpml_import_translation_group`; older exports carry `_icl_lang_code` /
 * `_wpml_language` and `_icl_trid` / `_wpml_trid`. Any of them is read.
 * Polylang: the `language` taxonomy (term slug = language code) and the
 * `post_translations` term, whose description is a PHP-serialized array
 * language → post id.
 */
export function planImport(doc: WxrDocument, options: PlanOptions): ImportPlan {
  const siteUrl = (doc.baseBlogUrl || doc.link || doc.baseSiteUrl).replace(/\/+$/, "");
  const lines: ReportLine[] = [];
  const postTypes: Record<string, number> = {};
  let comments = 0;
  for (const item of doc.items) {
    postTypes[item.postType] = (postTypes[item.postType] ?? 0) + 1;
    comments += item.comments;
  }
  const { attachments, candidates } = sortItems(doc, options, lines);
  const languageOf = languageReader(doc, options.sourceLanguage);
  const groups = groupTranslations(doc, candidates, languageOf);
  const termGroupOf = termGroupsOf(doc);
  const entries: PlannedEntry[] = [];
  const slugsTaken = new Map<ItemType, Set<string>>();
  for (const group of groups) {
    const entry = planEntry(group, {
      doc,
      options,
      languageOf,
      termGroupOf,
      siteUrl,
      slugsTaken,
      lines,
    });
    if (entry) entries.push(entry);
  }
  if (comments > 0)
    lines.push({ postId: "", title: "", code: "comments_not_imported", detail: String(comments) });
  const authors = [...new Set(doc.authors.map((a) => a.displayName || a.login))];
  return {
    source: `wordpress:${siteUrl}`,
    siteUrl,
    entries,
    attachments,
    lines,
    counts: { postTypes, comments, authors },
  };
}

/** Attachments with their file, and the items to import; what is skipped is reported in `lines`. */
function sortItems(
  doc: WxrDocument,
  options: PlanOptions,
  lines: ReportLine[],
): { attachments: PlannedAttachment[]; candidates: WxrItem[] } {
  const attachments: PlannedAttachment[] = [];
  const candidates: WxrItem[] = [];
  for (const [index, read] of doc.items.entries()) {
    const item = { ...read, postId: keyOf(read, index) };
    const where = { postId: item.postId, title: item.title };
    if (item.postType === "attachment") {
      const uploadsPath = uploadsPathOf(item);
      if (uploadsPath) {
        attachments.push({
          postId: item.postId,
          uploadsPath,
          url: item.attachmentUrl,
          title: item.title,
          alt: metaOf(item, "_wp_attachment_image_alt") ?? "",
        });
      } else lines.push({ ...where, code: "attachment_without_file", detail: item.attachmentUrl });
      continue;
    }
    if (item.postType === "nav_menu_item") {
      lines.push({ ...where, code: "skipped_menu_item", detail: "" });
      continue;
    }
    if (item.postType === "revision") {
      lines.push({ ...where, code: "skipped_revision", detail: "" });
      continue;
    }
    if (!options.typeMap[item.postType]) {
      lines.push({ ...where, code: "skipped_type", detail: item.postType });
      continue;
    }
    if (["trash", "auto-draft", "inherit"].includes(item.status)) {
      lines.push({ ...where, code: "skipped_status", detail: item.status });
      continue;
    }
    candidates.push(item);
  }

  return { attachments, candidates };
}

/**
 * One entry from a group of translations of one post: the languages the site
 * has, the original first; its type, status, date, free slug and tags, each
 * change reported in `lines`. None when no language of the group is kept.
 */
function planEntry(
  group: readonly WxrItem[],
  context: {
    doc: WxrDocument;
    options: PlanOptions;
    languageOf: (item: WxrItem) => string;
    termGroupOf: ReadonlyMap<string, string>;
    siteUrl: string;
    slugsTaken: Map<ItemType, Set<string>>;
    lines: ReportLine[];
  },
): PlannedEntry | undefined {
  const { doc, options, languageOf, termGroupOf, siteUrl, slugsTaken, lines } = context;
  const kept = group.filter((item) => {
    const language = languageOf(item);
    if (options.languages.includes(language)) return true;
    lines.push({
      postId: item.postId,
      title: item.title,
      code: "skipped_language",
      detail: language,
    });
    return false;
  });
  const original =
    kept.find((item) => languageOf(item) === options.sourceLanguage && isOriginal(item)) ??
    kept.find(isOriginal) ??
    kept[0];
  if (!original) return undefined;
  const type = options.typeMap[original.postType] ?? "news";
  const where = { postId: original.postId, title: original.title };
  const status = statusOf(original, options.now);
  if (original.status === "private") lines.push({ ...where, code: "private_as_draft", detail: "" });
  const date = dateOf(original);
  if (!date) lines.push({ ...where, code: "date_missing", detail: original.postDate });
  const slug = uniqueSlug(slugOf(original), type, slugsTaken);
  if (slug !== slugOf(original) && original.postName)
    lines.push({ ...where, code: "slug_changed", detail: slug });
  const tags = tagsOf(original);
  if (tags.length > MAX_TAGS) {
    lines.push({ ...where, code: "tags_truncated", detail: String(tags.length) });
  }
  return {
    postId: original.postId,
    postType: original.postType,
    type,
    slug,
    status,
    date,
    author: original.creator,
    byline: bylineOf(doc.authors, original.creator),
    tags: tags.slice(0, MAX_TAGS),
    thumbnailId: metaOf(original, "_thumbnail_id"),
    original: versionOf(original, languageOf(original), siteUrl),
    translations: kept
      .filter((item) => item !== original)
      .map((item) => {
        const version = versionOf(item, languageOf(item), siteUrl);
        const paired = pairTags(original, item, termGroupOf, tags.slice(0, MAX_TAGS));
        version.tagNames = paired.pairs;
        if (paired.unpaired.length > 0)
          lines.push({
            postId: item.postId,
            title: item.title,
            code: "tag_translation_unpaired",
            detail: `${version.language}: ${paired.unpaired.join(", ")}`,
          });
        return version;
      }),
  };
}

/** The name WordPress showed for a post's author: its display name, else its login. */
function bylineOf(
  authors: readonly { login: string; displayName: string }[],
  login: string,
): string {
  const author = authors.find((a) => a.login === login);
  return (author?.displayName || login).replace(/\s+/g, " ").trim();
}

/** The editor takes at most this many tags per item. */
const MAX_TAGS = 30;

/** The path of an attachment inside the uploads folder, never leaving it. */
export function uploadsPathOf(item: Pick<WxrItem, "meta" | "attachmentUrl">): string | undefined {
  const attached = metaOf(item, "_wp_attached_file");
  const fromUrl = uploadsPathOfUrl(item.attachmentUrl);
  const candidate = attached && !/^[a-z]+:/i.test(attached) ? attached : fromUrl;
  return candidate && isSafeRelativePath(candidate) ? candidate : undefined;
}

/**
 * The part of a URL after `/uploads/` (WordPress's uploads folder), decoded;
 * WordPress.com serves the same folder at the root of `*.files.wordpress.com`.
 */
export function uploadsPathOfUrl(url: string): string | undefined {
  const match = /\/uploads\/([^?#]+)/.exec(url);
  const hosted = /^https?:\/\/[a-z0-9-]+\.files\.wordpress\.com\/([^?#]+)/i.exec(url);
  const found = match?.[1] ?? hosted?.[1];
  if (!found) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(found);
  } catch {
    return undefined;
  }
  return isSafeRelativePath(decoded) ? decoded : undefined;
}

function isSafeRelativePath(value: string): boolean {
  return (
    value.length > 0 &&
    !value.startsWith("/") &&
    !value.includes("\\") &&
    !value.includes("\0") &&
    value.split("/").every((part) => part !== ".." && part !== "." && part !== "")
  );
}

/** The post id; an export without ids (theme preview) gives `?p=N` in its guid or link. */
function keyOf(item: WxrItem, index: number): string {
  if (item.postId) return item.postId;
  const id = /[?&](?:p|page_id)=(\d+)/.exec(`${item.guid} ${item.link}`)?.[1];
  return id ?? (item.guid || item.link || `#${index + 1}`);
}

function metaOf(item: Pick<WxrItem, "meta">, key: string): string | undefined {
  const found = item.meta.find((m) => m.key === key)?.value.trim();
  return found === "" ? undefined : found;
}

function isOriginal(item: WxrItem): boolean {
  return !metaOf(item, "_wpml_import_source_language_code");
}

/** Reads a post's language: Polylang's taxonomy, WPML's postmeta, else the site's source language. */
function languageReader(doc: WxrDocument, fallback: string): (item: WxrItem) => string {
  const channel = normaliseLanguage(doc.language);
  return (item) => {
    const polylang = item.terms.find((t) => t.domain === "language")?.slug;
    const wpml =
      metaOf(item, "_wpml_import_language_code") ??
      metaOf(item, "_icl_lang_code") ??
      metaOf(item, "_wpml_language");
    const found = polylang ?? wpml;
    return found ? normaliseLanguage(found) : fallback || channel;
  };
}

/** "fr_FR", "en-US", "FR" → "fr". */
function normaliseLanguage(code: string): string {
  return (/^[a-zA-Z]{2,3}/.exec(code.trim())?.[0] ?? "").toLowerCase();
}

/** Groups posts that are translations of one another; a post alone is a group of one. */
function groupTranslations(
  doc: WxrDocument,
  items: WxrItem[],
  languageOf: (item: WxrItem) => string,
): WxrItem[][] {
  const polylangSets = new Map<string, string[]>();
  for (const term of doc.terms) {
    if (term.taxonomy === "post_translations")
      polylangSets.set(term.slug, Object.values(parsePhpStringToIntArray(term.description)));
  }
  const groupOf = new Map<string, string>();
  for (const item of items) {
    const polylang = item.terms.find((t) => t.domain === "post_translations")?.slug;
    const wpml =
      metaOf(item, "_wpml_import_translation_group") ??
      metaOf(item, "_icl_trid") ??
      metaOf(item, "_wpml_trid");
    if (polylang && polylangSets.has(polylang)) {
      for (const id of polylangSets.get(polylang) ?? []) groupOf.set(id, `pll:${polylang}`);
    } else if (wpml) groupOf.set(item.postId, `wpml:${item.postType}:${wpml}`);
  }
  const groups = new Map<string, WxrItem[]>();
  for (const item of items) {
    const key = groupOf.get(item.postId) ?? `post:${item.postId}`;
    const group = groups.get(key) ?? [];
    // One version per language: a second post claiming the same language stays on its own.
    if (group.some((other) => languageOf(other) === languageOf(item)))
      groups.set(`post:${item.postId}`, [item]);
    else {
      group.push(item);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/**
 * Reads the PHP-serialized arrays Polylang stores (`a:2:{s:2:"en";i:12;s:2:"fr";i:14;}`):
 * string keys to integer values; anything else in it is ignored.
 */
export function parsePhpStringToIntArray(serialized: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of serialized.matchAll(/s:\d+:"([^"]*)";i:(\d+);/g)) {
    if (match[1] !== undefined && match[2] !== undefined) out[match[1]] = match[2];
  }
  return out;
}

function statusOf(item: WxrItem, now: Date): PlannedEntry["status"] {
  // An export without statuses (theme preview) lists what the site shows.
  if (item.status === "publish" || item.status === "") return "published";
  if (item.status === "future") {
    const date = dateOf(item);
    return date && date > now.toISOString() ? "scheduled" : "published";
  }
  return "draft";
}

/** post_date_gmt as an ISO instant; "0000-00-00 00:00:00" (never published) falls back to post_date. */
export function dateOf(item: Pick<WxrItem, "postDateGmt" | "postDate">): string | null {
  for (const value of [item.postDateGmt, item.postDate]) {
    const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
    if (!match || match[1] === "0000") continue;
    const date = new Date(
      `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`,
    );
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}

function slugOf(item: WxrItem): string {
  let name = item.postName;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: slugify the raw name.
  }
  return slugify(name) || slugify(item.title) || `post-${slugify(item.postId) || "0"}`;
}

function uniqueSlug(base: string, type: ItemType, taken: Map<ItemType, Set<string>>): string {
  const used = taken.get(type) ?? new Set<string>();
  taken.set(type, used);
  let slug = type === "page" && RESERVED_PAGE_SLUGS.has(base) ? `${base}-page` : base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

function tagsOf(item: WxrItem): string[] {
  const names = new Map<string, string>();
  for (const term of item.terms) {
    if (term.domain !== "category" && term.domain !== "post_tag") continue;
    const name = term.name.trim().slice(0, 80);
    const key = slugify(name);
    if (key && !names.has(key)) names.set(key, name);
  }
  return [...names.values()];
}

function versionOf(item: WxrItem, language: string, siteUrl: string): PlannedVersion {
  return {
    postId: item.postId,
    language,
    title: item.title,
    excerpt: item.excerpt,
    content: item.content,
    oldPaths: oldPathsOf(item, siteUrl),
    tagNames: [],
  };
}

/**
 * Polylang's term translation groups: a `term_translations` term whose
 * description is a PHP-serialized `lang → term id` array. Keyed by
 * "taxonomy:slug" of each member term. (WPML keeps term translations in its
 * own tables, which WXR does not carry: its translated terms stay unpaired.)
 */
function termGroupsOf(doc: WxrDocument): Map<string, string> {
  const keyOfId = new Map<string, string>();
  for (const term of doc.terms) keyOfId.set(term.termId, `${term.taxonomy}:${term.slug}`);
  const out = new Map<string, string>();
  for (const term of doc.terms) {
    if (term.taxonomy !== "term_translations") continue;
    for (const id of Object.values(parsePhpStringToIntArray(term.description))) {
      const key = keyOfId.get(id);
      if (key) out.set(key, term.slug);
    }
  }
  return out;
}

/**
 * A translation's categories and tags paired with the original's through the
 * term translation groups; the ones without a partner among the original's
 * imported tags are listed (names the same in both languages need no pair).
 */
function pairTags(
  original: WxrItem,
  translation: WxrItem,
  groupOf: ReadonlyMap<string, string>,
  originalTags: readonly string[],
): { pairs: { source: string; target: string }[]; unpaired: string[] } {
  const isTag = (t: WxrItemTerm) => t.domain === "category" || t.domain === "post_tag";
  const kept = new Set(originalTags.map((name) => slugify(name)));
  const byGroup = new Map<string, string>();
  for (const term of original.terms.filter(isTag)) {
    const group = groupOf.get(`${term.domain}:${term.slug}`);
    const name = term.name.trim().slice(0, 80);
    if (group && kept.has(slugify(name))) byGroup.set(group, name);
  }
  const pairs: { source: string; target: string }[] = [];
  const unpaired: string[] = [];
  for (const term of translation.terms.filter(isTag)) {
    const name = term.name.trim().slice(0, 80);
    if (name === "") continue;
    const group = groupOf.get(`${term.domain}:${term.slug}`);
    const source = group ? byGroup.get(group) : undefined;
    if (source !== undefined) {
      if (!pairs.some((p) => p.source === source)) pairs.push({ source, target: name });
    } else if (!kept.has(slugify(name))) unpaired.push(name);
  }
  return { pairs, unpaired };
}

/** The old addresses of a post: its permalink's path (and query) and WordPress's id forms. */
function oldPathsOf(item: WxrItem, siteUrl: string): string[] {
  const paths = new Set<string>();
  const base = (pathOf(siteUrl) ?? "").replace(/\/+$/, "");
  const add = (path: string | undefined) => {
    if (path && path !== "/" && path !== `${base}/`) paths.add(path);
  };
  add(pathOf(item.link));
  add(pathOf(item.guid));
  const id = encodeURIComponent(item.postId);
  add(item.postType === "page" ? `${base}/?page_id=${id}` : `${base}/?p=${id}`);
  if (item.postType !== "post" && item.postType !== "page")
    add(`${base}/?post_type=${encodeURIComponent(item.postType)}&p=${id}`);
  return [...paths];
}

function pathOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
