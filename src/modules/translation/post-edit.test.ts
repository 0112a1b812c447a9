import { describe, expect, it } from "vitest";
import { postEdit } from "./post-edit.js";

const NNBSP = "\u202f";

describe("postEdit", () => {
  it("puts French no-break spaces before high punctuation and inside guillemets, not in times", () => {
    expect(
      postEdit("Réseau des villes fortes: Actualisation", "Strong Cities Network: Update", "fr"),
    ).toBe(`Réseau des villes fortes${NNBSP}: Actualisation`);
    expect(postEdit("Pourquoi? Parce que!", "Why? Because!", "fr")).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}!`,
    );
    expect(postEdit("«Bonjour»", "“Hello”", "fr")).toBe(`«${NNBSP}Bonjour${NNBSP}»`);
    expect(postEdit("La réunion à 10:30 commence.", "The meeting at 10:30 starts.", "fr")).toBe(
      "La réunion à 10:30 commence.",
    );
  });

  it("never touches inline codes or escaped characters", () => {
    const target = 'Lire <g id="1">le rapport</g>: a &lt; b';
    expect(postEdit(target, 'Read <g id="1">the report</g>: a &lt; b', "fr")).toBe(
      `Lire <g id="1">le rapport</g>${NNBSP}: a &lt; b`,
    );
  });

  it("restores a capital the engine dropped at the start of a sentence", () => {
    expect(postEdit("nous aussi sommes là.", "We are also there.", "fr")).toBe(
      "Nous aussi sommes là.",
    );
    expect(postEdit("l'Afrique", "Africa", "fr")).toBe("L'Afrique");
    expect(postEdit("iPhone", "iPhone", "fr")).toBe("iPhone");
  });

  it("opens a one-sentence Spanish question or exclamation", () => {
    expect(postEdit("Qué pueden hacer las ciudades?", "What can cities do?", "es")).toBe(
      "¿Qué pueden hacer las ciudades?",
    );
    expect(postEdit("Bienvenidos!", "Welcome!", "es")).toBe("¡Bienvenidos!");
    expect(postEdit("Lo sabemos. Y ahora?", "We know. And now?", "es")).toBe(
      "Lo sabemos. Y ahora?",
    );
    expect(postEdit("¿Ya?", "Already?", "es")).toBe("¿Ya?");
  });
  it("lowers a function word capitalised in mid-sentence, not a name", () => {
    expect(postEdit("Oriente Medio y África Del norte", "Middle East and North Africa", "es")).toBe(
      "Oriente Medio y África del norte",
    );
    expect(postEdit("l'Afrique De l'est et Du sud", "East and Southern Africa", "fr")).toBe(
      "L'Afrique de l'est et du sud",
    );
    expect(postEdit("Vive en Ciudad Del Este.", "She lives in Ciudad del Este.", "es")).toBe(
      "Vive en Ciudad Del Este.",
    );
  });
});
