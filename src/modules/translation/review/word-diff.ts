/** A run of words a diff keeps, removes or adds. */
export interface DiffPart {
  type: "same" | "removed" | "added";
  text: string;
}

const MAX_TOKENS = 2000;

/**
 * A word diff of two texts (longest common subsequence over words, spaces and
 * punctuation kept as tokens), merged into runs: what a reviewer reads to see
 * how a source sentence changed since its translation was reviewed.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return merge([
      { type: "removed", text: before },
      { type: "added", text: after },
    ]);
  }
  // lengths[i][j]: LCS of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lengths[i] as number[];
    const next = lengths[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ type: "same", text: a[i] ?? "" });
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      parts.push({ type: "removed", text: a[i] ?? "" });
      i++;
    } else {
      parts.push({ type: "added", text: b[j] ?? "" });
      j++;
    }
  }
  while (i < a.length) parts.push({ type: "removed", text: a[i++] ?? "" });
  while (j < b.length) parts.push({ type: "added", text: b[j++] ?? "" });
  return merge(parts);
}

function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\s+|[^\s\p{L}\p{N}]/gu) ?? [];
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === "") continue;
    const last = out.at(-1);
    if (last && last.type === part.type) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
