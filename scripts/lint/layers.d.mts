/** Types of layers.mjs (the eslint plugin eslint.config.js loads as `civitas`). */
import type { ESLint } from "eslint";
export const MODULE_EDGES: Record<string, readonly string[]>;
export const PUBLIC_ENTRY: Record<string, string>;
export function isTestOnly(relative: string): boolean;
declare const plugin: ESLint.Plugin;
export default plugin;
