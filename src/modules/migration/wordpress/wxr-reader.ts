import { type SaxesTagNS, SaxesParser } from "saxes";

/** A WordPress export that cannot be read: not XML, not WXR, or hostile. */
export class WxrFormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = "WxrFormatError";
  }
}

/** A category, tag or custom taxonomy term declared at the top of the export. */
export interface WxrTerm {
  termId: string;
  /** "category", "post_tag", or a custom taxonomy such as "language" or "post_translations". */
  taxonomy: string;
  slug: string;
  name: string;
  parent: string;
  description: string;
}

/** A category or tag an item carries (`<category domain nicename>`). */
export interface WxrItemTerm {
  /** "category" when the element has no `domain` (older and theme-preview exports). */
  domain: string;
  slug: string;
  name: string;
}

/** One `<item>`: a post, page, attachment, menu item or custom post type. */
export interface WxrItem {
  postId: string;
  postType: string;
  status: string;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postName: string;
  postDate: string;
  postDateGmt: string;
  postParent: string;
  menuOrder: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  meta: { key: string; value: string }[];
  comments: number;
}

/** What a WXR file holds, in file order. */
export interface WxrDocument {
  wxrVersion: string;
  title: string;
  link: string;
  language: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  authors: { login: string; displayName: string }[];
  terms: WxrTerm[];
  items: WxrItem[];
  /** Things the reader tolerated (a stray `]]>` in text, as WordPress's own importer does). */
  warnings: string[];
}

/** Namespaces of WXR 1.0, 1.1 and 1.2, over http or https. */
const WP_NS = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;
const EXCERPT_NS = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/;
const PREFIXES: Record<string, string> = {
  "http://purl.org/rss/1.0/modules/content/": "content",
  "http://purl.org/dc/elements/1.1/": "dc",
  "http://wellformedweb.org/CommentAPI/": "wfw",
};

/**
 * Reads a WXR export chunk by chunk with saxes: no DTD is read and any
 * DOCTYPE is refused, so neither a billion-laughs file nor an external entity
 * can expand; only XML's five entities and character references exist.
 * A stray `]]>` in text (what nested CDATA turns into) is kept as text.
 */
export async function readWxr(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: { onBytes?: (bytes: number) => void } = {},
): Promise<WxrDocument> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const state: ReadState = { doc: emptyDocument(), stack: [], sawRss: false, sawChannel: false };
  const doc = state.doc;
  let text = "";
  let failure: WxrFormatError | undefined;

  const fail = (message: string) => {
    failure ??= new WxrFormatError(
      `Not a readable WordPress export: ${message} (line ${parser.line}, column ${parser.column})`,
      parser.line,
      parser.column,
    );
  };

  parser.on("doctype", () =>
    fail("a DOCTYPE is not allowed (no DTD or entity is read, to refuse entity expansion attacks)"),
  );
  parser.on("error", (error) => {
    if (/\]\]>.*disallowed/.test(error.message)) {
      doc.warnings.push(`line ${parser.line}: a stray "]]>" in text was kept as text`);
      return;
    }
    fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ""));
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    text = "";
    openElement(state, tag, fail);
  });
  parser.on("text", (chunk) => {
    text += chunk;
  });
  parser.on("cdata", (chunk) => {
    text += chunk;
  });
  parser.on("closetag", () => {
    const value = text;
    text = "";
    closeElement(state, value);
  });

  for await (const chunk of chunks) {
    options.onBytes?.(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
    parser.write(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
    if (failure) throw failure;
  }
  parser.close();
  if (failure) throw failure;
  if (!state.sawRss || !state.sawChannel)
    throw new WxrFormatError("Not a WordPress export: no <rss><channel>");
  if (!doc.wxrVersion)
    throw new WxrFormatError("Not a WordPress export: no <wp:wxr_version> (WXR 1.0–1.2 expected)");
  return doc;
}

/** Splits a buffer into pieces without cutting a UTF-8 character, for tests and uploads. */
export function* chunksOf(bytes: Buffer, size = 64 * 1024): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  for (let at = 0; at < bytes.length; at += size) {
    yield decoder.decode(bytes.subarray(at, at + size), { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

const TERM_FIELDS: Record<string, keyof WxrTerm> = {
  "wp:term_id": "termId",
  "wp:category_nicename": "slug",
  "wp:cat_name": "name",
  "wp:category_parent": "parent",
  "wp:category_description": "description",
  "wp:tag_slug": "slug",
  "wp:tag_name": "name",
  "wp:tag_description": "description",
  "wp:term_taxonomy": "taxonomy",
  "wp:term_slug": "slug",
  "wp:term_name": "name",
  "wp:term_parent": "parent",
  "wp:term_description": "description",
};

type TextField = {
  [K in keyof WxrItem]: WxrItem[K] extends string ? K : never;
}[keyof WxrItem];

const ITEM_FIELDS: Record<string, TextField> = {
  title: "title",
  link: "link",
  guid: "guid",
  "dc:creator": "creator",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_type": "postType",
  "wp:status": "status",
  "wp:post_name": "postName",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_parent": "postParent",
  "wp:menu_order": "menuOrder",
  "wp:attachment_url": "attachmentUrl",
};

/** Where the reader is: the document so far, the open elements, and the entry being read. */
interface ReadState {
  doc: WxrDocument;
  stack: string[];
  item?: WxrItem;
  term?: Partial<WxrTerm>;
  author?: { login: string; displayName: string };
  meta?: { key: string; value: string };
  itemTerm?: WxrItemTerm;
  sawRss: boolean;
  sawChannel: boolean;
}

function emptyDocument(): WxrDocument {
  return {
    wxrVersion: "",
    title: "",
    link: "",
    language: "",
    baseSiteUrl: "",
    baseBlogUrl: "",
    authors: [],
    terms: [],
    items: [],
    warnings: [],
  };
}

/** An element opens: the root and channel are checked, and an entry of the channel or an item begins. */
function openElement(state: ReadState, tag: SaxesTagNS, fail: (message: string) => void): void {
  const name = qualified(tag);
  const depth = state.stack.length;
  state.stack.push(name);
  if (depth === 0) {
    if (name !== "rss") fail(`the root element is <${tag.name}>, not <rss>`);
    state.sawRss = true;
    return;
  }
  if (depth === 1) {
    if (name === "channel") state.sawChannel = true;
    return;
  }
  const parent = state.stack[depth - 1];
  if (parent === "channel") {
    if (name === "item") state.item = emptyItem();
    else if (name === "wp:author") state.author = { login: "", displayName: "" };
    else if (name === "wp:category")
      state.term = { taxonomy: "category", parent: "", description: "" };
    else if (name === "wp:tag") state.term = { taxonomy: "post_tag", parent: "", description: "" };
    else if (name === "wp:term") state.term = { parent: "", description: "" };
  } else if (parent === "item" && state.item) {
    if (name === "wp:postmeta") state.meta = { key: "", value: "" };
    else if (name === "category") {
      state.itemTerm = {
        domain: attr(tag, "domain") ?? "category",
        slug: attr(tag, "nicename") ?? "",
        name: "",
      };
    } else if (name === "wp:comment") state.item.comments++;
  }
}

/** An element closes with its text: an entry is finished, or a field of the entry being read is set. */
function closeElement(state: ReadState, value: string): void {
  const name = state.stack.pop() ?? "";
  const parent = state.stack.at(-1);
  if (parent === "channel") return closeChannelChild(state, name, value);
  const { author, term, meta, item } = state;
  if (author && parent === "wp:author") {
    if (name === "wp:author_login") author.login = value.trim();
    else if (name === "wp:author_display_name") author.displayName = value.trim();
    return;
  }
  if (term && (parent === "wp:category" || parent === "wp:tag" || parent === "wp:term")) {
    const field = TERM_FIELDS[name];
    if (field) term[field] = field === "description" ? value : value.trim();
    return;
  }
  if (meta && parent === "wp:postmeta") {
    if (name === "wp:meta_key") meta.key = value.trim();
    else if (name === "wp:meta_value") meta.value = value;
    return;
  }
  if (item && parent === "item") {
    if (name === "wp:postmeta" && meta) {
      item.meta.push(meta);
      state.meta = undefined;
    } else if (name === "category" && state.itemTerm) {
      state.itemTerm.name = value.trim();
      item.terms.push(state.itemTerm);
      state.itemTerm = undefined;
    } else {
      const field = ITEM_FIELDS[name];
      if (field) item[field] = field === "content" || field === "excerpt" ? value : value.trim();
    }
  }
}

/** A child of the channel closes: an item, author or term is added, or a field of the site is set. */
function closeChannelChild(state: ReadState, name: string, value: string): void {
  const { doc, item, author, term } = state;
  if (name === "item" && item) {
    doc.items.push(item);
    state.item = undefined;
  } else if (name === "wp:author" && author) {
    doc.authors.push(author);
    state.author = undefined;
  } else if ((name === "wp:category" || name === "wp:tag" || name === "wp:term") && term) {
    doc.terms.push({
      termId: term.termId ?? "",
      taxonomy: term.taxonomy ?? "",
      slug: term.slug ?? "",
      name: term.name ?? "",
      parent: term.parent ?? "",
      description: term.description ?? "",
    });
    state.term = undefined;
  } else if (name === "wp:wxr_version") doc.wxrVersion = value.trim();
  else if (name === "title") doc.title = value.trim();
  else if (name === "link") doc.link = value.trim();
  else if (name === "language") doc.language = value.trim();
  else if (name === "wp:base_site_url") doc.baseSiteUrl = value.trim();
  else if (name === "wp:base_blog_url") doc.baseBlogUrl = value.trim();
}

function emptyItem(): WxrItem {
  return {
    postId: "",
    postType: "post",
    status: "",
    title: "",
    link: "",
    guid: "",
    creator: "",
    content: "",
    excerpt: "",
    postName: "",
    postDate: "",
    postDateGmt: "",
    postParent: "0",
    menuOrder: "0",
    attachmentUrl: "",
    terms: [],
    meta: [],
    comments: 0,
  };
}

/** "wp:post_id" for any WXR version's namespace, "excerpt:encoded", "content:encoded", "title". */
function qualified(tag: SaxesTagNS): string {
  const uri = tag.uri;
  if (uri === "") return tag.local;
  if (WP_NS.test(uri)) return `wp:${tag.local}`;
  if (EXCERPT_NS.test(uri)) return `excerpt:${tag.local}`;
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${tag.local}` : `{${uri}}${tag.local}`;
}

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && attribute.uri === "") return attribute.value;
  }
  return undefined;
}
