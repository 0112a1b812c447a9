import { listCodeIds, validateInline } from "../segments/index.js";
import type { Finding } from "./finding.js";

/**
 * Inline codes of the source lost, duplicated, invented or moved in the
 * target. Moving is a warning: a translation may reorder codes with the words
 * they wrap; losing or doubling one breaks the page.
 */
export function checkMarkup(source: string, target: string): Finding[] {
  const findings: Finding[] = [];
  const expected = listCodeIds(source);
  const found = listCodeIds(target);
  const counts = new Map<string, number>();
  for (const code of found) counts.set(code.id, (counts.get(code.id) ?? 0) + 1);
  const expectedIds = new Set(expected.map((code) => code.id));
  for (const code of expected) {
    if (!counts.has(code.id)) findings.push(finding("markup-lost", code.id));
  }
  for (const [id, count] of counts) {
    if (!expectedIds.has(id)) findings.push(finding("markup-added", id));
    else if (count > 1) findings.push(finding("markup-duplicated", id));
  }
  if (findings.length > 0) return findings;
  const broken = validateInline(target, source).find(
    (p) => p.type === "unbalanced" || p.type === "kind-mismatch",
  );
  if (broken) return [finding("markup-broken", broken.id)];
  const order = (codes: readonly { id: string }[]) => codes.map((code) => code.id).join(" ");
  if (order(expected) !== order(found)) {
    findings.push({
      code: "markup-order",
      severity: "warning",
      params: { expected: order(expected), found: order(found) },
      span: null,
    });
  }
  return findings;
}

function finding(code: string, id: string): Finding {
  return { code, severity: "error", params: { id }, span: null };
}
