// The translation desk's keyboard flow and autosave. Without this file every sentence is a
// plain form that posts and comes back at the next sentence; with it, a sentence is saved
// with fetch (JSON answer) and the cursor moves on at once.

/** Enhances the desk (`[data-desk]`) if the page has one. */
export function enhanceDesk(root: ParentNode): void {
  const desk = root.querySelector<HTMLElement>("[data-desk]");
  if (!desk) return;
  const csrf = desk.dataset.csrf ?? "";
  const text = {
    saving: desk.dataset.saving ?? "",
    saved: desk.dataset.saved ?? "",
    failed: desk.dataset.failed ?? "{problem}",
    offline: desk.dataset.offline ?? "",
    retry: desk.dataset.retry ?? "",
    done: desk.dataset.doneLabel ?? "",
  };
  const rows = [...desk.querySelectorAll<HTMLElement>("[data-desk-sentence]")];
  const fieldOf = (row: HTMLElement | undefined) =>
    row?.querySelector<HTMLTextAreaElement>("[data-desk-target]") ?? undefined;
  /** The text last sent per field, so leaving a field unchanged does not send it twice. */
  const sent = new WeakMap<HTMLTextAreaElement, string>();
  let awaitsPublish = false;
  for (const row of rows) {
    for (const button of row.querySelectorAll<HTMLButtonElement>(
      "[data-desk-copy], [data-desk-memory]",
    )) {
      button.hidden = false;
    }
    const field = fieldOf(row);
    if (field) sent.set(field, field.value);
  }

  const indexOf = (node: EventTarget | null): number =>
    node instanceof Node ? rows.findIndex((row) => row.contains(node)) : -1;

  const focusRow = (index: number): void => {
    if (index >= rows.length) {
      const publish = document.querySelector<HTMLButtonElement>("[data-desk-publish]");
      if (publish && !publish.disabled) {
        publish.focus();
        return;
      }
    }
    const row = rows[Math.max(0, Math.min(index, rows.length - 1))];
    const field = fieldOf(row);
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    row?.scrollIntoView({ block: "center" });
  };

  const put = (field: HTMLTextAreaElement | undefined, value: string | undefined): void => {
    if (!field || value === undefined) return;
    field.value = value;
    field.focus();
  };

  const save = async (row: HTMLElement): Promise<void> => {
    const field = fieldOf(row);
    const form = row.querySelector<HTMLFormElement>("[data-desk-form]");
    const state = row.querySelector<HTMLElement>("[data-desk-state]");
    if (!field || !form || !state) return;
    sent.set(field, field.value);
    state.className = "desk-save desk-save--saving";
    state.textContent = text.saving;
    let problem: string | undefined;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          accept: "application/json",
          "content-type": "application/x-www-form-urlencoded",
          "x-csrf-token": csrf,
        },
        body: new URLSearchParams({ targetText: field.value }).toString(),
      });
      const answer: unknown = await response.json().catch(() => undefined);
      if (response.ok && isSaved(answer)) {
        state.className = "desk-save desk-save--saved";
        state.textContent = text.saved;
        markDone(row, answer);
        return;
      }
      problem = errorMessage(answer) ?? String(response.status);
    } catch {
      problem = text.offline;
    }
    state.className = "desk-save desk-save--failed";
    state.textContent = `${text.failed.replace("{problem}", problem)} `;
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "button button--secondary";
    retry.textContent = text.retry;
    retry.addEventListener("click", () => void save(row));
    state.append(retry);
    sent.delete(field);
  };

  const markDone = (row: HTMLElement, answer: SavedAnswer): void => {
    row.classList.replace("desk-sentence--todo", "desk-sentence--done");
    const badge = row.querySelector<HTMLElement>("[data-desk-badge]");
    if (badge) {
      badge.className = "badge badge--reviewed";
      badge.textContent = text.done;
    }
    const progress = document.querySelector<HTMLElement>("[data-desk-progress]");
    if (progress) progress.textContent = answer.progress;
    document.querySelector("[data-desk-bar] progress")?.setAttribute("value", String(answer.done));
    const left = document.querySelector<HTMLElement>("[data-desk-left]");
    if (left) left.textContent = answer.left;
    const publish = document.querySelector<HTMLButtonElement>("[data-desk-publish]");
    if (publish && answer.done === answer.total) {
      publish.disabled = false;
      left?.remove();
      if (awaitsPublish) publish.focus();
      awaitsPublish = false;
    }
  };

  /** Saves the sentence (even unchanged: accepting a draft as it is confirms it) and moves on. */
  const accept = (index: number): void => {
    const row = rows[index];
    if (!row) return;
    // After the last sentence the cursor goes to "Publish" once the saves complete the item.
    if (index === rows.length - 1) awaitsPublish = true;
    void save(row);
    focusRow(index + 1);
  };

  desk.addEventListener("submit", (event) => {
    const index = indexOf(event.target);
    if (index === -1) return;
    event.preventDefault();
    accept(index);
  });
  desk.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const index = indexOf(target);
    if (index === -1 || !target) return;
    const field = fieldOf(rows[index]);
    if (target.closest("[data-desk-copy]")) put(field, field?.dataset.sourceText);
    if (target.closest("[data-desk-memory]")) put(field, field?.dataset.memoryText);
  });
  // Leaving a changed field saves it where it is (the cursor is already elsewhere).
  desk.addEventListener("change", (event) => {
    const index = indexOf(event.target);
    const field = fieldOf(rows[index]);
    const row = rows[index];
    if (!row || !field || event.target !== field || sent.get(field) === field.value) return;
    void save(row);
  });
  desk.addEventListener("keydown", (event) => {
    const index = indexOf(event.target);
    if (index === -1) return;
    const field = fieldOf(rows[index]);
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey) {
      accept(index);
    } else if (event.altKey && !event.ctrlKey && event.key === "ArrowDown") {
      focusRow(index + 1);
    } else if (event.altKey && !event.ctrlKey && event.key === "ArrowUp") {
      focusRow(index - 1);
    } else if (event.altKey && !event.ctrlKey && event.code === "KeyC") {
      put(field, field?.dataset.sourceText);
    } else if (event.altKey && !event.ctrlKey && event.code === "KeyM") {
      put(field, field?.dataset.memoryText);
    } else {
      return;
    }
    event.preventDefault();
  });

  const target = location.hash ? rows.findIndex((row) => `#${row.id}` === location.hash) : -1;
  const firstTodo = rows.findIndex((row) => row.classList.contains("desk-sentence--todo"));
  if (target !== -1 || firstTodo !== -1) focusRow(target !== -1 ? target : firstTodo);
}

interface SavedAnswer {
  saved: true;
  done: number;
  total: number;
  progress: string;
  left: string;
}

function isSaved(value: unknown): value is SavedAnswer {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { saved?: unknown }).saved === true &&
    typeof (value as { progress?: unknown }).progress === "string"
  );
}

function errorMessage(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const error = (value as { error?: { message?: unknown } }).error;
  return typeof error?.message === "string" ? error.message : undefined;
}
