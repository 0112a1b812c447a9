import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { type ImportReport, isSkipLine, type ReportLine } from "../wordpress/report.js";

/** The WordPress import page: the upload form, and after an upload its report. */
export function WordpressImportPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  report?: ImportReport;
  problem?: { key: MessageKey; detail?: string };
}) {
  const { t, report, signedIn } = props;
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("migration.wordpress.title")}
      signedIn={signedIn}
    >
      <h1 class="page-title">{t.t("migration.wordpress.title")}</h1>
      {props.problem ? (
        <p class="notice notice--error" role="alert">
          {t.t(props.problem.key, { detail: props.problem.detail ?? "" })}
        </p>
      ) : null}
      {report ? <ReportView t={t} report={report} /> : null}
      <p>{t.t("migration.wordpress.help")}</p>
      <form
        class="editor-form"
        method="post"
        action="/admin/import/wordpress"
        enctype="multipart/form-data"
      >
        {/* Before the file: the token is checked before the file's bytes are read. */}
        <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
        <div class="field">
          <label for="wxr-file">{t.t("migration.wordpress.file")}</label>
          <input
            id="wxr-file"
            type="file"
            name="file"
            accept=".xml,application/xml,text/xml"
            required
          />
        </div>
        <div class="field">
          <label for="wxr-uploads">{t.t("migration.wordpress.uploads")}</label>
          <input
            id="wxr-uploads"
            type="file"
            name="uploads"
            accept=".zip,application/zip"
            aria-describedby="wxr-uploads-hint"
          />
          <p id="wxr-uploads-hint" class="field__hint">
            {t.t("migration.wordpress.uploadsHint")}
          </p>
        </div>
        <div class="field field--check">
          <input id="wxr-dry-run" type="checkbox" name="dryRun" value="1" />
          <label for="wxr-dry-run">{t.t("migration.wordpress.dryRun")}</label>
        </div>
        <button type="submit" class="button">
          {t.t("migration.wordpress.submit")}
        </button>
      </form>
    </AdminLayout>
  );
}

function ReportView(props: { t: Translator; report: ImportReport }) {
  const { t, report } = props;
  const items = Object.values(report.items).reduce((n, c) => n + c, 0);
  const skipped = report.lines.filter(isSkipLine);
  const notes = report.lines.filter(
    (line) => !isSkipLine(line) && line.code !== "comments_not_imported",
  );
  return (
    <section aria-labelledby="wxr-report" class="section">
      <h2 id="wxr-report">{t.t("migration.wordpress.title")}</h2>
      <p role="status" class="notice">
        {t.t("migration.wordpress.summary", {
          dryRun: report.isDryRun ? "yes" : "no",
          items,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          translations: report.translations,
          tags: report.tags,
          files: report.mediaStored,
          redirects: report.redirects,
        })}
      </p>
      {report.comments > 0 ? (
        <p>{t.t("migration.wordpress.comments", { count: report.comments })}</p>
      ) : null}
      <Lines t={t} title={t.t("migration.wordpress.skipped")} lines={skipped} />
      <Lines t={t} title={t.t("migration.wordpress.notes")} lines={notes} />
    </section>
  );
}

function Lines(props: { t: Translator; title: string; lines: ReportLine[] }) {
  const { t, lines } = props;
  if (lines.length === 0) return null;
  return (
    <>
      <h3>{props.title}</h3>
      <ul class="import-report">
        {lines.map((line) => (
          <li>
            {line.postId ? (
              <strong>
                {t.t("migration.wordpress.post", { id: line.postId })}
                {line.title ? ` — ${line.title}` : ""}
              </strong>
            ) : null}{" "}
            <bdi>{t.t(`migration.code.${line.code}`, { detail: line.detail })}</bdi>
          </li>
        ))}
      </ul>
    </>
  );
}
