import fastifyMultipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../../../app-context.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { authorize } from "../../../platform/http/auth.js";
import { readUploadForm } from "../../../platform/http/upload-form.js";
import { parseInput } from "../../../platform/http/validate.js";
import type { LocaleCode } from "../../../platform/config.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import { type Translator } from "../../../platform/i18n/translator.js";
import { workspaceTranslator } from "../../../platform/http/workspace.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import { CheckField, FileField, UploadForm } from "../../../platform/ui/upload-form.js";
import { sendHtml } from "../../../platform/http/route-helpers.js";
import type { TranslationRuntime } from "../runtime.js";
import { exportForTranslation } from "./export.service.js";
import {
  type ImportReport,
  type ImportedUnit,
  XliffImportError,
  importXliff,
} from "./import.service.js";
import { MAX_XLIFF_BYTES } from "./read.js";

/** Largest file the workspace accepts; bigger ones go through `civitas xliff import`. */
export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const exportParams = z.object({ lang: z.string().regex(/^[a-z]{2,3}$/u) });
const exportQuery = z.object({ version: z.enum(["2.1", "1.2"]).default("2.1") });

/**
 * /admin/translations/xliff: for reviewers and translators, a download per language
 * (what awaits a person, as XLIFF) and an upload form that imports a translated file
 * and shows the report per sentence.
 */
export async function registerXliffRoutes(
  app: FastifyInstance,
  ctx: AppContext & { translation: TranslationRuntime },
): Promise<void> {
  const chrome = { config: ctx.config, assets: ctx.assets };
  const targets = ctx.config.languages.filter((l) => l !== ctx.config.sourceLanguage);
  const deps = { db: ctx.db, config: ctx.config, runtime: ctx.translation, now: ctx.now };

  app.get("/admin/translations/xliff/:lang", async (request, reply) => {
    authorize(request, "translations.review");
    const { lang } = parseInput(exportParams, request.params);
    const { version } = parseInput(exportQuery, request.query);
    const result = await exportForTranslation(deps, {
      language: lang,
      itemIds: [],
      all: true,
      version,
    });
    return reply
      .type("application/xliff+xml; charset=utf-8")
      .header("content-disposition", `attachment; filename="civitas-${lang}-xliff-${version}.xlf"`)
      .send(result.xliff);
  });

  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: UPLOAD_LIMIT_BYTES + 1,
        files: 1,
        fields: 2,
        fieldSize: 64,
        parts: 4,
        headerPairs: 20,
      },
    });

    scope.get("/admin/translations/xliff", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "translations.review");
      return sendHtml(
        reply,
        200,
        <XliffPage t={t} chrome={chrome} signedIn={signedIn} targets={targets} />,
      );
    });

    scope.post("/admin/translations/xliff", async (request, reply) => {
      const t = workspaceTranslator(request);
      const signedIn = authorize(request, "translations.review");
      const form = await readUploadForm(request, {
        maxBytes: Math.min(UPLOAD_LIMIT_BYTES, MAX_XLIFF_BYTES),
      });
      const bytes = form.bytes;
      const dryRun = form.fields.dryRun === "1";
      const page = (status: number, state: { report?: ImportReport; problem?: string }) =>
        sendHtml(
          reply,
          status,
          <XliffPage t={t} chrome={chrome} signedIn={signedIn} targets={targets} {...state} />,
        );
      if (!bytes) return page(400, { problem: t.t("xliff.noFile") });
      try {
        const report = await importXliff(deps, {
          bytes,
          actorId: signedIn.user.id,
          ip: request.ip,
          dryRun,
        });
        if (!report.dryRun && report.accepted > 0) await app.civitas.refreshContentVersion();
        return page(report.refused > 0 && report.accepted === 0 ? 422 : 200, { report });
      } catch (error) {
        if (!(error instanceof XliffImportError)) throw error;
        return page(422, {
          problem: t.t("xliff.refusedFile", { reason: `${error.rule}: ${error.message}` }),
        });
      }
    });
  });
}

function XliffPage(props: {
  t: Translator;
  chrome: Parameters<typeof AdminLayout>[0]["chrome"];
  signedIn: SignedIn;
  targets: readonly string[];
  report?: ImportReport;
  problem?: string;
}) {
  const { t, signedIn, report } = props;
  return (
    <AdminLayout chrome={props.chrome} t={t} title={t.t("xliff.title")} signedIn={signedIn}>
      <h1 class="page-title">{t.t("xliff.title")}</h1>
      <p>{t.t("xliff.help")}</p>
      {props.problem ? (
        <p class="notice notice--error" role="alert">
          {props.problem}
        </p>
      ) : null}
      {report ? <ReportView t={t} report={report} /> : null}
      <ul>
        {props.targets.map((language) => (
          <li>
            <a href={`/admin/translations/xliff/${language}`} download>
              {t.t("xliff.download", {
                language: LOCALES[language as LocaleCode]?.label ?? language,
              })}
            </a>{" "}
            (
            <a href={`/admin/translations/xliff/${language}?version=1.2`}>
              {t.t("xliff.download12")}
            </a>
            )
          </li>
        ))}
      </ul>
      <h2>{t.t("xliff.upload")}</h2>
      <UploadForm
        action="/admin/translations/xliff"
        csrf={signedIn.csrfToken}
        submit={t.t("xliff.submit")}
      >
        <FileField id="xliff-file" label={t.t("xliff.file")} accept=".xlf,.xliff,.xml" />
        <CheckField id="xliff-dry-run" name="dryRun" label={t.t("xliff.dryRun")} />
      </UploadForm>
    </AdminLayout>
  );
}

function ReportView(props: { t: Translator; report: ImportReport }) {
  const { t, report } = props;
  const counts = {
    accepted: report.accepted,
    refused: report.refused,
    untranslated: report.untranslated,
    pages: report.pages,
  };
  return (
    <section aria-labelledby="xliff-report">
      <p id="xliff-report" role="status">
        <strong lang={report.language}>
          {LOCALES[report.language as LocaleCode]?.label ?? report.language}
        </strong>{" "}
        {report.dryRun ? t.t("xliff.summaryDry", counts) : t.t("xliff.summary", counts)}
      </p>
      <div class="table-scroll" tabindex={0} role="region" aria-labelledby="xliff-report">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t.t("xliff.col.unit")}</th>
              <th scope="col">{t.t("xliff.col.result")}</th>
            </tr>
          </thead>
          <tbody>
            {report.units.map((unit) => (
              <tr>
                <th scope="row">
                  <code>{unit.ref}</code>
                </th>
                <td>{describeUnit(t, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function describeUnit(t: Translator, unit: ImportedUnit): string {
  const status = t.t(`xliff.status.${unit.status}`);
  if (unit.status === "refused") {
    const detail = unit.detail ?? "";
    const reason =
      unit.reason === "unknown-unit"
        ? t.t("xliff.reason.unknownUnit")
        : unit.reason === "source-changed"
          ? t.t("xliff.reason.sourceChanged")
          : unit.reason === "codes"
            ? t.t("xliff.reason.codes", { detail })
            : t.t("xliff.reason.refusedByDesk", { detail });
    return `${status}: ${reason}`;
  }
  if (unit.status === "accepted" && unit.errors) {
    return `${status}; ${t.t("xliff.held", { codes: (unit.findings ?? []).join(", ") })}`;
  }
  return status;
}
