import type { AppContext } from "../../app-context.js";
import { mediaDir } from "../../platform/config.js";
import { UnauthenticatedError } from "../../platform/errors.js";
import {
  chunksOf,
  DEFAULT_TYPE_MAP,
  planImport,
  readWxr,
  runWordpressImport,
  WxrFormatError,
} from "../migration/index.js";
import { type ApiRoute, defineRoute } from "./api-route.js";
import { wordpressImportQuerySchema, wordpressImportReportSchema } from "./api.schemas.js";
import { InvalidFileError } from "./exchange.api.js";

/** The largest WordPress export the API takes, as the workspace; bigger sites use the CLI. */
export const API_WXR_MAX_BYTES = 50 * 1024 * 1024;

/**
 * `POST /import/wordpress`: a WordPress export (WXR) as the body, imported the way
 * `civitas import wordpress` and /admin/import/wordpress do (all or nothing, again
 * changes nothing; without `--media`, attachments are reported missing), for
 * administrators (content.import). The report is the answer.
 */
export function wordpressRoutes(ctx: AppContext, afterWrite: () => Promise<void>): ApiRoute[] {
  return [
    defineRoute({
      method: "POST",
      url: "/import/wordpress",
      operationId: "importWordpress",
      summary:
        "Imports a WordPress export (WXR): posts, pages, tags, translations, old addresses; all or nothing; the report",
      tag: "import",
      action: "content.import",
      query: wordpressImportQuerySchema,
      rawBody: {
        contentTypes: ["application/xml", "text/xml", "application/rss+xml"],
        maxBytes: API_WXR_MAX_BYTES,
        description: "The file WordPress's Tools → Export writes",
      },
      status: 200,
      response: wordpressImportReportSchema,
      errors: [413, 415, 422],
      async handle({ query, raw, user }) {
        if (!user || !raw) throw new UnauthenticatedError();
        const now = ctx.now();
        let doc;
        try {
          doc = await readWxr(chunksOf(raw));
        } catch (error) {
          if (!(error instanceof WxrFormatError)) throw error;
          throw new InvalidFileError(`The WordPress export is refused: ${error.message}`);
        }
        const plan = planImport(doc, {
          typeMap: DEFAULT_TYPE_MAP,
          languages: ctx.config.languages,
          sourceLanguage: ctx.config.sourceLanguage,
          now,
        });
        const report = await runWordpressImport(ctx.db, {
          plan,
          mediaDir: mediaDir(ctx.config),
          isDryRun: query.dryRun,
          actorId: user.id,
          now,
        });
        if (!query.dryRun) await afterWrite();
        return report;
      },
    }),
  ];
}
