import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { VNode } from "preact";
import type { AppContext } from "../../../app-context.js";
import { mediaDir } from "../../../platform/config.js";
import { authorize } from "../../../platform/http/auth.js";
import { readUploadForm } from "../../../platform/http/upload-form.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { renderDocument } from "../../../platform/ui/render.js";
import { runWordpressImport } from "../wordpress/import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "../wordpress/plan.js";
import { chunksOf, readWxr, WxrFormatError } from "../wordpress/wxr-reader.js";
import { WordpressImportPage } from "./wordpress-import.view.js";

/** Largest WordPress export the workspace accepts; bigger sites use `civitas import wordpress`. */
export const WXR_UPLOAD_LIMIT = 50 * 1024 * 1024;

/**
 * /admin/import/wordpress: administrators upload a WordPress export (WXR),
 * optionally as a dry run, and see the report. CSRF is checked from the query
 * before the body is read; the file is size-limited while it streams.
 */
export async function registerWordpressImportRoutes(
  app: FastifyInstance,
  ctx: AppContext,
): Promise<void> {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const send = (reply: FastifyReply, status: number, tree: VNode) =>
    reply.code(status).type("text/html; charset=utf-8").send(renderDocument(tree));

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: WXR_UPLOAD_LIMIT + 1,
        files: 1,
        fields: 2,
        fieldSize: 64,
        parts: 4,
        headerPairs: 20,
      },
    });

    scope.get("/admin/import/wordpress", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "content.import");
      return send(reply, 200, <WordpressImportPage chrome={chrome} t={t} signedIn={signedIn} />);
    });

    scope.post(
      "/admin/import/wordpress",
      {
        preHandler: [
          async (request) => {
            authorize(request, "content.import");
          },
        ],
      },
      async (request, reply) => {
        const t = workspaceTranslator(request);
        const signedIn = authorize(request, "content.import");
        const form = await readUploadForm(request, { maxBytes: WXR_UPLOAD_LIMIT });
        const bytes = form.bytes;
        const isDryRun = form.fields.dryRun === "1";
        const page = (status: number, props: Partial<Parameters<typeof WordpressImportPage>[0]>) =>
          send(
            reply,
            status,
            <WordpressImportPage chrome={chrome} t={t} signedIn={signedIn} {...props} />,
          );
        if (!bytes) return page(400, { problem: { key: "migration.wordpress.noFile" } });
        const now = ctx.now();
        let doc;
        try {
          doc = await readWxr(chunksOf(bytes));
        } catch (error) {
          if (!(error instanceof WxrFormatError)) throw error;
          return page(422, {
            problem: { key: "migration.wordpress.unreadable", detail: error.message },
          });
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
          isDryRun,
          actorId: signedIn.user.id,
          now,
        });
        if (!isDryRun) await app.civitas.refreshContentVersion();
        return page(200, { report });
      },
    );
  });
}
