import type { InjectOptions } from "fastify";
import { createApiToken } from "../../platform/auth/api-token.service.js";
import { findUserById } from "../../platform/auth/user.repository.js";
import type { TestApp } from "../../test-support/app.js";
import { type Actor, identityFor } from "../../test-support/sign-in.js";
import { makeDraft, makePdf } from "../content/factories.test-kit.js";

/** How a test request proves who it is. */
export type Via = "session" | "token";

/** Headers and cookies that make a request come from an actor, by session cookie (with CSRF) or by API token. */
export interface ApiCaller {
  headers: Record<string, string>;
  cookies: Record<string, string>;
  token?: string;
}

/** Creates a user of the role and the means to call the API as them. */
export async function apiCallerFor(t: TestApp, actor: Actor, via: Via): Promise<ApiCaller> {
  const identity = await identityFor(t, actor);
  if (identity.userId === null) return { headers: {}, cookies: {} };
  if (via === "session") {
    return { headers: { "x-csrf-token": identity.csrf }, cookies: identity.cookies };
  }
  const user = await findUserById(t.database.db, identity.userId);
  if (!user) throw new Error("test user vanished");
  const { token } = await createApiToken(t.database.db, {
    email: user.email,
    name: "test",
    actorId: null,
    now: new Date(),
  });
  return { headers: { authorization: `Bearer ${token}` }, cookies: {}, token };
}

/** A multipart/form-data body with text fields and one file, as a browser or curl sends it. */
export function multipartBody(input: {
  fields?: Record<string, string>;
  file?: { name: string; type: string; bytes: Buffer };
}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----civitas${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(input.fields ?? {})) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (input.file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${input.file.name}"\r\nContent-Type: ${input.file.type}\r\n\r\n`,
      ),
      input.file.bytes,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** What an endpoint needs the caller to be allowed. */
export type Permission =
  "read" | "write" | "publish" | "media" | "public" | "review" | "exchange" | "import";

/** Which actors each permission lets through (the policy's table, restated for the test). */
export const ALLOWED: Record<Permission, readonly Actor[]> = {
  public: ["anonymous", "reviewer", "editor", "admin"],
  read: ["reviewer", "editor", "admin"],
  write: ["editor", "admin"],
  publish: ["editor", "admin"],
  media: ["editor", "admin"],
  review: ["reviewer", "editor", "admin"],
  exchange: ["admin"],
  import: ["admin"],
};

/** A WordPress export with one post. */
export const SMALL_WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Town</title><link>https://town.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://town.example</wp:base_site_url><wp:base_blog_url>https://town.example</wp:base_blog_url>
<item><title>Council meets</title><link>https://town.example/council-meets/</link><pubDate>Mon, 02 Nov 2026 10:00:00 +0000</pubDate><dc:creator><![CDATA[admin]]></dc:creator><guid isPermaLink="false">https://town.example/?p=1</guid><description></description><content:encoded><![CDATA[<p>The council meets on Monday.</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>1</wp:post_id><wp:post_date>2026-11-02 10:00:00</wp:post_date><wp:post_date_gmt>2026-11-02 10:00:00</wp:post_date_gmt><wp:post_name>council-meets</wp:post_name><wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type></item>
</channel></rss>`;

/** The language the authorization matrix's app translates into (besides English). */
export const MATRIX_LANGUAGES: ("en" | "fr")[] = ["en", "fr"];

/** An XLIFF 2.1 file with one untranslated unit: a valid import that changes nothing. */
export const UNTRANSLATED_XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
  <file id="f1"><unit id="u1"><segment><source>Hello.</source></segment></unit></file>
</xliff>`;

/** A TMX file with one English > French translation. */
export const SMALL_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="test"/>
<body><tu><tuv xml:lang="en-US"><seg>The council meets on Monday.</seg></tuv><tuv xml:lang="fr-FR"><seg>Le conseil se réunit lundi.</seg></tuv></tu></body></tmx>`;

/** A glossary CSV with one term. */
export const SMALL_GLOSSARY_CSV =
  "source_language,target_language,source,target,status,part_of_speech,definition,note\n" +
  "en,fr,council,conseil,preferred,noun,,\n";

/** One API route as the authorization matrix calls it. */
export interface Endpoint {
  name: string;
  permission: Permission;
  okStatus: number;
  /** The success's content type when it is a file rather than JSON. */
  okType?: RegExp;
  /** `itemId`: a fresh draft; `translatedItemId`: a published item with machine French (XLIFF). */
  request(
    itemId: number,
    translatedItemId: number,
  ): Omit<InjectOptions, "headers" | "cookies"> & {
    headers?: Record<string, string>;
  };
}

const raw = (type: string, body: string) => ({
  payload: body,
  headers: { "content-type": type },
});

const json = (body: unknown) => ({
  payload: JSON.stringify(body),
  headers: { "content-type": "application/json" },
});

/** Every /api/v1 route; the OpenAPI test checks that this list and the router agree. */
export const ENDPOINTS: readonly Endpoint[] = [
  {
    name: "GET /content",
    permission: "read",
    okStatus: 200,
    request: () => ({ method: "GET", url: "/api/v1/content?type=news&page=1" }),
  },
  {
    name: "GET /content/:id",
    permission: "read",
    okStatus: 200,
    request: (id) => ({ method: "GET", url: `/api/v1/content/${id}` }),
  },
  {
    name: "POST /content",
    permission: "write",
    okStatus: 201,
    request: () => ({ method: "POST", url: "/api/v1/content", ...json(makeDraft()) }),
  },
  {
    name: "PUT /content/:id",
    permission: "write",
    okStatus: 200,
    request: (id) => ({ method: "PUT", url: `/api/v1/content/${id}`, ...json(makeDraft()) }),
  },
  {
    name: "POST /content/:id/publish",
    permission: "publish",
    okStatus: 200,
    request: (id) => ({ method: "POST", url: `/api/v1/content/${id}/publish` }),
  },
  {
    name: "POST /content/:id/unpublish",
    permission: "publish",
    okStatus: 200,
    request: (id) => ({ method: "POST", url: `/api/v1/content/${id}/unpublish` }),
  },
  {
    name: "GET /tags",
    permission: "read",
    okStatus: 200,
    request: () => ({ method: "GET", url: "/api/v1/tags" }),
  },
  {
    name: "POST /media",
    permission: "media",
    okStatus: 201,
    request: () => ({
      method: "POST",
      url: "/api/v1/media",
      ...multipartBody({
        file: {
          name: "report.pdf",
          type: "application/pdf",
          bytes: makePdf(String(Math.random())),
        },
      }),
    }),
  },
  {
    name: "GET /openapi.json",
    permission: "public",
    okStatus: 200,
    request: () => ({ method: "GET", url: "/api/v1/openapi.json" }),
  },
  {
    name: "GET /search",
    permission: "public",
    okStatus: 200,
    request: () => ({ method: "GET", url: "/api/v1/search?q=city&lang=en" }),
  },
  {
    name: "GET /translations/xliff/:lang",
    permission: "review",
    okStatus: 200,
    okType: /^application\/xliff\+xml/,
    request: (_id, translated) => ({
      method: "GET",
      url: `/api/v1/translations/xliff/fr?items=${translated}`,
    }),
  },
  {
    name: "POST /translations/xliff",
    permission: "review",
    okStatus: 200,
    request: () => ({
      method: "POST",
      url: "/api/v1/translations/xliff?dryRun=true",
      ...raw("application/xliff+xml", UNTRANSLATED_XLIFF),
    }),
  },
  {
    name: "GET /translations/memory",
    permission: "exchange",
    okStatus: 200,
    okType: /^application\/x-tmx\+xml/,
    request: () => ({ method: "GET", url: "/api/v1/translations/memory?origin=all" }),
  },
  {
    name: "POST /translations/memory",
    permission: "exchange",
    okStatus: 200,
    request: () => ({
      method: "POST",
      url: "/api/v1/translations/memory",
      ...raw("application/x-tmx+xml", SMALL_TMX),
    }),
  },
  {
    name: "GET /glossary",
    permission: "review",
    okStatus: 200,
    okType: /^text\/csv/,
    request: () => ({ method: "GET", url: "/api/v1/glossary?format=csv" }),
  },
  {
    name: "POST /glossary",
    permission: "exchange",
    okStatus: 200,
    request: () => ({
      method: "POST",
      url: "/api/v1/glossary",
      ...raw("text/csv", SMALL_GLOSSARY_CSV),
    }),
  },
  {
    name: "POST /import/wordpress",
    permission: "import",
    okStatus: 200,
    request: () => ({
      method: "POST",
      url: "/api/v1/import/wordpress?dryRun=true",
      ...raw("application/xml", SMALL_WXR),
    }),
  },
];
