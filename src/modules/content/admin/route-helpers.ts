/**
 * @deprecated The workspace's route helpers live in src/platform/http/route-helpers.ts (every module's
 * admin routes use them); this re-export only keeps branches written before the move compiling.
 */
export {
  guardWrite,
  itemIdOf,
  refreshPages,
  sendHtml,
} from "../../../platform/http/route-helpers.js";
