/**
 * Folding for the workspace's list searches: "bogota" finds "Bogotá", "ECOLE"
 * finds "école". The same mapping runs in both databases and in Node:
 * `civitas_fold(text)` is a SQL function (PostgreSQL: a migration creates it
 * with `translate` and `lower`; SQLite: registered on each connection by
 * `openDatabase`), and `foldForSearch` folds what a person typed the same way.
 *
 * Each letter of `FOLD_FROM` (the Latin-1 and Latin Extended-A/B letters whose
 * canonical decomposition is an ASCII letter and accents, and ø đ ł ı ħ) becomes
 * the letter at the same place in `FOLD_TO`, then the text is lowercased.
 * The migration 2026_12_05_070000_create_fold_function holds a copy of these
 * strings for PostgreSQL: a change here needs a new migration (like.test.ts
 * fails on PostgreSQL until there is one).
 */
export const FOLD_FROM =
  "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳøØđĐłŁıħĦ";
export const FOLD_TO =
  "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyooddllihh";

const FOLDS = new Map([...FOLD_FROM].map((letter, i) => [letter, FOLD_TO[i] ?? letter]));

/** Folds a text as `civitas_fold` does in SQL: accents off the letters in FOLD_FROM, then lowercase. */
export function foldForSearch(text: string): string {
  let folded = "";
  for (const char of text) folded += FOLDS.get(char) ?? char;
  return folded.toLowerCase();
}
