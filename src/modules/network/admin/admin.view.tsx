import type { VNode } from "preact";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { MessageKey } from "../../../platform/i18n/catalogs/en.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import { CheckField, FileField, UploadForm } from "../../../platform/ui/upload-form.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { Pagination } from "../../../platform/ui/pagination.js";
import type { ImportReport } from "../city-import.js";
import {
  type EntityKind,
  type EntitySpec,
  type FieldChoices,
  type FieldSpec,
  type FormValues,
  type ListRow,
  MAX_ADMIN_SEARCH,
} from "./entities.js";
import { type FieldProblem, type ReferenceField, SOURCES } from "./references.js";

/** A form's problems by field: one, or several (a field of several entries, one per line). */
export type FormErrors = Record<string, FieldProblem | readonly FieldProblem[]>;

/** The network workspace: every kind of entry with its list, edit links and an "Add" button. */
export function NetworkAdminPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  canWrite: boolean;
  sections: { spec: EntitySpec; rows: ListRow[]; total: number }[];
  notice?: "saved" | "deleted";
}) {
  const { t } = props;
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("network.admin.title")}
      signedIn={props.signedIn}
    >
      <h1 class="page-title">{t.t("network.admin.title")}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {t.t(props.notice === "saved" ? "network.admin.saved" : "network.admin.deleted")}
        </p>
      ) : null}
      <nav aria-label={t.t("network.admin.title")}>
        <ul class="editor-actions">
          {props.sections.map(({ spec }) => (
            <li>
              <a href={`#section-${spec.kind}`}>{t.t(spec.title)}</a>
            </li>
          ))}
          {props.canWrite ? (
            <li>
              <a class="button" href="/admin/network/import">
                {t.t("network.import.title")}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      {props.sections.map(({ spec, rows, total }) => (
        // Not a landmark of its own: its table's scroll region is the one labelled by the heading.
        <section class="section" id={`section-${spec.kind}`}>
          <h2 id={`heading-${spec.kind}`}>{t.t(spec.title)}</h2>
          {props.canWrite ? (
            <p>
              <a class="button" href={`/admin/network/${spec.kind}/new`}>
                {t.t("network.admin.new")}
              </a>
            </p>
          ) : null}
          {total > 0 ? <p>{t.t("network.admin.count", { count: total })}</p> : null}
          {rows.length === 0 ? (
            <p>{t.t("network.admin.empty")}</p>
          ) : (
            <EntryTable t={t} kind={spec.kind} rows={rows} canWrite={props.canWrite} />
          )}
          {total > rows.length ? (
            <p>
              <a href={`/admin/network/${spec.kind}`} aria-describedby={`heading-${spec.kind}`}>
                {t.t("network.admin.showAll")}
              </a>
            </p>
          ) : null}
        </section>
      ))}
    </AdminLayout>
  );
}

/** The entries of one kind, a page at a time, with a search by name. */
export function EntityListPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  canWrite: boolean;
  spec: EntitySpec;
  rows: ListRow[];
  total: number;
  page: number;
  pages: number;
  /** What was typed in the search box ("" for none). */
  search: string;
  notice?: "saved" | "deleted";
}) {
  const { t, spec } = props;
  const path = `/admin/network/${spec.kind}`;
  // Every page link keeps the search.
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (props.search) params.set("q", props.search);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const title = t.t(spec.title);
  return (
    <AdminLayout chrome={props.chrome} t={t} title={title} signedIn={props.signedIn}>
      <p>
        <a href={`/admin/network#section-${spec.kind}`}>{t.t("network.admin.title")}</a>
      </p>
      <h1 class="page-title" id={`heading-${spec.kind}`}>
        {title}
      </h1>
      {props.notice ? (
        <p class="notice" role="status">
          {t.t(props.notice === "saved" ? "network.admin.saved" : "network.admin.deleted")}
        </p>
      ) : null}
      {props.canWrite ? (
        <p>
          <a class="button" href={`${path}/new?back=${encodeURIComponent(hrefFor(props.page))}`}>
            {t.t("network.admin.new")}
          </a>
        </p>
      ) : null}
      <form class="filter" method="get" action={path} role="search">
        <label for="admin-network-q">{t.t("network.admin.search")}</label>{" "}
        <input
          id="admin-network-q"
          type="search"
          name="q"
          value={props.search}
          maxLength={MAX_ADMIN_SEARCH}
          autocomplete="off"
        />{" "}
        <button type="submit">{t.t("network.admin.searchSubmit")}</button>
      </form>
      <p>{t.t("network.admin.count", { count: props.total })}</p>
      {props.rows.length === 0 ? (
        <p>{t.t(props.search ? "network.admin.noMatch" : "network.admin.empty")}</p>
      ) : (
        <EntryTable
          t={t}
          kind={spec.kind}
          rows={props.rows}
          canWrite={props.canWrite}
          back={hrefFor(props.page)}
        />
      )}
      <Pagination t={t} page={props.page} pages={props.pages} hrefFor={hrefFor} />
    </AdminLayout>
  );
}

function EntryTable(props: {
  t: Translator;
  kind: EntityKind;
  rows: ListRow[];
  canWrite: boolean;
  /** The list page the table is on, for its edit links to return to (none on the index). */
  back?: string;
}) {
  const { t, kind } = props;
  const back = props.back ? `?back=${encodeURIComponent(props.back)}` : "";
  return (
    // Not a landmark of its own: its scroll region is the one labelled by the heading.
    <div class="table-scroll" tabindex={0} role="region" aria-labelledby={`heading-${kind}`}>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t.t("network.admin.entry")}</th>
            <th scope="col">{t.t("network.admin.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <th scope="row">
                {row.label}
                {row.detail ? <span class="meta"> — {row.detail}</span> : null}
              </th>
              <td>
                {props.canWrite ? (
                  <a href={`/admin/network/${kind}/${row.id}/edit${back}`}>
                    {t.t("network.admin.edit")}
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The form of one entry (new or existing), with field errors, and a delete button for an existing one. */
export function EntityFormPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  kind: EntityKind;
  spec: EntitySpec;
  id: number | undefined;
  values: FormValues;
  errors: FormErrors;
  choices: FieldChoices;
  /** The list page the form was opened from, where the save returns. */
  back?: string;
}) {
  const { t, spec, values, errors, signedIn } = props;
  const action =
    props.id === undefined
      ? `/admin/network/${props.kind}`
      : `/admin/network/${props.kind}/${props.id}`;
  const title = t.t(spec.title);
  return (
    <AdminLayout chrome={props.chrome} t={t} title={title} signedIn={signedIn}>
      <p>
        <a href={props.back ?? `/admin/network#section-${props.kind}`}>
          {t.t(props.back ? spec.title : "network.admin.title")}
        </a>
      </p>
      <h1 class="page-title">{title}</h1>
      {Object.keys(errors).length > 0 ? (
        <p class="notice notice--error" role="alert">
          {t.t("network.admin.errors")}
        </p>
      ) : null}
      <form class="editor-form" method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
        {props.back ? <input type="hidden" name="_back" value={props.back} /> : null}
        {spec.fields.map((field) => (
          <Field
            t={t}
            field={field}
            value={values[field.name]}
            error={errors[field.name]}
            choices={props.choices[field.name] ?? []}
          />
        ))}
        <button type="submit" class="button">
          {t.t("network.admin.save")}
        </button>
      </form>
      {props.id !== undefined ? (
        <form method="post" action={`/admin/network/${props.kind}/${props.id}/delete`}>
          <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
          <button type="submit" class="button--danger">
            {t.t("network.admin.delete")}
          </button>
        </form>
      ) : null}
    </AdminLayout>
  );
}

function Field(props: {
  t: Translator;
  field: FieldSpec;
  value: string | string[] | undefined;
  error: FieldProblem | readonly FieldProblem[] | undefined;
  choices: { value: string; label: string }[];
}) {
  const { t, field } = props;
  const id = `f-${field.name}`;
  const value = [props.value ?? ""].flat();
  const first = value[0] ?? "";
  const problems = props.error === undefined ? [] : [props.error].flat();
  const error = problems.length > 0;
  const common = {
    id,
    name: field.name,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  const label = t.t(`network.field.${field.name}` as MessageKey);
  const errorText = error ? <FieldErrors t={t} id={`${id}-error`} problems={problems} /> : null;
  if (field.kind === "checkbox") {
    return (
      <div class="field field--check">
        <input {...common} type="checkbox" value="1" checked={first === "1"} />
        <label for={id}>{label}</label>
      </div>
    );
  }
  if (field.kind === "reference" || field.kind === "references") {
    return (
      <ReferenceInput
        t={t}
        field={field}
        id={id}
        label={label}
        value={value.join("\n")}
        errorText={errorText}
      />
    );
  }
  const control =
    field.kind === "textarea" ? (
      <textarea {...common} rows={field.name === "sessions" ? 6 : 10} value={first} />
    ) : field.kind === "select" ? (
      <select {...common}>
        {!field.required ? <option value="">{t.t("network.admin.none")}</option> : null}
        {props.choices.map((c) => (
          <option value={c.value} selected={value.includes(c.value)}>
            {c.label}
          </option>
        ))}
      </select>
    ) : (
      <input
        {...common}
        type={inputType(field.kind) as "text"}
        inputMode={field.kind === "number" ? "decimal" : undefined}
        value={first}
        required={field.required}
      />
    );
  return (
    <div class={error ? "field field--invalid" : "field"}>
      <label for={id}>{label}</label>
      {errorText}
      {control}
    </div>
  );
}

/**
 * A field naming other entries of the directory, typed, not chosen from a select: a
 * network has thousands of people and organisations. One entry: a text field whose
 * datalist admin.js fills. Several: one name per line in a textarea, which admin.js
 * turns into the list of entries, each with its Remove button, and a field to add one.
 * Without JavaScript the server resolves the names on save all the same.
 */
function ReferenceInput(props: {
  t: Translator;
  field: ReferenceField;
  id: string;
  label: string;
  value: string;
  errorText: VNode | null;
}) {
  const { t, field, id } = props;
  const source = SOURCES[field.source];
  const hint = `${id}-hint`;
  const error = props.errorText !== null;
  const suggest = {
    "data-suggest": `/admin/network/${field.source}.json`,
    "data-suggest-key": field.source,
  };
  const common = {
    id,
    name: field.name,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": error ? `${hint} ${id}-error` : hint,
    autocomplete: "off",
    spellcheck: false,
    // Names keep their own direction: a Latin name on an Arabic form, an Arabic one on an English form.
    dir: "auto" as const,
  };
  if (field.kind === "reference") {
    return (
      <div class={error ? "field field--invalid" : "field"}>
        <label for={id}>{props.label}</label>
        <p class="field__hint" id={hint}>
          {t.t(source.hint)}
        </p>
        {props.errorText}
        <input
          {...common}
          {...suggest}
          type="text"
          list={`${id}-list`}
          value={props.value}
          required={field.required}
        />
        <datalist id={`${id}-list`} />
      </div>
    );
  }
  const lines = source.lines;
  if (!lines) throw new Error(`${field.source} cannot be named one per line`);
  return (
    <div class={error ? "field field--invalid reference-list" : "field reference-list"}>
      <label for={id} id={`${id}-label`}>
        {props.label}
      </label>
      <p class="field__hint" id={hint} data-enhanced-hint={t.t("network.admin.listHint")}>
        {t.t(lines.hint)}
      </p>
      {props.errorText}
      <textarea
        {...common}
        {...suggest}
        rows={4}
        // One name per line: a long name scrolls rather than looking like two.
        wrap="off"
        value={props.value}
        data-reference-list=""
        data-add={t.t("network.admin.listAdd")}
        data-add-label={t.t(`network.admin.listAdd.${field.name}` as MessageKey)}
        data-remove={t.t("network.admin.listRemove")}
        data-remove-label={t.t("network.admin.listRemoveEntry", { name: "%NAME%" })}
        data-move-up-label={t.t("network.admin.listMoveUpEntry", { name: "%NAME%" })}
        data-move-down-label={t.t("network.admin.listMoveDownEntry", { name: "%NAME%" })}
      />
    </div>
  );
}

function FieldErrors(props: { t: Translator; id: string; problems: readonly FieldProblem[] }) {
  const { t } = props;
  return (
    <p class="field__error" id={props.id}>
      {props.problems.map((problem, i) => (
        <>
          {i > 0 ? <br /> : null}
          {typeof problem === "string"
            ? t.t(problem as MessageKey)
            : t.t(problem.key, problem.values)}
        </>
      ))}
    </p>
  );
}

/** The import form, and the report of the last import (each invalid row with its line and problems). */
export function ImportPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  report: ImportReport | undefined;
  problem?: MessageKey;
}) {
  const { t, report, signedIn } = props;
  return (
    <AdminLayout
      chrome={props.chrome}
      t={t}
      title={t.t("network.import.title")}
      signedIn={signedIn}
    >
      <p>
        <a href="/admin/network">{t.t("network.admin.title")}</a>
      </p>
      <h1 class="page-title">{t.t("network.import.title")}</h1>
      {props.problem ? (
        <p class="notice notice--error" role="alert">
          {t.t(props.problem)}
        </p>
      ) : null}
      {report ? <ImportReportView t={t} report={report} /> : null}
      <p>{t.t("network.import.help")}</p>
      <UploadForm
        action="/admin/network/import"
        csrf={signedIn.csrfToken}
        submit={t.t("network.import.submit")}
      >
        <FileField id="import-file" label={t.t("network.import.file")} accept=".csv,text/csv" />
        <CheckField id="import-skip" name="skipInvalid" label={t.t("network.import.skipInvalid")} />
      </UploadForm>
    </AdminLayout>
  );
}

function ImportReportView(props: { t: Translator; report: ImportReport }) {
  const { t, report } = props;
  if (report.fileProblem) {
    return (
      <p class="notice notice--error" role="alert">
        {t.t(report.fileProblem.problem as MessageKey)} {report.fileProblem.detail}
      </p>
    );
  }
  return (
    <section aria-labelledby="import-report" class="section">
      <h2 id="import-report">{t.t("network.import.title")}</h2>
      <p role="status" class={report.written > 0 ? "notice" : "notice notice--error"}>
        {report.written > 0 || report.invalid.length === 0
          ? t.t("network.import.done", { written: report.written, rows: report.rows })
          : t.t("network.import.nothingWritten", { invalid: report.invalid.length })}
      </p>
      {report.invalid.length > 0 ? (
        <ul>
          {report.invalid.slice(0, 500).map((row) => (
            <li>
              <strong>{t.t("network.import.line", { line: row.line })}</strong>
              {row.name ? ` (${row.name})` : ""}:{" "}
              {row.problems
                .map(
                  (p) =>
                    `${p.field === "row" ? "" : `${p.field}: `}${t.t(p.problem as MessageKey)}`,
                )
                .join(" ")}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function inputType(kind: FieldSpec["kind"]): string {
  if (kind === "date") return "date";
  if (kind === "datetime") return "datetime-local";
  if (kind === "color") return "color";
  return "text";
}
