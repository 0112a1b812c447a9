import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { AppContext } from "../../../app-context.js";
import { mediaDir } from "../../../platform/config.js";
import { authorize } from "../../../platform/http/auth.js";
import { readUploadForm, type UploadForm } from "../../../platform/http/upload-form.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { sendHtml } from "../../../platform/http/route-helpers.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { runWordpressImport } from "../wordpress/import.service.js";
import { DEFAULT_TYPE_MAP, planImport } from "../wordpress/plan.js";
import {
  openUploadsZip,
  UploadsArchiveError,
  type UploadsSource,
} from "../wordpress/uploads-source.js";
import { chunksOf, readWxr, WxrFormatError } from "../wordpress/wxr-reader.js";
import { WordpressImportPage } from "./wordpress-import.view.js";

/** Largest WordPress export the workspace accepts; bigger sites use `civitas import wordpress`. */
export const WXR_UPLOAD_LIMIT = 50 * 1024 * 1024;
/** Largest ZIP of the uploads folder the workspace accepts (written to a temporary file, not memory). */
export const UPLOADS_ZIP_LIMIT = 1024 * 1024 * 1024;

/**
 * /admin/import/wordpress: administrators upload a WordPress export (WXR)
 * and optionally a ZIP of its uploads folder, as a dry run or not, and see the
 * report. The role is checked before the body is read, the CSRF token (a form
 * field before the files) before any file's bytes; each file is size-limited
 * while it streams.
 */
export async function registerWordpressImportRoutes(
  app: FastifyInstance,
  ctx: AppContext,
): Promise<void> {
  const chrome = { config: ctx.config, assets: ctx.assets };

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: Math.max(WXR_UPLOAD_LIMIT, UPLOADS_ZIP_LIMIT) + 1,
        files: 2,
        fields: 2,
        fieldSize: 64,
        parts: 5,
        headerPairs: 20,
      },
    });

    scope.get("/admin/import/wordpress", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "content.import");
      return sendHtml(
        reply,
        200,
        <WordpressImportPage chrome={chrome} t={t} signedIn={signedIn} />,
      );
    });

    scope.post("/admin/import/wordpress", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "content.import");
      const spoolDir = fs.mkdtempSync(path.join(os.tmpdir(), "civitas-wxr-"));
      try {
        const form = await readUploadForm(request, {
          maxBytes: WXR_UPLOAD_LIMIT,
          spool: { field: "uploads", maxBytes: UPLOADS_ZIP_LIMIT, dir: spoolDir },
        });
        return await importUpload(reply, { form, t, signedIn });
      } finally {
        fs.rmSync(spoolDir, { recursive: true, force: true });
      }
    });
  });

  /** Reads the uploaded export (and the uploads ZIP, when given), imports it and shows the report. */
  async function importUpload(
    reply: FastifyReply,
    input: { form: UploadForm; t: Translator; signedIn: SignedIn },
  ): Promise<FastifyReply> {
    const { form, t, signedIn } = input;
    const isDryRun = form.fields.dryRun === "1";
    const page = (status: number, props: Partial<Parameters<typeof WordpressImportPage>[0]>) =>
      sendHtml(
        reply,
        status,
        <WordpressImportPage chrome={chrome} t={t} signedIn={signedIn} {...props} />,
      );
    if (!form.bytes) return page(400, { problem: { key: "migration.wordpress.noFile" } });
    const now = ctx.now();
    let doc;
    try {
      doc = await readWxr(chunksOf(form.bytes));
    } catch (error) {
      if (!(error instanceof WxrFormatError)) throw error;
      return page(422, {
        problem: { key: "migration.wordpress.unreadable", detail: error.message },
      });
    }
    let uploads: UploadsSource | undefined;
    try {
      uploads = form.spooled ? await openUploadsZip(form.spooled.path) : undefined;
      const plan = planImport(doc, {
        typeMap: DEFAULT_TYPE_MAP,
        languages: ctx.config.languages,
        sourceLanguage: ctx.config.sourceLanguage,
        now,
      });
      const report = await runWordpressImport(ctx.db, {
        plan,
        ...(uploads ? { uploads } : {}),
        mediaDir: mediaDir(ctx.config),
        isDryRun,
        actorId: signedIn.user.id,
        now,
      });
      if (!isDryRun) await app.civitas.refreshContentVersion();
      return page(200, { report });
    } catch (error) {
      if (!(error instanceof UploadsArchiveError)) throw error;
      return page(422, {
        problem: { key: "migration.wordpress.badArchive", detail: error.message },
      });
    } finally {
      await uploads?.close();
    }
  }
}
