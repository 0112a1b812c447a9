// Progressive enhancements of the public pages. Every page works without this
// file; it only adds the video player on demand, the copy-link button, the
// report button for selected text and the translation-status toggle.

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[0-9]{1,12}$/;

/** Replaces a video facade with the privacy-enhanced player, only once the reader asks for it. */
function enhanceVideos(root: ParentNode): void {
  for (const facade of root.querySelectorAll<HTMLElement>("[data-video-id]")) {
    const button = facade.querySelector<HTMLButtonElement>("button[data-video-play]");
    if (!button) continue;
    button.hidden = false;
    button.addEventListener("click", () => {
      const src = playerUrl(facade.dataset.videoPlatform, facade.dataset.videoId);
      if (!src) return;
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.title = facade.dataset.videoTitle ?? "";
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.className = "video__frame";
      const stage = facade.querySelector(".video__stage");
      stage?.replaceChildren(frame);
      frame.focus();
    });
  }
}

function playerUrl(platform: string | undefined, id: string | undefined): string | undefined {
  if (platform === "youtube" && id && YOUTUBE_ID.test(id)) {
    return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`;
  }
  if (platform === "vimeo" && id && VIMEO_ID.test(id)) {
    return `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`;
  }
  return undefined;
}

/** Shows the copy-link buttons (they need the clipboard API) and announces success. */
function enhanceCopyLinks(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy-url]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const url = button.dataset.copyUrl ?? location.href;
      void navigator.clipboard.writeText(url).then(() => {
        const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
        if (status) status.textContent = button.dataset.copiedLabel ?? "";
      });
    });
  }
}

/**
 * On a translated page: selecting text in the article shows a "Report a
 * translation error" button that opens the report form of the paragraph,
 * with the selection so the form preselects its sentence.
 */
function enhanceSelectionReports(root: ParentNode): void {
  const box = root.querySelector<HTMLElement>("[data-report-selection]");
  const article = box?.closest("article");
  const button = box?.querySelector("button");
  if (!box || !article || !button) return;
  // Placed by the page's coordinates next to the selection, not inside the notice.
  document.body.append(box);
  box.classList.add("report-selection--floating");
  let target = "";
  const update = (): void => {
    const selection = document.getSelection();
    const text = selection?.toString().trim() ?? "";
    const node = selection?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    if (
      !selection ||
      selection.rangeCount === 0 ||
      text === "" ||
      !element ||
      !article.contains(element) ||
      box.contains(element)
    ) {
      box.hidden = true;
      return;
    }
    const block = element.closest("p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd");
    const link = block?.querySelector<HTMLAnchorElement>("a.report-link");
    const base = link?.getAttribute("href") ?? box.dataset.reportSelection ?? "";
    target = `${base}&quote=${encodeURIComponent(text.slice(0, 300))}`;
    box.hidden = false;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    const isRtl = getComputedStyle(article).direction === "rtl";
    const width = box.offsetWidth;
    const left = isRtl ? rect.right - width : rect.left;
    const max = document.documentElement.clientWidth - width - 8;
    box.style.left = `${Math.max(8, Math.min(left, max)) + window.scrollX}px`;
    box.style.top = `${rect.bottom + window.scrollY + 8}px`;
  };
  document.addEventListener("selectionchange", update);
  button.addEventListener("click", () => {
    if (target) openReport(target);
  });
}

/**
 * Opens the report form in place, in a modal dialog over the article, for
 * the report links (the notice's, each paragraph's ⚑); any failure falls back
 * to the form's own page.
 */
function enhanceReportLinks(root: ParentNode): void {
  const links = root.querySelectorAll<HTMLAnchorElement>(
    'a.report-link, .translation-tools a[href*="/translation-report?"]',
  );
  for (const link of links)
    link.addEventListener("click", (event) => {
      event.preventDefault();
      openReport(link.getAttribute("href") ?? "");
    });
}

let reportDialog: HTMLDialogElement | undefined;

function openReport(href: string): void {
  if (!href) return;
  if (typeof HTMLDialogElement !== "function") return location.assign(href);
  void fetch(`${href}&fragment=1`, { headers: { accept: "text/html" } })
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error("status"))))
    .then((html) => {
      const dialog = reportDialog ?? createReportDialog();
      const content = dialog.querySelector<HTMLElement>(".report-dialog__content");
      if (!content) throw new Error("dialog");
      // The server's own rendering of the form (escaped by Preact), from this origin.
      content.innerHTML = html;
      dialog.setAttribute("aria-labelledby", "report-title");
      dialog.showModal();
      const chosen =
        content.querySelector<HTMLInputElement>("input[name=position]:checked") ??
        content.querySelector<HTMLInputElement>("input[name=position]");
      (chosen?.checked ? content.querySelector<HTMLElement>("#r-suggestion") : chosen)?.focus();
    })
    .catch(() => location.assign(href));
}

function createReportDialog(): HTMLDialogElement {
  const dialog = document.createElement("dialog");
  dialog.className = "report-dialog";
  const close = document.createElement("button");
  close.type = "button";
  close.className = "report-dialog__close";
  const label = document.querySelector<HTMLElement>("[data-close-label]")?.dataset.closeLabel;
  close.setAttribute("aria-label", label ?? "×");
  close.textContent = "×";
  close.addEventListener("click", () => dialog.close());
  const content = document.createElement("div");
  content.className = "report-dialog__content";
  dialog.append(close, content);
  // A click on the backdrop (the dialog itself, outside its content) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  reportDialog = dialog;
  return dialog;
}

/** Turns the "Show translation status" link into a toggle that swaps the article's text for the marked view. */
function enhanceStatusToggle(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-marks-toggle]")) {
    const prose = link.closest("article")?.querySelector<HTMLElement>(".prose");
    if (!prose) continue;
    const original = prose.innerHTML;
    const showLabel = link.textContent ?? "";
    const hideLabel = link.dataset.hideLabel ?? showLabel;
    link.setAttribute("role", "button");
    link.setAttribute("aria-pressed", "false");
    let marked: string | undefined;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const isShown = link.getAttribute("aria-pressed") === "true";
      if (isShown) {
        prose.innerHTML = original;
        link.setAttribute("aria-pressed", "false");
        link.textContent = showLabel;
        return;
      }
      const show = (html: string): void => {
        marked = html;
        prose.innerHTML = html;
        link.setAttribute("aria-pressed", "true");
        link.textContent = hideLabel;
      };
      if (marked !== undefined) return show(marked);
      void fetch(`${link.href}&fragment=1`, { headers: { accept: "text/html" } })
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error("status"))))
        .then(show)
        .catch(() => location.assign(link.href));
    });
    link.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        link.click();
      }
    });
  }
}

/**
 * Shows an event's time span in the reader's own time zone too, under the
 * one in the event's zone, when the two zones differ. The server renders an
 * empty, hidden element carrying the instants, the event's zone, the page's
 * Intl locale and the catalog's sentence with {zone} and {time} left open.
 */
function showReaderTimes(root: ParentNode): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;
  for (const element of root.querySelectorAll<HTMLElement>("[data-reader-time]")) {
    const { starts, ends, eventZone, locale, template } = element.dataset;
    if (!starts || !template || zone === eventZone) continue;
    const start = new Date(starts);
    if (Number.isNaN(start.getTime())) continue;
    const format = new Intl.DateTimeFormat(locale || undefined, {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: zone,
    });
    const end = ends ? new Date(ends) : undefined;
    const time =
      end && !Number.isNaN(end.getTime()) ? format.formatRange(start, end) : format.format(start);
    element.textContent = template
      .replace("{zone}", zoneName(locale, zone, start))
      .replace("{time}", time);
    element.hidden = false;
  }
}

/** A zone's name for readers of the locale ("Japan Standard Time"), not its IANA name. */
function zoneName(locale: string | undefined, zone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(locale || undefined, {
    timeZone: zone,
    timeZoneName: "longGeneric",
  }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
}

enhanceVideos(document);
enhanceCopyLinks(document);
enhanceSelectionReports(document);
enhanceReportLinks(document);
enhanceStatusToggle(document);
showReaderTimes(document);
enhanceSearchSuggestions(document);

/**
 * Suggestions under a search box (`input[data-suggest=<lang>]`) as the
 * reader types: the first results from the JSON API, the last word matched
 * as a prefix, as an ARIA combobox (arrows, Enter, Escape). Without
 * JavaScript the box is a plain form to the search page.
 */
function enhanceSearchSuggestions(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-suggest]")) {
    const form = input.form;
    if (!form || !input.id) continue;
    const lang = input.dataset.suggest ?? "";
    const list = document.createElement("ul");
    list.id = `${input.id}-suggestions`;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel ?? "");
    list.hidden = true;
    form.classList.add("has-suggestions");
    form.append(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let active = -1;
    const options = () => [...list.querySelectorAll<HTMLElement>("[role=option]")];
    const close = () => {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const highlight = (index: number) => {
      const all = options();
      if (all.length === 0) return;
      active = (index + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
      input.setAttribute("aria-activedescendant", all[active]?.id ?? "");
    };
    const show = (query: string, results: SuggestedResult[]) => {
      list.replaceChildren();
      const all = new URL(form.action, location.href);
      all.searchParams.set("q", query);
      const entries = [
        ...results.map((r) => ({ href: r.url, label: r.title, lang: r.textLanguage })),
        { href: all.pathname + all.search, label: input.dataset.suggestAll ?? "", lang: "" },
      ];
      entries.forEach((entry, i) => {
        const item = document.createElement("li");
        item.id = `${list.id}-${i}`;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        // Options hold text, not links: a link inside an option is a nested control.
        item.dataset.href = entry.href;
        item.textContent = entry.label;
        if (entry.lang) item.lang = entry.lang;
        list.append(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    };
    const fetchSuggestions = (query: string) => {
      controller?.abort();
      controller = new AbortController();
      const url = `/api/v1/search?${new URLSearchParams({ q: query, lang, prefix: "true", limit: "6" }).toString()}`;
      fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
        .then((res) => (res.ok ? res.json() : undefined))
        .then((body: unknown) => {
          if (input.value !== query) return;
          const results = readResults(body);
          if (results === undefined) close();
          else show(query, results);
        })
        .catch(() => undefined);
    };
    input.addEventListener("input", () => {
      if (timer !== undefined) clearTimeout(timer);
      const query = input.value;
      if (query.trim().length < 2) {
        controller?.abort();
        close();
        return;
      }
      timer = setTimeout(() => fetchSuggestions(query), 150);
    });
    input.addEventListener("keydown", (event) => {
      if (list.hidden) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Escape") {
        close();
      } else if (event.key === "Enter" && active >= 0) {
        const href = options()[active]?.dataset.href;
        if (href) {
          event.preventDefault();
          location.assign(href);
        }
      }
    });
    list.addEventListener("mousedown", (event) => {
      // mousedown, not click: the input keeps focus and the list is still there.
      event.preventDefault();
      const option = (event.target as Element | null)?.closest<HTMLElement>("[role=option]");
      if (option?.dataset.href) location.assign(option.dataset.href);
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }
}

interface SuggestedResult {
  url: string;
  title: string;
  textLanguage: string;
}

/** The results of an API answer, checked: anything else is no suggestion. */
function readResults(body: unknown): SuggestedResult[] | undefined {
  if (typeof body !== "object" || body === null || !("results" in body)) return undefined;
  const results = (body as { results: unknown }).results;
  if (!Array.isArray(results)) return undefined;
  return results.flatMap((r: unknown) => {
    if (typeof r !== "object" || r === null) return [];
    const { url, title, textLanguage } = r as Record<string, unknown>;
    return typeof url === "string" && url.startsWith("/") && typeof title === "string"
      ? [{ url, title, textLanguage: typeof textLanguage === "string" ? textLanguage : "" }]
      : [];
  });
}
