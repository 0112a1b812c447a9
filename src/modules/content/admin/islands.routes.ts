import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import { authorize } from "../../../platform/http/auth.js";
import { parseInput } from "../../../platform/http/validate.js";
import { renderMarkdown } from "../markdown/render-markdown.js";
import { suggestTags } from "../tag.repository.js";
import { guardWrite } from "../../../platform/http/route-helpers.js";

/** The longest body the live preview renders (the same cap as a saved body). */
export const PREVIEW_MAX_CHARS = 500_000;

const previewBody = z.object({ body: z.string().max(PREVIEW_MAX_CHARS) });
// Control characters match no tag name; NUL would even end the pattern early in SQLite
// (matching everything) and is an error in PostgreSQL, so they are dropped before the query.
const withoutControls = (text: string): string =>
  [...text].filter((c) => c >= " " && c !== "\u007f").join("");
const tagQuery = z.object({
  q: z
    .string()
    .max(80)
    .default("")
    .transform((q) => withoutControls(q).trim()),
});

/** The JSON endpoints behind the editor's islands: the live Markdown preview and tag suggestions. */
export function registerEditorIslandRoutes(app: FastifyInstance, ctx: AppContext): void {
  // 500,000 characters, JSON-escaped (up to six bytes each for \uXXXX), stay under this.
  const bodyLimit = 4 * 1024 * 1024;
  app.post("/admin/content/preview", { bodyLimit }, async (request, reply) => {
    // Role and CSRF first: nothing about the body is looked at before both pass.
    await guardWrite(request, "content.write");
    const { body } = parseInput(previewBody, request.body);
    return reply.code(200).send({ html: renderMarkdown(body).html });
  });

  app.get("/admin/tags.json", async (request, reply) => {
    authorize(request, "content.read");
    const { q } = parseInput(tagQuery, request.query);
    const tags = q === "" ? [] : await suggestTags(ctx.db, q, 10);
    return reply.code(200).send({ tags: tags.map(({ name, slug }) => ({ name, slug })) });
  });
}
