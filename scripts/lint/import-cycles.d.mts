/** Types of import-cycles.mjs (the script runs under plain node in `npm run lint`). */
export function importsOf(fileName: string, text: string): string[];
export function importGraph(files: readonly string[], root?: string): Map<string, string[]>;
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][];
export function moduleGraph(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]>;
export function sourceFiles(dir?: string): string[];
