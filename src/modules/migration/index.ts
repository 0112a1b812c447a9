/**
 * The migration module's public entry (what other modules, the API, may call):
 * reading a WordPress export (WXR), planning its import and running it — the
 * same three steps `civitas import wordpress` and /admin/import/wordpress take.
 */
export { chunksOf, readWxr, WxrFormatError } from "./wordpress/wxr-reader.js";
export { DEFAULT_TYPE_MAP, planImport } from "./wordpress/plan.js";
export { runWordpressImport } from "./wordpress/import.service.js";
export type { ImportReport as WordpressImportReport } from "./wordpress/report.js";
