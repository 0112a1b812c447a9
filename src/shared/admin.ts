// Progressive enhancements of the workspace's editor. The form works without this file
// (it posts and re-renders on the server); this only adds the phone's Menu button, a live Markdown preview, tag
// suggestions, the network forms' typed fields (suggestions; lists of entries), an image picker with thumbnails and
// the review editor's shortcuts. No inline scripts or styles: the CSP allows neither, so
// every look comes from site.css.

import { enhanceDesk } from "./desk.js";

const PREVIEW_DELAY_MS = 300;
const SUGGEST_DELAY_MS = 150;
const AUTOSAVE_DELAY_MS = 3000;

let sequence = 0;
const uniqueId = (prefix: string): string => `${prefix}-${++sequence}`;

/**
 * On a phone-sized screen (site.css decides: the button shows only there), the
 * workspace's menu and sign-out fold behind a Menu button, so that each page
 * starts with its content rather than ten links. Escape closes the open menu
 * and returns to the button. Without this file, the menu stays open.
 */
function enhanceAdminMenu(root: Document): void {
  const menu = root.querySelector<HTMLElement>("#admin-menu");
  const bar = menu?.parentElement;
  if (!menu || !bar) return;
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "admin-menu__toggle";
  toggle.textContent = menu.dataset.menuLabel ?? "";
  toggle.setAttribute("aria-controls", menu.id);
  toggle.setAttribute("aria-expanded", "false");
  const show = (isOpen: boolean): void => {
    toggle.setAttribute("aria-expanded", String(isOpen));
    menu.classList.toggle("admin-menu--open", isOpen);
  };
  toggle.addEventListener("click", () => show(toggle.getAttribute("aria-expanded") !== "true"));
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || toggle.getAttribute("aria-expanded") !== "true") return;
    show(false);
    toggle.focus();
  });
  menu.classList.add("admin-menu--foldable");
  bar.insertBefore(toggle, menu);
}

/** Shows the sanitized rendering of the body beside it, updated shortly after each keystroke. */
function enhanceLivePreview(root: ParentNode): void {
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(
    "textarea[data-live-preview]",
  )) {
    const url = textarea.dataset.livePreview;
    const csrf = textarea.form?.dataset.csrf;
    if (!url || !csrf) continue;
    const headingId = uniqueId("live-preview");
    const panel = document.createElement("section");
    panel.className = "live-preview__panel";
    panel.setAttribute("aria-labelledby", headingId);
    const heading = document.createElement("h2");
    heading.id = headingId;
    heading.className = "live-preview__title";
    heading.textContent = textarea.dataset.previewLabel ?? "";
    const status = document.createElement("p");
    status.className = "field__error";
    status.setAttribute("role", "status");
    const content = document.createElement("div");
    content.className = "prose live-preview__content";
    content.dataset.previewOutput = "";
    // The rendering is in the text's language and direction, not the workspace's.
    if (textarea.lang) content.lang = textarea.lang;
    if (textarea.dir) content.dir = textarea.dir;
    panel.append(heading, status, content);
    const wrapper = document.createElement("div");
    wrapper.className = "live-preview";
    textarea.replaceWith(wrapper);
    wrapper.append(textarea, panel);

    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    const update = async (): Promise<void> => {
      controller?.abort();
      const current = new AbortController();
      controller = current;
      try {
        const response = await fetch(url, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            accept: "application/json",
            "content-type": "application/json",
            "x-csrf-token": csrf,
          },
          body: JSON.stringify({ body: textarea.value }),
          signal: current.signal,
        });
        if (!response.ok) throw new Error(`preview answered ${response.status}`);
        const data: unknown = await response.json();
        if (current.signal.aborted) return;
        if (
          !data ||
          typeof data !== "object" ||
          typeof (data as { html?: unknown }).html !== "string"
        )
          throw new Error("preview answered without html");
        status.textContent = "";
        // Safe as HTML: it is the server's renderMarkdown output, sanitized by the same
        // rehype-sanitize schema as the public page (scripts, handlers and javascript: URLs
        // never survive it), so the preview shows exactly what the site will.
        content.innerHTML = (data as { html: string }).html;
      } catch {
        if (current.signal.aborted) return;
        status.textContent = textarea.dataset.previewFailed ?? "";
      }
    };
    textarea.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => void update(), PREVIEW_DELAY_MS);
    });
    if (textarea.value.trim() !== "") void update();
  }
}

/**
 * Questions to a JSON endpoint (`url?q=`), one at a time: each abandons the one
 * before, whose answer is then "replaced"; "failed" when the server refuses or
 * cannot be reached.
 */
function jsonQuestions(url: string): {
  ask(term: string): Promise<{ data: unknown } | "failed" | "replaced">;
  cancel(): void;
} {
  let controller: AbortController | undefined;
  const cancel = (): void => controller?.abort();
  return {
    cancel,
    async ask(term) {
      cancel();
      const current = new AbortController();
      controller = current;
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(term)}`, {
          credentials: "same-origin",
          headers: { accept: "application/json" },
          signal: current.signal,
        });
        if (!response.ok) return "failed";
        const data: unknown = await response.json();
        return current.signal.aborted ? "replaced" : { data };
      } catch {
        return current.signal.aborted ? "replaced" : "failed";
      }
    },
  };
}

const termsOf = (value: string): string[] => value.split(",").map((term) => term.trim());

/** Suggests existing tags for the last comma-separated term, as an ARIA combobox with a listbox. */
function enhanceTagSuggestions(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-tag-suggest]")) {
    const url = input.dataset.tagSuggest;
    if (!url) continue;
    const list = document.createElement("ul");
    list.id = uniqueId("tag-suggestions");
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel ?? "");
    list.hidden = true;
    input.after(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.autocomplete = "off";

    let names: string[] = [];
    let active = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const questions = jsonQuestions(url);

    const close = (): void => {
      list.hidden = true;
      list.replaceChildren();
      names = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    };
    const highlight = (index: number): void => {
      active = index;
      list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, i) => {
        option.setAttribute("aria-selected", String(i === index));
        if (i === index) {
          input.setAttribute("aria-activedescendant", option.id);
          option.scrollIntoView({ block: "nearest" });
        }
      });
    };
    const choose = (name: string): void => {
      const terms = termsOf(input.value);
      terms[terms.length - 1] = name;
      input.value = `${terms.filter((term) => term !== "").join(", ")}, `;
      close();
      input.focus();
    };
    const show = (found: string[]): void => {
      const taken = new Set(
        termsOf(input.value)
          .slice(0, -1)
          .map((t) => t.toLowerCase()),
      );
      names = found.filter((name) => !taken.has(name.toLowerCase()));
      if (names.length === 0) return close();
      list.replaceChildren(
        ...names.map((name, index) => {
          const option = document.createElement("li");
          option.id = `${list.id}-${index}`;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          option.textContent = name;
          // Keep the focus in the input; the click then picks the tag.
          option.addEventListener("mousedown", (event) => event.preventDefault());
          option.addEventListener("click", () => choose(name));
          return option;
        }),
      );
      active = -1;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      input.removeAttribute("aria-activedescendant");
    };
    const fetchSuggestions = async (): Promise<void> => {
      const term = termsOf(input.value).at(-1) ?? "";
      if (term === "" || term.length > 80) {
        questions.cancel();
        return close();
      }
      const answer = await questions.ask(term);
      if (answer === "replaced") return;
      if (answer === "failed") return close();
      const data = answer.data as { tags?: { name?: unknown }[] };
      show((data.tags ?? []).flatMap((tag) => (typeof tag.name === "string" ? [tag.name] : [])));
    };

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => void fetchSuggestions(), SUGGEST_DELAY_MS);
    });
    input.addEventListener("keydown", (event) => {
      if (list.hidden) {
        if (event.key === "ArrowDown") void fetchSuggestions();
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + names.length) % names.length);
      } else if (event.key === "Enter" && active >= 0) {
        // Only when a suggestion is highlighted; otherwise Enter submits the form as usual.
        event.preventDefault();
        const name = names[active];
        if (name !== undefined) choose(name);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }
}

/**
 * Fills the datalist of a typed field (a network form's city, person, organisation
 * or summary item) with the entries whose name contains what is typed: the
 * browser's own list then offers them, by keyboard too. `data-suggest` is the
 * JSON endpoint, `data-suggest-key` the answer's array. The field works without
 * this: the server resolves the typed name on save.
 */
function suggestInto(input: HTMLInputElement, list: HTMLDataListElement): void {
  const url = input.dataset.suggest;
  const key = input.dataset.suggestKey;
  if (!url || !key) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const questions = jsonQuestions(url);
  let asked = "";
  const fetchChoices = async (): Promise<void> => {
    const term = input.value.trim();
    // A chosen suggestion is already a whole name: nothing more to ask.
    if (term === asked || [...list.options].some((o) => o.value === input.value)) return;
    asked = term;
    if (term === "") {
      questions.cancel();
      return list.replaceChildren();
    }
    // Nothing on failure: the typed name is still resolved on save.
    const answer = await questions.ask(term);
    if (typeof answer === "string") return;
    const found = (answer.data as Record<string, unknown>)[key];
    const choices = Array.isArray(found) ? (found as { value?: unknown; label?: unknown }[]) : [];
    list.replaceChildren(
      ...choices.flatMap((choice) => {
        if (typeof choice.value !== "string") return [];
        const option = document.createElement("option");
        option.value = choice.value;
        if (typeof choice.label === "string" && choice.label !== choice.value)
          option.label = choice.label;
        return [option];
      }),
    );
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fetchChoices(), SUGGEST_DELAY_MS);
  });
}

/** The typed fields of one entry (`input[data-suggest]` with its datalist). */
function enhanceTypedFields(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-suggest]")) {
    if (input.list) suggestInto(input, input.list);
  }
}

/**
 * A label with its %NAME% placeholder filled in, the name as it is written: a
 * string given to `replace` would read "$&" or "$'" in a name ("Ke$&ha") as
 * patterns.
 */
function named(label: string, name: string): string {
  return label.replace("%NAME%", () => name);
}

/** An arrow beside a list entry: the glyph shows, the label (with the entry's name) is what is read. */
function moveButton(direction: "up" | "down", glyph: string, label: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "reference-list__move";
  button.dataset.move = direction;
  button.textContent = glyph;
  button.title = label;
  button.setAttribute("aria-label", label);
  return button;
}

/**
 * A field of several entries (an event's speakers, organisers, co-sponsors) is,
 * without JavaScript, a textarea with one name per line. This shows the lines as
 * a list, each entry with its arrows (↑ ↓, to reorder) and Remove button, and a typed field with suggestions
 * and an Add button; the hidden textarea stays what the form sends, in order.
 */
function enhanceReferenceLists(root: ParentNode): void {
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(
    "textarea[data-reference-list]",
  )) {
    const field = textarea.closest(".field");
    const label = field?.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`);
    if (!field || !label) continue;
    const {
      add = "",
      addLabel = "",
      remove = "",
      removeLabel = "",
      moveUpLabel = "",
      moveDownLabel = "",
    } = textarea.dataset;
    const names = (): string[] =>
      textarea.value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== "");

    const list = document.createElement("ul");
    list.className = "reference-list__entries";
    list.setAttribute("aria-labelledby", label.id);
    const row = document.createElement("div");
    row.className = "reference-list__add";
    const input = document.createElement("input");
    input.type = "text";
    input.id = `${textarea.id}-add`;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.dir = "auto";
    input.dataset.suggest = textarea.dataset.suggest;
    input.dataset.suggestKey = textarea.dataset.suggestKey;
    for (const attribute of ["aria-describedby", "aria-invalid"]) {
      const value = textarea.getAttribute(attribute);
      if (value) input.setAttribute(attribute, value);
    }
    const datalist = document.createElement("datalist");
    datalist.id = `${input.id}-list`;
    input.setAttribute("list", datalist.id);
    const addButton = document.createElement("button");
    addButton.type = "button";
    addButton.className = "button button--secondary";
    addButton.textContent = add;
    addButton.setAttribute("aria-label", addLabel);
    row.append(input, datalist, addButton);

    const entryOf = (index: number): Element | undefined => list.children[index];
    const render = (): void => {
      const entries = names();
      list.hidden = entries.length === 0;
      list.replaceChildren(
        ...entries.map((name, index) => {
          const item = document.createElement("li");
          item.className = "reference-list__entry";
          const text = document.createElement("span");
          text.textContent = name;
          // A Latin name in an Arabic list (or the reverse) keeps its own direction.
          text.dir = "auto";
          const actions = document.createElement("span");
          actions.className = "reference-list__actions";
          const up = moveButton("up", "↑", named(moveUpLabel, name));
          up.disabled = index === 0;
          up.addEventListener("click", () => move(index, "up"));
          const down = moveButton("down", "↓", named(moveDownLabel, name));
          down.disabled = index === entries.length - 1;
          down.addEventListener("click", () => move(index, "down"));
          const button = document.createElement("button");
          button.type = "button";
          button.className = "reference-list__remove";
          button.textContent = remove;
          button.setAttribute("aria-label", named(removeLabel, name));
          button.addEventListener("click", () => {
            const rest = names();
            rest.splice(index, 1);
            textarea.value = rest.join("\n");
            render();
            // The focus stays in the list: on the entry that took this one's place, else the field.
            const removeOf = (entry: Element | null | undefined) =>
              entry?.querySelector<HTMLButtonElement>(".reference-list__remove");
            (removeOf(entryOf(index)) ?? removeOf(list.lastElementChild) ?? input).focus();
          });
          actions.append(up, down, button);
          item.append(text, " ", actions);
          return item;
        }),
      );
    };
    /** Swaps an entry with its neighbour; the focus follows it, on the same arrow while it can go on. */
    const move = (index: number, direction: "up" | "down"): void => {
      const entries = names();
      const to = direction === "up" ? index - 1 : index + 1;
      const [moving, other] = [entries[index], entries[to]];
      if (moving === undefined || other === undefined) return;
      entries[to] = moving;
      entries[index] = other;
      textarea.value = entries.join("\n");
      render();
      const arrows = [
        ...(entryOf(to)?.querySelectorAll<HTMLButtonElement>(".reference-list__move") ?? []),
      ].filter((arrow) => !arrow.disabled);
      (arrows.find((arrow) => arrow.dataset.move === direction) ?? arrows[0])?.focus();
    };
    const addTyped = (): void => {
      const name = input.value.trim();
      if (name === "") return;
      const entries = names();
      if (!entries.some((entry) => entry.toLowerCase() === name.toLowerCase()))
        textarea.value = [...entries, name].join("\n");
      input.value = "";
      datalist.replaceChildren();
      render();
      input.focus();
    };
    addButton.addEventListener("click", addTyped);
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" || event.isComposing) return;
      // Enter adds the name rather than sending the form; after the browser has put a
      // suggestion chosen with Enter in the field.
      event.preventDefault();
      setTimeout(addTyped, 0);
    });
    suggestInto(input, datalist);

    const hint = field.querySelector<HTMLElement>("[data-enhanced-hint]");
    if (hint?.dataset.enhancedHint) hint.textContent = hint.dataset.enhancedHint;
    label.htmlFor = input.id;
    textarea.hidden = true;
    textarea.after(list, row);
    render();
  }
}

/** Adds a grid of thumbnails to the image select; the select stays the value that is submitted. */
function enhanceImagePickers(root: ParentNode): void {
  for (const select of root.querySelectorAll<HTMLSelectElement>("select[data-image-picker]")) {
    const choices = [...select.options].filter((option) => option.dataset.thumb);
    const altField = select.dataset.altField
      ? document.getElementById(select.dataset.altField)
      : null;
    select.addEventListener("change", () => {
      const option = select.selectedOptions[0];
      if (altField instanceof HTMLInputElement && altField.value.trim() === "" && option) {
        altField.value = option.dataset.alt ?? "";
      }
    });
    if (choices.length === 0) continue;
    const grid = document.createElement("div");
    grid.className = "image-picker";
    grid.setAttribute("role", "group");
    grid.setAttribute("aria-label", select.dataset.pickerLabel ?? "");
    const buttons = choices.map((option) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "image-picker__choice";
      button.dataset.value = option.value;
      const image = document.createElement("img");
      image.src = option.dataset.thumb ?? "";
      image.alt = "";
      image.loading = "lazy";
      const name = document.createElement("span");
      name.className = "image-picker__name";
      name.textContent = option.textContent;
      button.append(image, name);
      button.addEventListener("click", () => {
        select.value = option.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      });
      return button;
    });
    const sync = (): void => {
      for (const button of buttons) {
        button.setAttribute("aria-pressed", String(button.dataset.value === select.value));
      }
    };
    select.addEventListener("change", sync);
    sync();
    grid.append(...buttons);
    select.after(grid);
  }
}

/**
 * Saves the draft a few seconds after the editor stops typing, shows the state in the
 * publication panel ("Unsaved changes", "Saved 12:03") and warns before leaving unsaved
 * work. A new item becomes an existing one at its first save (the address bar follows).
 */
function enhanceAutosave(root: ParentNode): void {
  const form = root.querySelector<HTMLFormElement>("form[data-autosave]");
  const state = root.querySelector<HTMLElement>("[data-autosave-state]");
  if (!form || !state) return;
  const snapshot = (): string => {
    const data = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string") data.append(name, value);
    }
    return data.toString();
  };
  let saved = snapshot();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isSaving = false;
  let isLeavingBySubmit = false;
  const show = (key: "dirty" | "saving" | "saved" | "invalid" | "failed", time = ""): void => {
    state.dataset.state = key;
    state.textContent = (state.dataset[key] ?? "").replace("%TIME%", time);
  };
  const save = async (): Promise<void> => {
    const sent = snapshot();
    if (sent === saved || isSaving) return;
    isSaving = true;
    show("saving");
    try {
      const response = await fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          accept: "application/json",
          "content-type": "application/x-www-form-urlencoded",
          "x-civitas-autosave": "1",
        },
        body: sent,
      });
      if (response.status === 400) {
        show("invalid");
        return;
      }
      if (!response.ok) throw new Error(`autosave answered ${response.status}`);
      const data = (await response.json()) as {
        savedAt?: string;
        action?: string;
        editUrl?: string;
      };
      saved = sent;
      if (data.action && form.getAttribute("action") !== data.action) {
        form.setAttribute("action", data.action);
        if (data.editUrl) history.replaceState(null, "", data.editUrl);
      }
      const time = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
        hour: "2-digit",
        minute: "2-digit",
      }).format(data.savedAt ? new Date(data.savedAt) : new Date());
      if (snapshot() === saved) show("saved", time);
      else changed();
    } catch {
      show("failed");
    } finally {
      isSaving = false;
    }
  };
  const changed = (): void => {
    if (snapshot() === saved) return;
    show("dirty");
    clearTimeout(timer);
    timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  };
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", () => {
    isLeavingBySubmit = true;
    clearTimeout(timer);
  });
  window.addEventListener("beforeunload", (event) => {
    if (isLeavingBySubmit || snapshot() === saved) return;
    event.preventDefault();
    // Older browsers show their own text only when returnValue is set.
    event.returnValue = form.dataset.leaveWarning ?? "";
  });
}

/** Puts text at the cursor of a textarea, on its own paragraph, and lets the preview and autosave know. */
function insertAtCursor(textarea: HTMLTextAreaElement, text: string, at?: number): void {
  const start = at ?? textarea.selectionStart;
  const end = at ?? textarea.selectionEnd;
  const before = textarea.value.slice(0, start);
  const lead =
    before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  textarea.setRangeText(`${lead}${text}\n\n`, start, end, "end");
  textarea.dispatchEvent(new Event("input", { bubbles: true }));
  textarea.focus();
}

/** "Copy Markdown" buttons of the media library (shown only where the clipboard can be used). */
function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy-target]")) {
    const source = document.getElementById(button.dataset.copyTarget ?? "");
    if (!(source instanceof HTMLInputElement)) continue;
    const label = button.textContent ?? "";
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.value);
      } catch {
        // Without clipboard access (an insecure origin), the selected field is still copyable by hand.
        source.select();
        return;
      }
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

/**
 * The body's media: "Insert" puts a library image's Markdown at the cursor; an image dropped
 * or pasted into the body is uploaded (after its alt text is given) and inserted there.
 */
function enhanceMediaInsert(root: ParentNode): void {
  const textarea = root.querySelector<HTMLTextAreaElement>("textarea[data-drop-upload]");
  if (!textarea) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-insert-markdown]")) {
    const source = document.getElementById(button.dataset.insertMarkdown ?? "");
    if (!(source instanceof HTMLInputElement)) continue;
    button.hidden = false;
    button.addEventListener("click", () => insertAtCursor(textarea, source.value));
  }
  const panel = root.querySelector<HTMLElement>("[data-drop-form]");
  const csrf = textarea.form?.dataset.csrf;
  const url = textarea.dataset.dropUpload;
  if (!panel || !csrf || !url) return;
  const title = panel.querySelector<HTMLElement>("[data-drop-title]");
  const alt = panel.querySelector<HTMLInputElement>("[data-drop-alt]");
  const status = panel.querySelector<HTMLElement>("[data-drop-status]");
  const upload = panel.querySelector<HTMLButtonElement>("[data-drop-upload-button]");
  const cancel = panel.querySelector<HTMLButtonElement>("[data-drop-cancel]");
  if (!title || !alt || !status || !upload || !cancel) return;
  let pending: { file: File; at: number } | undefined;
  const offer = (file: File): void => {
    pending = { file, at: textarea.selectionStart };
    title.textContent = named(panel.dataset.title ?? "", file.name || "image");
    status.textContent = "";
    alt.value = "";
    panel.hidden = false;
    alt.focus();
  };
  const imageOf = (items: DataTransferItemList | undefined): File | undefined => {
    for (const item of items ?? []) {
      if (item.kind === "file" && item.type.startsWith("image/"))
        return item.getAsFile() ?? undefined;
    }
    return undefined;
  };
  textarea.addEventListener("dragover", (event) => {
    if ([...(event.dataTransfer?.items ?? [])].some((i) => i.kind === "file"))
      event.preventDefault();
  });
  textarea.addEventListener("drop", (event) => {
    const file = imageOf(event.dataTransfer?.items);
    if (!file) return;
    event.preventDefault();
    offer(file);
  });
  textarea.addEventListener("paste", (event) => {
    const file = imageOf(event.clipboardData?.items);
    if (!file) return;
    event.preventDefault();
    offer(file);
  });
  cancel.addEventListener("click", () => {
    pending = undefined;
    panel.hidden = true;
    textarea.focus();
  });
  upload.addEventListener("click", async () => {
    if (!pending) return;
    const { file, at } = pending;
    const body = new FormData();
    body.append("alt", alt.value);
    body.append("file", file, file.name || "pasted-image");
    status.textContent = panel.dataset.uploading ?? "";
    upload.disabled = true;
    try {
      const response = await fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          accept: "application/json",
          "x-csrf-token": csrf,
          "x-civitas-insert": "1",
        },
        body,
      });
      const data = (await response.json()) as { markdown?: unknown };
      if (!response.ok || typeof data.markdown !== "string") throw new Error("refused");
      pending = undefined;
      panel.hidden = true;
      insertAtCursor(textarea, data.markdown, at);
    } catch {
      status.textContent = panel.dataset.failed ?? "";
    } finally {
      upload.disabled = false;
    }
  });
}

/**
 * Publication times are typed in the editor's own time zone: the panel's forms send the
 * browser's zone (the server reads UTC without it) and the hint names it.
 */
function enhancePublishPanel(root: ParentNode): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-editor-zone]")) {
    input.value = zone;
  }
  const hint = root.querySelector<HTMLElement>("[data-zone-hint]");
  if (hint?.dataset.zoneHint) hint.textContent = hint.dataset.zoneHint.replace("%ZONE%", zone);
  // Times the server wrote in UTC, written again in the editor's zone: the same fields, in
  // the page's Intl locale (the attribute's value).
  for (const time of root.querySelectorAll<HTMLTimeElement>("time[data-local-time]")) {
    const instant = new Date(time.dateTime);
    if (Number.isNaN(instant.getTime())) continue;
    time.textContent = new Intl.DateTimeFormat(time.dataset.localTime || undefined, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(instant);
  }
}

/** Shows the event fields only while the item's type is "event". */
function enhanceEventFields(root: ParentNode): void {
  const select = root.querySelector<HTMLSelectElement>("select[data-event-toggle]");
  const fields = root.querySelector<HTMLElement>("[data-event-fields]");
  if (!select || !fields) return;
  select.addEventListener("change", () => {
    fields.hidden = select.value !== "event";
  });
}

/**
 * Cleans a slug field as the editor types (lowercase, hyphens for spaces and signs), the
 * way the server cleans it on save; the trailing hyphen is trimmed when the field is left.
 */
function enhanceSlugFields(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-slug-field]")) {
    input.addEventListener("input", () => {
      const cleaned = input.value
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^\p{Letter}\p{Number}]+/gu, "-")
        .replace(/^-+/, "");
      if (cleaned !== input.value) input.value = cleaned;
    });
    input.addEventListener("change", () => {
      input.value = input.value.replace(/-+$/, "");
    });
  }
}

/**
 * Keyboard shortcuts of the review editor (documented on the page): j/k move
 * between sentences, a accepts the sentence's first proposal, r marks it
 * reviewed, e puts the cursor in its translation, Escape leaves the field.
 */
function enhanceReviewShortcuts(root: ParentNode): void {
  const container = root.querySelector<HTMLElement>("[data-review-units]");
  if (!container) return;
  const units = [...container.querySelectorAll<HTMLElement>("[data-review-unit]")];
  if (units.length === 0) return;
  const fromHash = units.findIndex((u) => `#${u.id}` === location.hash);
  let current = Math.max(0, fromHash);
  const focus = (index: number): void => {
    current = Math.min(units.length - 1, Math.max(0, index));
    units.forEach((u, i) => u.classList.toggle("review-unit--current", i === current));
    units[current]?.focus();
  };
  if (fromHash >= 0) focus(fromHash);
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const isTyping = !!target?.closest("input, textarea, select, [contenteditable]");
    if (isTyping) {
      if (event.key === "Escape") {
        target?.blur();
        focus(current);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const unit = units[current];
    const within = (element: Element | null): boolean => !!unit && unit.contains(element);
    if (event.target instanceof HTMLElement && units.includes(event.target)) {
      current = units.indexOf(event.target);
    } else if (document.activeElement && within(document.activeElement) === false) {
      const owner = units.findIndex((u) => u.contains(document.activeElement));
      if (owner >= 0) current = owner;
    }
    const press = (selector: string): void => {
      units[current]?.querySelector<HTMLElement>(selector)?.click();
    };
    switch (event.key) {
      case "j":
        focus(current + 1);
        break;
      case "k":
        focus(current - 1);
        break;
      case "a":
        press("[data-review-accept]");
        break;
      case "r":
        press("[data-review-reviewed]");
        break;
      case "e":
        units[current]?.querySelector<HTMLTextAreaElement>("[data-review-edit]")?.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}

enhanceAdminMenu(document);
enhanceLivePreview(document);
enhanceTagSuggestions(document);
enhanceTypedFields(document);
enhanceReferenceLists(document);
enhanceImagePickers(document);
enhanceSlugFields(document);
enhanceAutosave(document);
enhanceCopyButtons(document);
enhanceMediaInsert(document);
enhancePublishPanel(document);
enhanceEventFields(document);
enhanceReviewShortcuts(document);
enhanceDesk(document);
