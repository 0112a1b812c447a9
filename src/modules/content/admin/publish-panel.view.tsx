import { can } from "../../../platform/auth/policy.js";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import type { Item } from "../content.table.js";
import { itemPath } from "../paths.js";
import { inMessage } from "../views/components.js";

/** What the editor page says after an action: which one happened, to which item. */
export const EDITOR_NOTICES = [
  "saved",
  "published",
  "updated",
  "scheduled",
  "unpublished",
  "archived",
] as const;
/** One of EDITOR_NOTICES. */
export type EditorNotice = (typeof EDITOR_NOTICES)[number];

/** The id of the editor's draft form, which the panel's save button submits. */
export const EDITOR_FORM_ID = "editor-form";

/** The placeholder the browser replaces with the editor's own time zone in the zone hint. */
const ZONE_PLACEHOLDER = "%ZONE%";
/** The placeholder the browser replaces with the time of the last autosave. */
const TIME_PLACEHOLDER = "%TIME%";

/**
 * The publication panel, always in view beside (or above, on a phone) the draft: the
 * status, the draft's save state, save, publish or update, schedule in the editor's time
 * zone, and only the actions the item's state allows.
 */
export function PublishPanel(props: {
  t: Translator;
  signedIn: SignedIn;
  item: Item | undefined;
  title: string;
  notice?: EditorNotice;
}) {
  const { t, item, signedIn } = props;
  const canPublish = !!item && can(signedIn.user, "content.publish");
  const csrf = <input type="hidden" name="_csrf" value={signedIn.csrfToken} />;
  const livePath =
    item && item.status === "published" ? itemPath(item.sourceLanguage, item.type, item.slug) : "";
  const isLive = !!item && item.status === "published";
  // Unpublishing keeps the first publication date: an item that has it has been on the site.
  const hasBeenPublished = !!item && (item.publishedAt !== null || isLive);
  const zone = <input type="hidden" name="timeZone" value="UTC" data-editor-zone />;
  return (
    <aside class="publish-panel" aria-labelledby="publishing">
      <h2 id="publishing" class="publish-panel__title">
        {t.t("editor.publishing")}
      </h2>
      {props.notice ? (
        <p class="notice publish-panel__notice" role="status" data-editor-notice>
          {t.t(`editor.notice.${props.notice}`, { title: props.title })}
          {livePath && (props.notice === "published" || props.notice === "updated") ? (
            <>
              {" "}
              <a href={livePath}>{t.t("editor.viewOnSite")}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <p class="publish-panel__status">
        {item
          ? item.status === "scheduled" && item.scheduledFor
            ? inMessage(
                (slot) => t.t("editor.statusScheduled", { date: slot }),
                <time datetime={item.scheduledFor} data-local-time={LOCALES[t.locale].intl}>
                  {t.formatDate(item.scheduledFor, { ...PANEL_TIME, timeZone: "UTC" })}
                </time>,
              )
            : t.t("editor.statusLine", { status: t.t(`status.${item.status}`) })
          : t.t("editor.statusNew")}
      </p>
      <p
        class="publish-panel__save-state"
        data-autosave-state
        data-dirty={t.t("editor.autosave.dirty")}
        data-saving={t.t("editor.autosave.saving")}
        data-saved={t.t("editor.autosave.saved", { time: TIME_PLACEHOLDER })}
        data-invalid={t.t("editor.autosave.invalid")}
        data-failed={t.t("editor.autosave.failed")}
        aria-live="polite"
      ></p>
      <p class="publish-panel__links">
        <button type="submit" form={EDITOR_FORM_ID} class="button button--secondary">
          {t.t("editor.save")}
        </button>
        {livePath ? <a href={livePath}>{t.t("editor.viewOnSite")}</a> : null}
        {item ? (
          <a href={`/admin/content/${item.id}/preview`}>{t.t("contentAdmin.preview")}</a>
        ) : null}
        {item ? (
          <a href={`/admin/content/${item.id}/revisions`}>{t.t("contentAdmin.revisions")}</a>
        ) : null}
      </p>
      {!item ? <p class="field__hint">{t.t("editor.saveFirst")}</p> : null}
      {item && canPublish ? (
        <>
          <p
            class="field__hint"
            data-zone-hint={t.t("editor.zoneLocal", { zone: ZONE_PLACEHOLDER })}
          >
            {t.t("editor.zoneUtc")}
          </p>
          <form method="post" action={`/admin/content/${item.id}/publish`} class="publish-form">
            {csrf}
            {zone}
            <label for="p-publishedAt">{t.t("editor.field.publishedAt")}</label>
            <input id="p-publishedAt" name="publishedAt" type="datetime-local" />
            <button type="submit" class="button">
              {t.t(isLive ? "editor.update" : "editor.publish")}
            </button>
          </form>
          {item.status === "draft" || item.status === "scheduled" ? (
            <form method="post" action={`/admin/content/${item.id}/schedule`} class="publish-form">
              {csrf}
              {zone}
              <label for="p-scheduledFor">{t.t("editor.field.scheduledFor")}</label>
              <input id="p-scheduledFor" name="scheduledFor" type="datetime-local" required />
              <button type="submit" class="button button--secondary">
                {t.t("editor.schedule")}
              </button>
            </form>
          ) : null}
          {hasBeenPublished && item.status !== "archived" ? (
            <div class="publish-panel__danger">
              {isLive ? (
                <form method="post" action={`/admin/content/${item.id}/unpublish`}>
                  {csrf}
                  <button type="submit" class="button button--secondary">
                    {t.t("editor.unpublish")}
                  </button>
                </form>
              ) : null}
              <form method="post" action={`/admin/content/${item.id}/archive`}>
                {csrf}
                <button type="submit" class="button button--secondary">
                  {t.t("editor.archive")}
                </button>
              </form>
            </div>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}

/**
 * How the panel writes a publication time: with its zone's name, UTC from the
 * server; the editor island (src/shared/admin.ts) writes it again in the
 * editor's own zone with the same fields.
 */
const PANEL_TIME: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
};
