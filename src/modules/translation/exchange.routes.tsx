import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../app-context.js";
import type { Db } from "../../database.js";
import { recordAudit } from "../../platform/audit/audit.repository.js";
import type { SignedIn } from "../../platform/auth/session.service.js";
import { ValidationError } from "../../platform/errors.js";
import { authorize } from "../../platform/http/auth.js";
import { readUploadForm } from "../../platform/http/upload-form.js";
import { parseInput } from "../../platform/http/validate.js";
import { languageLabel, textDirection } from "../../platform/i18n/locales.js";
import { type Translator } from "../../platform/i18n/translator.js";
import { workspaceTranslator } from "../../platform/http/workspace.js";
import { AdminLayout } from "../../platform/ui/admin-layout.js";
import { FileField, UploadForm } from "../../platform/ui/upload-form.js";
import { sendHtml } from "../../platform/http/route-helpers.js";
import {
  exportGlossary,
  type GlossaryImportReport,
  importGlossaryFile,
} from "./glossary-files/glossary-files.service.js";
import { MAX_TBX_BYTES } from "./glossary-files/read-tbx.js";
import { MAX_TMX_BYTES } from "./tmx/read-tmx.js";
import { exportTmx, importTmx, type TmxImportReport } from "./tmx/tmx.service.js";

const exportQuery = z.object({ origin: z.enum(["human", "all"]).default("human") });
const glossaryFormat = z.object({ format: z.enum(["tbx", "csv"]) });

/**
 * The workspace's file exchange: the translation memory as TMX (/admin/memory,
 * administrators: a bulk import writes reviewed translations) and the glossary
 * as TBX or CSV (downloads and upload from /admin/glossary, like the page).
 * Uploads are multipart with the CSRF token in the query, size-limited while
 * streaming; every import is all or nothing and answers with its report.
 */
export function registerExchangeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const targets = ctx.config.languages.filter((l) => l !== ctx.config.sourceLanguage);

  app.get("/admin/memory", async (request, reply) => {
    const t = workspaceTranslator(request);
    const signedIn = authorize(request, "translations.exchange");
    return sendHtml(reply, 200, <MemoryPage t={t} chrome={chrome} signedIn={signedIn} />);
  });

  app.get("/admin/memory/export.tmx", async (request, reply) => {
    authorize(request, "translations.exchange");
    const { origin } = parseInput(exportQuery, request.query);
    const now = ctx.now();
    const { xml } = await exportTmx(ctx.db, {
      origin,
      adminLanguage: ctx.config.sourceLanguage,
      now,
    });
    return download(reply, xml, "application/x-tmx+xml", `civitas-memory-${origin}.tmx`);
  });

  app.get("/admin/glossary/export.:format", async (request, reply) => {
    authorize(request, "translations.review");
    const { format } = parseInput(glossaryFormat, request.params);
    const { text } = await exportGlossary(ctx.db, {
      format,
      sourceLanguage: ctx.config.sourceLanguage,
      now: ctx.now(),
    });
    return format === "csv"
      ? download(reply, text, "text/csv; charset=utf-8", "civitas-glossary.csv")
      : download(reply, text, "application/x-tbx+xml", "civitas-glossary.tbx");
  });

  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: MAX_TMX_BYTES + 1,
        files: 1,
        fields: 4,
        fieldSize: 1024,
        parts: 6,
        headerPairs: 20,
      },
    });

    scope.post("/admin/memory/import", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "translations.exchange");
      const { bytes } = await readUploadForm(request, { maxBytes: MAX_TMX_BYTES });
      if (!bytes) {
        return sendHtml(
          reply,
          400,
          <MemoryPage t={t} chrome={chrome} signedIn={signedIn} error={t.t("exchange.noFile")} />,
        );
      }
      try {
        const report = await importTmx(ctx.db, {
          bytes,
          languages: ctx.config.languages,
          runtime: app.civitas.translation,
          actorId: signedIn.user.id,
          now: ctx.now(),
          onWritten: (trx, r) =>
            audit(trx, request, signedIn, {
              subjectType: "translation_memory",
              summary: `TMX: ${r.added} added`,
              now: ctx.now(),
            }),
        });
        return sendHtml(
          reply,
          200,
          <MemoryPage t={t} chrome={chrome} signedIn={signedIn} report={report} />,
        );
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const message = t.t("exchange.refused", { message: describe(error) });
        return sendHtml(
          reply,
          422,
          <MemoryPage t={t} chrome={chrome} signedIn={signedIn} error={message} />,
        );
      }
    });

    scope.post("/admin/glossary/upload", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "translations.exchange");
      const { bytes, fileName, fields } = await readUploadForm(request, {
        maxBytes: MAX_TBX_BYTES,
      });
      const page = (status: number, body: { report?: GlossaryImportReport; error?: string }) =>
        sendHtml(
          reply,
          status,
          <GlossaryReportPage t={t} chrome={chrome} signedIn={signedIn} {...body} />,
        );
      if (!bytes) return page(400, { error: t.t("exchange.noFile") });
      const target = fields.targetLanguage;
      try {
        const report = await importGlossaryFile(ctx.db, {
          bytes,
          fileName: fileName ?? "",
          sourceLanguage: ctx.config.sourceLanguage,
          ...(target && ((targets as readonly string[]).includes(target) || target === "*")
            ? { targetLanguage: target }
            : {}),
          languages: ctx.config.languages,
          actorId: signedIn.user.id,
          now: ctx.now(),
          onWritten: (trx, counts) =>
            audit(trx, request, signedIn, {
              subjectType: "glossary_term",
              summary: `${fileName ?? "file"}: ${counts.added} added, ${counts.updated} updated`,
              now: ctx.now(),
            }),
        });
        return page(200, { report });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return page(422, { error: t.t("exchange.refused", { message: describe(error) }) });
      }
    });
  });
}

function download(reply: FastifyReply, text: string, type: string, name: string): FastifyReply {
  return reply
    .type(type)
    .header("content-disposition", `attachment; filename="${name}"`)
    .send(text);
}

async function audit(
  trx: Db,
  request: FastifyRequest,
  signedIn: SignedIn,
  entry: { subjectType: string; summary: string; now: Date },
): Promise<void> {
  await recordAudit(trx, {
    actorId: signedIn.user.id,
    action: "changed",
    subjectType: entry.subjectType,
    subjectId: "file",
    summary: entry.summary,
    ip: request.ip,
    now: entry.now,
  });
}

/** The error's message and its first details (a line number from the XML reader). */
function describe(error: ValidationError): string {
  const details = (error.details as { path?: string; message?: string }[])
    .slice(0, 5)
    .map((d) => `${d.path ?? ""} ${d.message ?? ""}`.trim());
  return details.length > 0 ? `${error.message} (${details.join("; ")})` : error.message;
}

type Chrome = Parameters<typeof AdminLayout>[0]["chrome"];

function MemoryPage(props: {
  t: Translator;
  chrome: Chrome;
  signedIn: SignedIn;
  report?: TmxImportReport;
  error?: string;
}) {
  const { t, signedIn, report } = props;
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("exchange.memory.title")}
      signedIn={signedIn}
    >
      <h1 class="page-title">{t.t("exchange.memory.title")}</h1>
      <p>{t.t("exchange.memory.intro")}</p>
      {props.error ? (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      ) : null}
      {report ? (
        <section class="notice" role="status" aria-labelledby="report-title">
          <h2 id="report-title">{t.t("exchange.report.title")}</h2>
          <p>
            {t.t("exchange.report.memory", {
              read: report.unitsRead,
              added: report.added,
              unchanged: report.unchanged,
            })}
          </p>
          <Skipped t={t} skipped={report.skipped} />
          <Flagged t={t} report={report} />
        </section>
      ) : null}
      <h2>{t.t("exchange.memory.download")}</h2>
      <ul>
        <li>
          <a href="/admin/memory/export.tmx?origin=human" download>
            {t.t("exchange.memory.downloadHuman")}
          </a>
        </li>
        <li>
          <a href="/admin/memory/export.tmx?origin=all" download>
            {t.t("exchange.memory.downloadAll")}
          </a>
        </li>
      </ul>
      <h2>{t.t("exchange.memory.upload")}</h2>
      <UploadForm
        action="/admin/memory/import"
        csrf={signedIn.csrfToken}
        submit={t.t("exchange.importSubmit")}
      >
        <FileField
          id="tmx-file"
          label={t.t("exchange.file")}
          accept=".tmx,.xml"
          hint={t.t("exchange.memory.uploadHint")}
        />
      </UploadForm>
    </AdminLayout>
  );
}

function GlossaryReportPage(props: {
  t: Translator;
  chrome: Chrome;
  signedIn: SignedIn;
  report?: GlossaryImportReport;
  error?: string;
}) {
  const { t, report } = props;
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("exchange.report.title")}
      signedIn={props.signedIn}
    >
      <h1 class="page-title">{t.t("exchange.report.title")}</h1>
      {props.error ? (
        <p class="notice notice--error" role="alert">
          {props.error}
        </p>
      ) : null}
      {report ? (
        <section class="notice" role="status">
          <p>
            {t.t("exchange.report.glossary", {
              read: report.entriesRead,
              terms: report.terms,
              added: report.added,
              updated: report.updated,
              unchanged: report.unchanged,
            })}
          </p>
          <Skipped t={t} skipped={report.skipped} />
        </section>
      ) : null}
      <p>
        <a href="/admin/glossary">{t.t("exchange.back")}</a>
      </p>
    </AdminLayout>
  );
}

/** The imported translations that fail the checks: how many, and the first of them with the checks' codes. */
function Flagged(props: { t: Translator; report: TmxImportReport }) {
  const { t, report } = props;
  if (report.flagged === 0) return null;
  const units = report.flaggedUnits;
  return (
    <>
      <p>
        {t.t("exchange.report.flagged", { count: report.flagged })}
        {units.length < report.flagged
          ? ` ${t.t("exchange.report.flaggedListed", { listed: units.length })}`
          : null}
      </p>
      {units.length > 0 ? (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t.t("exchange.flagged.language")}</th>
              <th scope="col">{t.t("exchange.flagged.source")}</th>
              <th scope="col">{t.t("exchange.flagged.target")}</th>
              <th scope="col">{t.t("exchange.flagged.checks")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr>
                <td>{languageLabel(unit.language)}</td>
                <td>{unit.source}</td>
                <td lang={unit.language} dir={textDirection(unit.language)}>
                  {unit.target}
                </td>
                <td>
                  <code>{unit.findings.join(", ")}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Skipped(props: { t: Translator; skipped: Partial<Record<string, number>> }) {
  const entries = Object.entries(props.skipped).filter(
    (e): e is [string, number] => e[1] !== undefined,
  );
  if (entries.length === 0) return null;
  return (
    <ul>
      {entries.map(([reason, count]) => (
        <li>
          {props.t.t("exchange.report.skipped", {
            count,
            reason: props.t.t(`exchange.reason.${reason}` as "exchange.reason.empty"),
          })}
        </li>
      ))}
    </ul>
  );
}
