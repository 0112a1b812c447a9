import type { ComponentChildren } from "preact";

/**
 * A workspace upload form: multipart, the CSRF token as its first field (it is
 * checked before a file's bytes are read: see platform/http/upload-form.ts),
 * then the form's own fields and one submit button.
 */
export function UploadForm(props: {
  action: string;
  csrf: string;
  submit: string;
  children: ComponentChildren;
}) {
  return (
    <form class="stack" method="post" action={props.action} enctype="multipart/form-data">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.children}
      <button type="submit" class="button">
        {props.submit}
      </button>
    </form>
  );
}

/** A file input with its label and, when given, a hint it is described by. */
export function FileField(props: {
  id: string;
  label: string;
  accept: string;
  name?: string;
  isRequired?: boolean;
  hint?: string;
}) {
  const hintId = props.hint === undefined ? undefined : `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="file"
        name={props.name ?? "file"}
        accept={props.accept}
        required={props.isRequired ?? true}
        aria-describedby={hintId}
      />
      {hintId ? (
        <p id={hintId} class="field__hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

/** A checkbox that sends "1" when ticked, its label after it. */
export function CheckField(props: { id: string; name: string; label: string }) {
  return (
    <div class="field field--check">
      <input id={props.id} type="checkbox" name={props.name} value="1" />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}
