/**
 * The gate's figures per language on real text (src/modules/translation/qa/gate-figures.ts):
 * recall and precision for unacceptable pipeline output at the gate's threshold (one
 * error holds) — by the checks alone and by the gate, which also holds engine output
 * of a length its route is not proven on (engine-reliability.ts) — and the share of
 * correct human translations held. The baseline in the
 * same run is the gate as it was before the dictionary checks (every check but the
 * lexical ones, that is the same checks without the analysers' evidence).
 * Usage: npx tsx bench/qa-gate.ts [--missed] [--false-alarms]
 */
import { measureGate, simulateReviewerFixes } from "../src/modules/translation/qa/gate-figures.js";
import { ApertiumLexicon, NO_DICTIONARIES } from "../src/modules/translation/qa/lexicon/lexicon.js";

const showMissed = process.argv.includes("--missed");
const showFalse = process.argv.includes("--false-alarms");
const lexicon = new ApertiumLexicon();
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
try {
  for (const [language, set] of [
    ["fr", "dev"],
    ["es", "dev"],
    ["fr", "held-out"],
    ["es", "held-out"],
  ] as const) {
    console.log(
      `\n${language}, ${set === "dev" ? "the sets the checks were tuned on" : "held-out: other domains, never tuned on"}`,
    );
    for (const [label, lex] of [
      ["baseline (no dictionaries)", NO_DICTIONARIES],
      ["gate", lexicon],
    ] as const) {
      const f = await measureGate(lex, { language, set });
      const { tp, fp, fn, tn } = f.pipeline;
      const c = f.checks;
      console.log(
        `${language} ${label.padEnd(27)} route ${f.route.join(">")}: pipeline output ${tp + fp + fn + tn} (bad ${tp + fn}, ok ${fp + tn}); ` +
          `checks alone: recall ${c.recall.toFixed(3)}, precision ${c.precision.toFixed(3)}, ok held ${c.fp}; ` +
          `gate (checks + route reliability): recall ${f.recall.toFixed(3)}, precision ${f.precision.toFixed(3)}, ok held ${fp}/${fp + tn}; ` +
          `correct human held ${f.humanHeld}/${f.humanTotal} (${pct(f.humanHeld / f.humanTotal)})`,
      );
      if (lex !== lexicon) continue;
      if (set === "held-out") {
        // Reviewers' fixes of the dev set's machine output, learned as the review desk does.
        const rejectedSenses = await simulateReviewerFixes(lexicon, { language });
        const learned = await measureGate(lexicon, { language, set, rejectedSenses });
        console.log(
          `${language} ${"gate + fixes of the dev set".padEnd(27)} ${rejectedSenses.length} senses learned: ` +
            `checks alone: recall ${learned.checks.recall.toFixed(3)}, precision ${learned.checks.precision.toFixed(3)}; ` +
            `correct human held ${learned.humanHeld}/${learned.humanTotal} (${pct(learned.humanHeld / learned.humanTotal)})`,
        );
      }
      const codes = Object.entries(f.codes).sort((a, b) => b[1] - a[1]);
      console.log(`   units held per code: ${codes.map(([c, n]) => `${c} ${n}`).join(", ")}`);
      if (showMissed) for (const m of f.missed) console.log(`   missed: ${m.reason} | ${m.target}`);
      if (showFalse)
        for (const a of f.falseAlarms) console.log(`   held: ${a.codes.join(",")} | ${a.target}`);
    }
  }
} finally {
  await lexicon.close();
}
