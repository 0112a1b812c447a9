import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import type { Item } from "../content.table.js";
import type { RevisionDiff } from "./editor.service.js";

/** A revision as the history lists it. */
export interface RevisionRow {
  id: number;
  number: number;
  title: string;
  createdAt: string;
  authorName: string | null;
}

/** An item's revision history: every revision with its date and author, a comparison form and restore buttons. */
export function RevisionsPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  item: Item;
  title: string;
  revisions: RevisionRow[];
}) {
  const { t, item, revisions, signedIn } = props;
  const heading = t.t("revisions.title", { title: props.title });
  const canWrite = can(signedIn.user, "content.write");
  const options = (selectedId: number | undefined) =>
    revisions.map((r) => (
      <option value={String(r.id)} selected={r.id === selectedId}>
        {String(r.number)}
      </option>
    ));
  return (
    <AdminLayout chrome={props.chrome} t={t} title={heading} signedIn={signedIn}>
      <p>
        <a href={`/admin/content/${item.id}/edit`}>{t.t("contentAdmin.edit")}</a>
        {" · "}
        <a href="/admin/content">{t.t("contentAdmin.title")}</a>
      </p>
      <h1 class="page-title">{heading}</h1>
      {revisions.length > 1 ? (
        <form
          class="editor-filters"
          method="get"
          action={`/admin/content/${item.id}/revisions/diff`}
        >
          <label for="diff-from">{t.t("revisions.from")}</label>
          <select id="diff-from" name="from">
            {options(revisions[1]?.id)}
          </select>
          <label for="diff-to">{t.t("revisions.to")}</label>
          <select id="diff-to" name="to">
            {options(revisions[0]?.id)}
          </select>
          <button type="submit">{t.t("revisions.compare")}</button>
        </form>
      ) : null}
      <div class="table-scroll" tabindex={0} role="region" aria-labelledby="revisions-caption">
        <table class="data-table">
          <caption id="revisions-caption" class="visually-hidden">
            {heading}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.t("revisions.number")}</th>
              <th scope="col">{t.t("contentAdmin.itemTitle")}</th>
              <th scope="col">{t.t("revisions.date")}</th>
              <th scope="col">{t.t("revisions.author")}</th>
              <th scope="col">{t.t("contentAdmin.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {String(r.number)}
                  {r.id === item.publishedRevisionId ? ` (${t.t("revisions.live")})` : ""}
                  {r.id === item.latestRevisionId ? ` (${t.t("revisions.latest")})` : ""}
                </th>
                <td>{r.title}</td>
                <td>
                  <time datetime={r.createdAt}>
                    {t.formatDate(r.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "medium",
                      timeZone: "UTC",
                    })}
                  </time>
                </td>
                <td>{r.authorName ?? t.t("revisions.unknownAuthor")}</td>
                <td>
                  {canWrite && r.id !== item.latestRevisionId ? (
                    <form
                      method="post"
                      action={`/admin/content/${item.id}/revisions/${r.id}/restore`}
                    >
                      <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
                      <button type="submit">{t.t("revisions.restore")}</button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}

/** The line differences of title, summary and body between two revisions, additions in ins and removals in del. */
export function DiffPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  diff: RevisionDiff;
}) {
  const { t, diff } = props;
  const heading = t.t("diff.title", { from: diff.from.number, to: diff.to.number });
  return (
    <AdminLayout chrome={props.chrome} t={t} title={heading} signedIn={props.signedIn}>
      <p>
        <a href={`/admin/content/${diff.item.id}/revisions`}>{t.t("diff.back")}</a>
      </p>
      <h1 class="page-title">{heading}</h1>
      {diff.fields.map(({ name, lines }) => (
        <section class="section" aria-labelledby={`diff-${name}`}>
          <h2 id={`diff-${name}`}>{t.t(`diff.field.${name}`)}</h2>
          {lines.every((line) => line.kind === "same") ? <p>{t.t("diff.none")}</p> : null}
          <pre class="line-diff">
            {lines.map((line) =>
              line.kind === "added" ? (
                <ins>{`+ ${line.text}\n`}</ins>
              ) : line.kind === "removed" ? (
                <del>{`- ${line.text}\n`}</del>
              ) : (
                <span>{`  ${line.text}\n`}</span>
              ),
            )}
          </pre>
        </section>
      ))}
    </AdminLayout>
  );
}
