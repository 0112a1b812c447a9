import type { ComponentChildren } from "preact";
import type { SignedIn } from "../../../platform/auth/session.service.js";
import type { LocaleCode } from "../../../platform/config.js";
import { LOCALES } from "../../../platform/i18n/locales.js";
import type { Translator } from "../../../platform/i18n/translator.js";
import { AdminLayout } from "../../../platform/ui/admin-layout.js";
import type { SiteChrome } from "../../../platform/ui/layout.js";
import { ATTENDANCE_MODES, ITEM_TYPES, type Item } from "../content.table.js";
import type { MediaChoices } from "./editor.service.js";
import { EDITOR_FORM_ID, type EditorNotice, PublishPanel } from "./publish-panel.view.js";
import {
  type EditorValues,
  type FieldError,
  type FieldErrors,
  SPARE_ATTACHMENT_ROWS,
} from "./editor.form.js";

type Field = keyof EditorValues;

/** The fields only an event has; hidden for the other types (shown again by the type select). */
const EVENT_FIELDS: readonly Field[] = [
  "startsAt",
  "endsAt",
  "timeZone",
  "location",
  "attendanceMode",
];

/** The editor of one item (or a new one): the draft form, then the publication actions. */
export function EditorPage(props: {
  chrome: SiteChrome;
  t: Translator;
  signedIn: SignedIn;
  item: Item | undefined;
  values: EditorValues;
  errors: FieldErrors;
  choices: MediaChoices;
  notice?: EditorNotice;
}) {
  const { t, item, values, errors, signedIn } = props;
  const title = item ? t.t("editor.editTitle", { title: values.title }) : t.t("editor.newTitle");
  const hasErrors = Object.keys(errors).length > 0;
  // The item's words are in its own language, whatever the workspace's: an English
  // title in an Arabic workspace keeps its direction and punctuation.
  const contentLang = item?.sourceLanguage ?? props.chrome.config.sourceLanguage;
  const text = {
    lang: contentLang,
    dir: LOCALES[contentLang as LocaleCode]?.dir ?? ("auto" as const),
  };
  const field = (name: Field, control: ComponentChildren, hint?: string) => (
    <div class={errors[name] ? "field field--invalid" : "field"}>
      <label for={`f-${name}`}>{t.t(`editor.field.${name}`)}</label>
      {hint ? (
        <p class="field__hint" id={`f-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors[name] ? (
        <p class="field__error" id={`f-${name}-error`}>
          {messageOf(t, errors[name])}
        </p>
      ) : null}
      {control}
    </div>
  );
  const aria = (name: Field, hasHint = false) => ({
    id: `f-${name}`,
    name,
    "aria-invalid": errors[name] ? (true as const) : undefined,
    "aria-describedby":
      [hasHint ? `f-${name}-hint` : "", errors[name] ? `f-${name}-error` : ""]
        .filter(Boolean)
        .join(" ") || undefined,
  });
  const attachmentRows = [
    ...values.attachments,
    ...Array.from({ length: SPARE_ATTACHMENT_ROWS }, () => ({ mediaId: "", title: "" })),
  ];
  const csrf = <input type="hidden" name="_csrf" value={signedIn.csrfToken} />;
  return (
    <AdminLayout chrome={props.chrome} t={t} title={title} signedIn={signedIn}>
      <p>
        <a href="/admin/content">{t.t("contentAdmin.title")}</a>
      </p>
      <h1 class="page-title">{title}</h1>
      {hasErrors ? (
        <p class="notice notice--error" role="alert">
          {t.t("editor.errorSummary")}
        </p>
      ) : null}
      <div class="editor-layout">
        <PublishPanel
          t={t}
          signedIn={signedIn}
          item={item}
          title={item ? values.title : ""}
          notice={props.notice}
        />
        <form
          id={EDITOR_FORM_ID}
          class="editor-form"
          method="post"
          action={item ? `/admin/content/${item.id}` : "/admin/content"}
          novalidate
          data-csrf={signedIn.csrfToken}
          data-autosave
          data-leave-warning={t.t("editor.leaveWarning")}
        >
          {csrf}
          <fieldset>
            <legend>{t.t("editor.main")}</legend>
            {field(
              "type",
              <select {...aria("type")} data-event-toggle>
                {ITEM_TYPES.map((type) => (
                  <option value={type} selected={values.type === type}>
                    {t.t(`type.${type}`)}
                  </option>
                ))}
              </select>,
            )}
            {field("title", <input {...aria("title")} {...text} value={values.title} required />)}
            {field(
              "summary",
              <textarea {...aria("summary")} {...text} rows={3} value={values.summary} />,
            )}
            {field(
              "body",
              <textarea
                {...aria("body")}
                {...text}
                rows={20}
                class="editor-form__body"
                value={values.body}
                data-live-preview="/admin/content/preview"
                data-preview-label={t.t("editor.livePreview")}
                data-preview-failed={t.t("editor.livePreviewFailed")}
                data-drop-upload="/admin/media"
              />,
            )}
            <MediaInsert t={t} images={props.choices.images} />
            {field(
              "slug",
              <input {...aria("slug", true)} value={values.slug} data-slug-field />,
              t.t("editor.hint.slug"),
            )}
            {field(
              "tags",
              <input
                {...aria("tags", true)}
                value={values.tags}
                data-tag-suggest="/admin/tags.json"
                data-suggest-label={t.t("editor.tagSuggestions")}
              />,
              t.t("editor.hint.tags"),
            )}
            {field(
              "byline",
              <input {...aria("byline", true)} value={values.byline} dir="auto" maxlength={200} />,
              t.t("editor.hint.byline"),
            )}
            <div class="field field--check">
              <input
                type="checkbox"
                id="f-isFeatured"
                name="isFeatured"
                value="on"
                checked={values.isFeatured}
              />
              <label for="f-isFeatured">{t.t("editor.field.isFeatured")}</label>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t.t("editor.media")}</legend>
            {field(
              "heroMediaId",
              <select
                {...aria("heroMediaId")}
                data-image-picker
                data-alt-field="f-heroAlt"
                data-picker-label={t.t("editor.imagePicker")}
              >
                <option value="">{t.t("editor.noImage")}</option>
                {values.heroMediaId !== "" &&
                !props.choices.images.some((i) => String(i.id) === values.heroMediaId) ? (
                  <option value={values.heroMediaId} selected>
                    {values.heroMediaId}
                  </option>
                ) : null}
                {props.choices.images.map((image) => (
                  <option
                    value={String(image.id)}
                    selected={String(image.id) === values.heroMediaId}
                    data-thumb={image.thumb}
                    data-alt={image.altText}
                  >
                    {t.t("editor.imageOption", {
                      id: String(image.id),
                      name: image.originalName,
                      alt: image.altText,
                    })}
                  </option>
                ))}
              </select>,
            )}
            {field(
              "heroCaption",
              <input {...aria("heroCaption")} {...text} value={values.heroCaption} />,
            )}
            {field("heroAlt", <input {...aria("heroAlt")} {...text} value={values.heroAlt} />)}
            {field("videoUrl", <input {...aria("videoUrl")} type="url" value={values.videoUrl} />)}
            <fieldset
              class={errors.attachments ? "field field--invalid" : "field"}
              aria-describedby={errors.attachments ? "f-attachments-error" : undefined}
            >
              <legend>{t.t("editor.field.attachments")}</legend>
              {errors.attachments ? (
                <p class="field__error" id="f-attachments-error">
                  {messageOf(t, errors.attachments)}
                </p>
              ) : null}
              {attachmentRows.map((row, index) => (
                <div class="editor-form__row">
                  <label for={`f-att-${index}-id`}>
                    {t.t("editor.field.attachmentId", { n: index + 1 })}
                  </label>
                  <select id={`f-att-${index}-id`} name={`attachments.${index}.mediaId`}>
                    <option value="">{t.t("editor.noDocument")}</option>
                    {row.mediaId !== "" &&
                    !props.choices.documents.some((d) => String(d.id) === row.mediaId) ? (
                      <option value={row.mediaId} selected>
                        {row.mediaId}
                      </option>
                    ) : null}
                    {props.choices.documents.map((document) => (
                      <option
                        value={String(document.id)}
                        selected={String(document.id) === row.mediaId}
                      >
                        {document.originalName}
                      </option>
                    ))}
                  </select>
                  <label for={`f-att-${index}-title`}>
                    {t.t("editor.field.attachmentTitle", { n: index + 1 })}
                  </label>
                  <input
                    id={`f-att-${index}-title`}
                    name={`attachments.${index}.title`}
                    value={row.title}
                  />
                </div>
              ))}
              {props.choices.documents.length === 0 ? (
                <p class="field__hint">{t.t("editor.noDocuments")}</p>
              ) : null}
            </fieldset>
          </fieldset>
          <fieldset
            data-event-fields
            hidden={values.type !== "event" && !EVENT_FIELDS.some((name) => errors[name])}
          >
            <legend>{t.t("editor.event")}</legend>
            {field(
              "startsAt",
              <input {...aria("startsAt")} type="datetime-local" value={values.startsAt} />,
            )}
            {field(
              "endsAt",
              <input {...aria("endsAt")} type="datetime-local" value={values.endsAt} />,
            )}
            {field("timeZone", <input {...aria("timeZone")} value={values.timeZone} />)}
            {field("location", <input {...aria("location")} value={values.location} />)}
            {field(
              "attendanceMode",
              <select {...aria("attendanceMode")}>
                <option value="">—</option>
                {ATTENDANCE_MODES.map((mode) => (
                  <option value={mode} selected={values.attendanceMode === mode}>
                    {t.t(`event.mode.${mode}`)}
                  </option>
                ))}
              </select>,
            )}
          </fieldset>
          <button type="submit" class="button">
            {t.t("editor.save")}
          </button>
        </form>
      </div>
    </AdminLayout>
  );
}

function messageOf(t: Translator, error: FieldError): string {
  return typeof error === "string" ? t.t(error) : t.t(error.key, { max: error.max });
}

/**
 * Images of the library to put into the body: each with its Markdown (copied by hand
 * without JavaScript; "Insert" puts it at the cursor), and the form that uploads an image
 * dropped or pasted into the body (shown by the script).
 */
function MediaInsert(props: { t: Translator; images: MediaChoices["images"] }) {
  const { t } = props;
  const images = props.images.filter((image) => image.markdown);
  return (
    <div class="media-insert">
      <details class="media-insert__library">
        <summary>{t.t("editor.insertImage")}</summary>
        <p class="field__hint">{t.t("editor.insertImageHint")}</p>
        {images.length === 0 ? <p>{t.t("editor.noImages")}</p> : null}
        <ul class="media-insert__list">
          {images.map((image) => (
            <li class="media-insert__item">
              {image.thumb ? <img src={image.thumb} alt="" loading="lazy" /> : null}
              <label for={`ins-${image.id}`}>{image.altText || image.originalName}</label>
              <input
                id={`ins-${image.id}`}
                type="text"
                readonly
                dir="ltr"
                value={image.markdown}
                data-markdown
              />
              <button
                type="button"
                class="button button--secondary"
                data-insert-markdown={`ins-${image.id}`}
                aria-label={t.t("editor.insertLabel", {
                  name: image.altText || image.originalName,
                })}
                hidden
              >
                {t.t("editor.insert")}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <div
        class="media-drop"
        data-drop-form
        data-uploading={t.t("editor.drop.uploading")}
        data-failed={t.t("editor.drop.failed")}
        data-title={t.t("editor.drop.title", { name: "%NAME%" })}
        hidden
      >
        <p class="media-drop__title" data-drop-title></p>
        <label for="drop-alt">{t.t("editor.drop.alt")}</label>
        <input id="drop-alt" type="text" maxLength={500} data-drop-alt />
        <p class="media-drop__buttons">
          <button type="button" class="button" data-drop-upload-button>
            {t.t("editor.drop.upload")}
          </button>
          <button type="button" class="button button--secondary" data-drop-cancel>
            {t.t("editor.drop.cancel")}
          </button>
        </p>
        <p class="field__error" role="status" data-drop-status></p>
      </div>
    </div>
  );
}
