/**
 * Content’s public entry: what other modules may use of items, revisions, tags, media and the public
 * site (src/modules/content/README.md). Other modules import content only from here (civitas/layers).
 */
export { type DashboardPanel } from "./admin/dashboard-panels.js";
export { type ContentChangedPayload } from "./content-events.js";
export {
  isTimeZone,
  type ItemDraftInput,
  itemDraftSchema,
  RESERVED_PAGE_SLUGS,
} from "./content.schema.js";
export {
  ITEM_TYPES,
  ITEM_STATUSES,
  type Item,
  type ItemType,
  type Media,
  type Revision,
  type Tag,
} from "./content.table.js";
export { everyLanguageEntries, type SitemapEntry } from "./feeds.js";
export {
  findItemById,
  findItemBySlug,
  findRevisionById,
  type ItemCard,
  listItemsForAdmin,
  listPublishedItems,
} from "./item.repository.js";
export {
  isSameAsLatestRevision,
  publishItem,
  saveItem,
  saveItemIn,
  scheduleItem,
  unpublishItem,
} from "./item.service.js";
export {
  type ContentLocalizer,
  type ItemLanguage,
  type LocalizedCard,
  type LocalizedItem,
} from "./localization.js";
export {
  countWords,
  dropUnclosedRawTextTags,
  findRemoteImages,
  renderMarkdown,
} from "./markdown/render-markdown.js";
export { bodyUrlOf, mediaUrl, presentImage, presentVideo } from "./media.presenter.js";
export { listRevisionAttachments } from "./media.repository.js";
export {
  detectMediaKind,
  findStoredMedia,
  MEDIA_LIMITS,
  mediaFileNames,
  type PreparedMedia,
  prepareDocument,
  prepareImage,
  recordMedia,
  storeDocument,
  storeImage,
} from "./media.service.js";
export { sniffImageType } from "./media/image-variants.js";
export { TYPE_SEGMENTS, itemPath } from "./paths.js";
export { isSlug, slugify } from "./slug.js";
export { findTagBySlug, listTagsOfRevisions } from "./tag.repository.js";
export { VideoFacade } from "./views/components.js";
export { ItemPage, listTextBlocks } from "./views/item.view.js";
export { loadPreviewData } from "./admin/editor.service.js";
export { enqueueScheduledPublication } from "./publish-scheduled.job.js";
export { type ItemPageData } from "./site.service.js";
export { fromWallTime } from "./admin/editor.form.js";
