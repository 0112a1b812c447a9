import { describe, expect, it } from "vitest";
import { transferCodes } from "./codes.js";

describe("transferCodes", () => {
  it("escapes a proposal for a unit without codes", () => {
    expect(transferCodes("A < B & C", "A ou B")).toBe("A &lt; B &amp; C");
  });

  it("wraps the same words of the proposal in the unit's paired codes", () => {
    expect(transferCodes("Lisez le rapport annuel.", 'Lisez <g id="1">rapport</g> vite.')).toBe(
      'Lisez le <g id="1">rapport</g> annuel.',
    );
  });

  it("puts a standalone code after the word it followed, else at the end", () => {
    expect(transferCodes("Voir la page ici.", 'Voir<x id="1"/> la page.')).toBe(
      'Voir<x id="1"/> la page ici.',
    );
  });

  it("gives up when a paired code's words are gone", () => {
    expect(transferCodes("Lisez le bilan.", 'Lisez <g id="1">rapport</g>.')).toBeUndefined();
  });
});
