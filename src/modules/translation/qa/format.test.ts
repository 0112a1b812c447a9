import { describe, expect, it } from "vitest";
import { getTranslator } from "../../../platform/i18n/translator.js";
import type { Finding } from "./finding.js";
import { formatFinding } from "./format.js";

const t = getTranslator("fr");
const translate = (key: Parameters<typeof t.t>[0], values?: Parameters<typeof t.t>[1]) =>
  t.t(key, values);

describe("formatFinding", () => {
  it("says a finding in the reviewer's language with its values", () => {
    const finding: Finding = {
      code: "number-missing",
      severity: "error",
      params: { number: "14" },
      span: null,
    };
    expect(formatFinding(translate, finding)).toContain("14");
  });

  it("describes by its code a stored finding that lacks a value its message names", () => {
    const stored = { code: "number-missing", severity: "error", span: null } as unknown as Finding;
    expect(formatFinding(translate, stored)).toBe(t.t("qa.unknown", { code: "number-missing" }));
    const partial: Finding = { code: "number-missing", severity: "error", params: {}, span: null };
    expect(formatFinding(translate, partial)).toBe(t.t("qa.unknown", { code: "number-missing" }));
  });

  it("describes a code this version does not know", () => {
    const finding: Finding = {
      code: "from-the-future",
      severity: "warning",
      params: {},
      span: null,
    };
    expect(formatFinding(translate, finding)).toBe(t.t("qa.unknown", { code: "from-the-future" }));
  });
});
