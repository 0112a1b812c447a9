import { describe, expect, it } from "vitest";
import { getTranslator } from "./translator.js";

const OCTOBER_19 = "2021-10-19T10:00:00Z";

describe("translator", () => {
  it("writes a date alone as each language's readers expect", () => {
    expect(getTranslator("fr").formatDate(OCTOBER_19)).toBe("19/10/2021");
    expect(getTranslator("en").formatDate(OCTOBER_19)).toBe("19 October 2021");
    expect(getTranslator("es").formatDate(OCTOBER_19)).toBe("19 de octubre de 2021");
    expect(getTranslator("ar").formatDate(OCTOBER_19)).toBe("19 أكتوبر 2021");
  });

  it("keeps a view's own date format", () => {
    const options = { dateStyle: "medium", timeZone: "UTC" } as const;
    expect(getTranslator("fr").formatDate(OCTOBER_19, options)).toBe("19 oct. 2021");
  });

  it("writes Arabic numbers with Latin digits", () => {
    const t = getTranslator("ar");
    expect(t.formatNumber(12_345)).toBe("12,345");
    expect(t.t("tag.count", { count: 12 })).toBe("12 عنصرًا");
    expect(t.formatDate(OCTOBER_19, { dateStyle: "short", timeZone: "UTC" })).toMatch(
      /^19\D+10\D+2021$/,
    );
  });

  it("counts reading time in the page's language", () => {
    expect(getTranslator("fr").t("article.readingTime", { minutes: 3 })).toBe(
      "3 minutes de lecture",
    );
    expect(getTranslator("es").t("article.readingTime", { minutes: 1 })).toBe(
      "1 minuto de lectura",
    );
    const ar = getTranslator("ar");
    expect(ar.t("article.readingTime", { minutes: 1 })).toBe("مدة القراءة: دقيقة واحدة");
    expect(ar.t("article.readingTime", { minutes: 2 })).toBe("مدة القراءة: دقيقتان");
    expect(ar.t("article.readingTime", { minutes: 3 })).toBe("مدة القراءة: 3 دقائق");
    expect(ar.t("article.readingTime", { minutes: 11 })).toBe("مدة القراءة: 11 دقيقة");
  });

  it("names the source language inside a notice", () => {
    const fr = getTranslator("fr");
    expect(
      fr.t("translation.notice.awaiting", {
        language: fr.t("language.name.fr"),
        sourceLanguage: fr.t("language.name.en"),
      }),
    ).toBe("Cette page n’est pas encore disponible en français. Vous lisez l’original en anglais.");
  });

  it("isolates interpolated text in right-to-left languages, and right-to-left or bidi-control text everywhere", () => {
    expect(getTranslator("ar").t("editor.editTitle", { title: "Budget 2024" })).toBe(
      "تحرير «\u2068Budget 2024\u2069»",
    );
    // Plural and number arguments are never wrapped: they must stay numbers.
    expect(getTranslator("ar").t("search.results", { count: 2, query: "Oslo" })).toBe(
      "نتيجتان للبحث عن «\u2068Oslo\u2069»",
    );
    expect(getTranslator("fr").t("editor.editTitle", { title: "Budget 2024" })).toBe(
      "Modifier «\u00a0Budget 2024\u00a0»",
    );
    // A name stored before bidi controls were refused cannot reverse the sentence around it.
    expect(
      getTranslator("en").t("admin.signedInAs", { name: "\u202eAda", role: "Editor" }),
    ).toContain("\u2068\u202eAda\u2069");
    expect(getTranslator("en").t("editor.editTitle", { title: "مرحبا 2024" })).toContain(
      "\u2068مرحبا 2024\u2069",
    );
    expect(getTranslator("es").t("editor.editTitle", { title: "Presupuesto" })).not.toContain(
      "\u2068",
    );
  });
});
