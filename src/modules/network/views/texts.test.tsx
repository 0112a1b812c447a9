import { render } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { getTranslator } from "../../../platform/i18n/translator.js";
import type { PageTranslation } from "../translation/network-texts.js";
import { NetworkTranslationNotice } from "./texts.js";

const NONE: PageTranslation = {
  machine: false,
  reviewed: false,
  updating: false,
  fallback: null,
  sourceLanguage: "en",
};

function notice(lang: "en" | "fr" | "es" | "ar", translation: Partial<PageTranslation>): string {
  return render(
    <NetworkTranslationNotice
      t={getTranslator(lang)}
      translation={{ ...NONE, ...translation }}
      path={`/${lang}/network/hubs`}
    />,
  );
}

const paragraphs = (html: string) => html.match(/<p>(?!<a)/g)?.length ?? 0;

describe("the network pages' translation notice", () => {
  it("says one thing on a page mixing machine translations and originals, in the page's language", () => {
    const fr = notice("fr", { machine: true, fallback: "pending" });
    expect(paragraphs(fr)).toBe(1);
    expect(fr).toContain("Une partie de cette page est une traduction automatique");
    expect(fr).not.toContain("Vous lisez l’original");
    expect(fr).not.toContain("Elle peut contenir des erreurs");
    expect(fr).toContain('lang="fr"');
    expect(paragraphs(notice("es", { machine: true, fallback: "awaiting" }))).toBe(1);
    expect(notice("ar", { machine: true, fallback: "pending" })).toContain(
      "تُرجم جزء من هذه الصفحة",
    );
    expect(notice("fr", { reviewed: true, fallback: "pending" })).toContain(
      "Une partie de cette page est traduite",
    );
  });

  it("keeps the single notices of pages that are all originals or all translated", () => {
    expect(notice("fr", { fallback: "pending" })).toContain("Vous lisez l’original en anglais");
    expect(notice("fr", { fallback: "held" })).toContain("attend un relecteur");
    expect(notice("fr", { machine: true })).toContain("traduction automatique de l’original");
    expect(notice("fr", { reviewed: true })).toContain("puis relue");
    expect(notice("en", { sourceLanguage: undefined })).toBe("");
  });
});
