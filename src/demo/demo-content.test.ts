import { describe, expect, it } from "vitest";
import { DEMO_DOCUMENTS, DEMO_ITEMS, type DemoItem } from "./demo-content.js";
import { makeDemoPdf } from "./demo-pdf.js";

/** The illustrations another engineer draws for the demo content. */
const IMAGE_KEYS = new Set([
  "september-update",
  "steering-committee",
  "unga-side-event",
  "ten-actions",
  "fact-sheet",
  "mayors-summit",
  "youth-forum",
  "regional-hub-africa",
  "regional-hub-europe",
  "regional-hub-mena",
  "regional-hub-asia",
  "regional-hub-americas",
  "prevention-toolkit",
  "annual-report",
  "city-exchange",
  "webinar",
]);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PATH_SEGMENT: Record<Exclude<DemoItem["type"], "page">, string> = {
  news: "news",
  resource: "resources",
  event: "events",
};

function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /[\p{Letter}\p{Number}]/u.test(w)).length;
}

function localTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(instant));
}

function findItem(type: DemoItem["type"], slug: string): DemoItem {
  const item = DEMO_ITEMS.find((i) => i.type === type && i.slug === slug);
  if (!item) throw new Error(`missing ${type} ${slug}`);
  return item;
}

describe("demo content", () => {
  it("has enough items of every kind", () => {
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(16);
    expect(DEMO_ITEMS.filter((i) => i.type !== "page").length).toBeGreaterThanOrEqual(12);
    for (const type of ["news", "resource", "event", "page"] as const) {
      expect(DEMO_ITEMS.some((i) => i.type === type)).toBe(true);
    }
    expect(DEMO_ITEMS.some((i) => i.type === "page" && i.slug === "about")).toBe(true);
    expect(
      DEMO_ITEMS.some((i) => i.type === "page" && i.slug === "international-steering-committee"),
    ).toBe(true);
  });

  it("uses well-formed slugs, unique per type", () => {
    const seen = new Set<string>();
    for (const item of DEMO_ITEMS) {
      expect(item.slug, item.slug).toMatch(SLUG);
      const key = `${item.type}/${item.slug}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it("fills in the editorial fields", () => {
    for (const item of DEMO_ITEMS) {
      expect(item.title.trim(), item.slug).not.toBe("");
      expect(item.summary.trim(), item.slug).not.toBe("");
      expect(item.tags.length, item.slug).toBeGreaterThan(0);
      expect(new Set(item.tags).size, item.slug).toBe(item.tags.length);
      expect(new Date(item.publishedAt).toISOString(), item.slug).toBe(item.publishedAt);
      expect(item.publishedAt <= "2026-11-26T00:00:00.000Z", item.slug).toBe(true);
      const words = wordCount(item.body);
      expect(words, `${item.slug}: ${words} words`).toBeGreaterThanOrEqual(150);
      expect(words, `${item.slug}: ${words} words`).toBeLessThanOrEqual(600);
    }
  });

  it("shares a varied set of tags across items", () => {
    const counts = new Map<string, number>();
    for (const tag of DEMO_ITEMS.flatMap((i) => i.tags))
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(12);
    const shared = [...counts.values()].filter((n) => n >= 2).length;
    expect(shared).toBeGreaterThanOrEqual(10);
  });

  it("refers only to existing documents and images", () => {
    const documentKeys = new Set(DEMO_DOCUMENTS.map((d) => d.key));
    expect(documentKeys.size).toBe(DEMO_DOCUMENTS.length);
    for (const item of DEMO_ITEMS) {
      for (const attachment of item.attachments ?? []) {
        expect(documentKeys.has(attachment.documentKey), attachment.documentKey).toBe(true);
        expect(attachment.title.trim()).not.toBe("");
      }
      if (item.type !== "page") {
        expect(item.hero, item.slug).toBeDefined();
      }
      if (item.hero) {
        expect(IMAGE_KEYS.has(item.hero.imageKey), item.hero.imageKey).toBe(true);
        expect(item.hero.alt.trim(), item.slug).not.toBe("");
        expect(item.hero.caption.trim(), item.slug).not.toBe("");
      }
      for (const match of item.body.matchAll(/!\[([^\]]*)\]\(demo-image:([^\s)]+) "([^"]+)"\)/g)) {
        expect(match[1]?.trim(), item.slug).not.toBe("");
        expect(IMAGE_KEYS.has(match[2] ?? ""), match[2]).toBe(true);
      }
      expect(item.body.match(/demo-image:/g)?.length ?? 0).toBe(
        [...item.body.matchAll(/!\[[^\]]+\]\(demo-image:[^\s)]+ "[^"]+"\)/g)].length,
      );
    }
    const inlineImages = DEMO_ITEMS.flatMap((i) => [...i.body.matchAll(/\(demo-image:/g)]);
    expect(inlineImages.length).toBeGreaterThanOrEqual(2);
  });

  it("schedules events in valid time zones, ending after they start", () => {
    const events = DEMO_ITEMS.filter((i) => i.type === "event");
    expect(events.length).toBeGreaterThan(0);
    for (const item of DEMO_ITEMS) {
      expect(item.event !== undefined, item.slug).toBe(item.type === "event");
      if (!item.event) continue;
      const { startsAt, endsAt, timeZone } = item.event;
      expect(startsAt, item.slug).toMatch(/Z$/);
      expect(endsAt, item.slug).toMatch(/Z$/);
      expect(new Date(startsAt).toISOString()).toBe(startsAt);
      expect(new Date(endsAt).toISOString()).toBe(endsAt);
      expect(Date.parse(endsAt), item.slug).toBeGreaterThan(Date.parse(startsAt));
      expect(() => new Intl.DateTimeFormat("en", { timeZone })).not.toThrow();
      expect(item.event.location.trim()).not.toBe("");
    }
    const now = "2026-11-26T00:00:00.000Z";
    expect(events.some((e) => (e.event?.startsAt ?? "") > now)).toBe(true);
    expect(events.some((e) => (e.event?.startsAt ?? "") < now)).toBe(true);
  });

  it("keeps the local times of the September 2021 events", () => {
    const isc = findItem("event", "revitalising-the-international-steering-committee").event;
    expect(isc && localTime(isc.startsAt, isc.timeZone)).toBe("22/09/2021, 14:00");
    expect(isc && localTime(isc.endsAt, isc.timeZone)).toBe("22/09/2021, 16:00");
    const unga = findItem("event", "un-general-assembly-2021-virtual-side-event");
    expect(unga.event && localTime(unga.event.startsAt, unga.event.timeZone)).toBe(
      "30/09/2021, 10:00",
    );
    expect(unga.event && localTime(unga.event.endsAt, unga.event.timeZone)).toBe(
      "30/09/2021, 11:30",
    );
    expect(unga.videoUrl).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/);
  });

  it("links only to items that exist", () => {
    const exists = (path: string): boolean => {
      const segments = path.split("/");
      if (segments.length === 1) {
        return DEMO_ITEMS.some((i) => i.type === "page" && i.slug === segments[0]);
      }
      const [section, slug, ...rest] = segments;
      return (
        rest.length === 0 &&
        DEMO_ITEMS.some(
          (i) => i.type !== "page" && PATH_SEGMENT[i.type] === section && i.slug === slug,
        )
      );
    };
    let links = 0;
    for (const item of DEMO_ITEMS) {
      for (const match of item.body.matchAll(/\]\(\/en\/([^)\s#?]*)/g)) {
        links++;
        expect(exists(match[1] ?? ""), `${item.slug} -> /en/${match[1]}`).toBe(true);
      }
      // Every internal link uses the English site paths.
      expect(item.body, item.slug).not.toMatch(/\]\(\/(?!en\/)/);
    }
    expect(links).toBeGreaterThan(20);
  });

  it("credits the right co-sponsors in the September update", () => {
    const update = findItem("news", "september-update-2021");
    expect(update.publishedAt.startsWith("2021-10-19")).toBe(true);
    expect(update.body).toContain("U.S. Department of State");
    expect(update.body).toContain("North Macedonia");
    expect(update.body).not.toMatch(/European Union/i);
    expect(update.hero?.caption).toBe(
      "In total, more than 120 participants from 38 countries attended the UN General Assembly side event on 30 September.",
    );
    for (const path of [
      "/en/events/revitalising-the-international-steering-committee",
      "/en/events/un-general-assembly-2021-virtual-side-event",
      "/en/resources/ten-actions-cities-can-take",
      "/en/resources/scn-fact-sheet-2021",
    ]) {
      expect(update.body).toContain(`](${path})`);
    }
    for (const slug of ["ten-actions-cities-can-take", "scn-fact-sheet-2021"]) {
      const resource = findItem("resource", slug);
      expect(resource.isFeatured).toBe(true);
      expect(resource.attachments?.length).toBeGreaterThan(0);
    }
  });
});

/** Checks the xref table of a PDF and returns the number of objects it lists. */
function checkXref(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  const startxref = /startxref\n(\d+)\n%%EOF$/.exec(text);
  expect(startxref).not.toBeNull();
  const xrefOffset = Number(startxref?.[1]);
  expect(text.startsWith("xref\n", xrefOffset)).toBe(true);
  const lines = text.slice(xrefOffset).split("\n");
  const header = /^0 (\d+)$/.exec(lines[1] ?? "");
  expect(header).not.toBeNull();
  const size = Number(header?.[1]);
  expect(text).toContain(`/Size ${size} `);
  expect(lines[2]).toBe("0000000000 65535 f ");
  for (let n = 1; n < size; n++) {
    const entry = /^(\d{10}) 00000 n $/.exec(lines[2 + n] ?? "");
    expect(entry, `xref entry ${n}`).not.toBeNull();
    const offset = Number(entry?.[1]);
    expect(text.startsWith(`${n} 0 obj\n`, offset), `object ${n} at ${offset}`).toBe(true);
  }
  // Every stream's /Length matches the bytes between "stream\n" and "endstream".
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    expect(text.startsWith("endstream", start + Number(match[1]))).toBe(true);
  }
  return size - 1;
}

describe("makeDemoPdf", () => {
  it("writes a valid PDF 1.4 for every demo document", () => {
    for (const doc of DEMO_DOCUMENTS) {
      const pdf = makeDemoPdf(doc);
      const text = pdf.toString("latin1");
      expect(text.startsWith("%PDF-1.4")).toBe(true);
      expect(text.endsWith("%%EOF")).toBe(true);
      expect(checkXref(pdf)).toBeGreaterThanOrEqual(6);
      expect(text).toContain("/BaseFont /Helvetica");
      expect(text).toContain("/MediaBox [0 0 595 842]");
      expect(text).toContain("/F1 18 Tf");
      expect(text).toContain("/F1 11 Tf");
    }
  });

  it("is deterministic", () => {
    const doc = DEMO_DOCUMENTS[0];
    expect(doc).toBeDefined();
    if (doc) expect(makeDemoPdf(doc).equals(makeDemoPdf(doc))).toBe(true);
  });

  it("escapes special characters and keeps the text in WinAnsi", () => {
    const pdf = makeDemoPdf({
      title: "Cities \u2014 \u201cstrong\u201d (and resilient)",
      paragraphs: ["A back\\slash, it\u2019s \u2026 caf\u00e9 \u2013 \u{1F600} done."],
    });
    const text = pdf.toString("latin1");
    expect(text).toContain('(Cities - "strong" \\(and resilient\\)) Tj');
    expect(text).toContain("(A back\\\\slash, it's ... caf\u00e9 - ? done.) Tj");
    for (const byte of pdf) expect(byte === 10 || (byte >= 32 && byte <= 255)).toBe(true);
    checkXref(pdf);
  });

  it("wraps long text onto several pages", () => {
    const paragraph =
      "Cities are often the first to see the signs of polarisation and the first to respond. ".repeat(
        12,
      );
    const pdf = makeDemoPdf({ title: "A long document", paragraphs: Array(12).fill(paragraph) });
    const text = pdf.toString("latin1");
    const pages = Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(checkXref(pdf)).toBe(4 + 2 * pages);
    expect(text).toContain(`(Page ${pages} of ${pages}) Tj`);
    // No text line runs past the right margin: lines are short enough for 451pt at 11pt.
    for (const match of text.matchAll(/\((.*)\) Tj/g)) {
      expect((match[1] ?? "").length).toBeLessThan(120);
    }
  });
});
