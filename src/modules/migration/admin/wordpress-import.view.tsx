import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import { CheckField, FileField, UploadForm } from "../../../platform/ui/upload-form.js";
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
      <UploadForm
        action="/admin/import/wordpress"
        csrf={signedIn.csrfToken}
        submit={t.t("migration.wordpress.submit")}
      >
        <FileField
          id="wxr-file"
          label={t.t("migration.wordpress.file")}
          accept=".xml,application/xml,text/xml"
        />
        <FileField
          id="wxr-uploads"
          name="uploads"
          label={t.t("migration.wordpress.uploads")}
          accept=".zip,application/zip"
          isRequired={false}
          hint={t.t("migration.wordpress.uploadsHint")}
        />
        <CheckField id="wxr-dry-run" name="dryRun" label={t.t("migration.wordpress.dryRun")} />
      </UploadForm>
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
