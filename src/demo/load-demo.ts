import type { Kysely } from "kysely";
import type { DB } from "../database.js";
import { publishItem, saveItem } from "../modules/content/item.service.js";
import { findItemBySlug } from "../modules/content/item.repository.js";
import type { Media } from "../modules/content/content.table.js";
import { mediaUrl, presentImage } from "../modules/content/media.presenter.js";
import { type prepareImage, storeDocument, storeImage } from "../modules/content/media.service.js";
import { type Config, mediaDir } from "../platform/config.js";
import { findUserByEmail, insertUser } from "../platform/auth/user.repository.js";
import { DEMO_DOCUMENTS, DEMO_ITEMS, type DemoItem } from "./demo-content.js";
import { DEMO_IMAGE_SPECS, type DemoImageSpec, drawDemoImage } from "./demo-images.js";
import { makeDemoPdf } from "./demo-pdf.js";
import { loadNetworkDemo } from "../modules/network/demo/load-network-demo.js";
import { loadDemoGlossary } from "./demo-glossary.js";

/** What a demo load did. */
export interface DemoReport {
  created: number;
  updated: number;
  unchanged: number;
}

const DEMO_EDITOR = { email: "editor@demo.civitas.invalid", displayName: "Network secretariat" };

/** How to load the demo. */
export interface LoadDemoOptions {
  config: Config;
  now: Date;
  log?: (line: string) => void;
  /**
   * Draws a demo image (JPEG bytes): `drawDemoImage`, once per process, unless
   * given. The tests pass one that keeps each drawing for the whole run
   * (demo-images.test-kit.ts): drawing is most of a load's time.
   */
  drawImage?: (spec: DemoImageSpec) => Promise<Buffer>;
  /**
   * Checks and encodes an image's variants: `prepareImage` unless given. The
   * tests pass one that encodes each demo image once per run and copies the
   * files after (demo-images.test-kit.ts).
   */
  prepareImage?: typeof prepareImage;
}

/**
 * Loads the demo network (images drawn locally, PDFs, items, tags) and
 * publishes it; idempotent: a second run finds everything in place and changes nothing.
 */
export async function loadDemo(db: Kysely<DB>, options: LoadDemoOptions): Promise<DemoReport> {
  const log = options.log ?? (() => undefined);
  const draw = options.drawImage ?? drawOnce;
  const dir = mediaDir(options.config);
  const authorId = await ensureDemoEditor(db, options.now);
  await loadDemoGlossary(db, options.config.sourceLanguage, options.now);

  const images = new Map<string, Media>();
  const usedImages = new Set(
    DEMO_ITEMS.flatMap((item) => [item.hero?.imageKey, ...inlineImageKeys(item.body)]),
  );
  const specs = DEMO_IMAGE_SPECS.filter((spec) => usedImages.has(spec.key));
  for (const [index, spec] of specs.entries()) {
    log(`\rDrawing demo images ${index + 1}/${specs.length}`);
    const alt = DEMO_ITEMS.find((item) => item.hero?.imageKey === spec.key)?.hero?.alt ?? "";
    images.set(
      spec.key,
      await storeImage(db, {
        prepare: options.prepareImage,
        bytes: await draw(spec),
        originalName: `${spec.key}.jpg`,
        altText: alt,
        mediaDir: dir,
        actorId: authorId,
        now: options.now,
      }),
    );
  }
  log("\n");
  const documents = new Map<string, Media>();
  for (const doc of DEMO_DOCUMENTS) {
    documents.set(
      doc.key,
      await storeDocument(db, {
        bytes: makeDemoPdf(doc),
        originalName: doc.fileName,
        mediaDir: dir,
        actorId: authorId,
        now: options.now,
      }),
    );
  }

  const report: DemoReport = { created: 0, updated: 0, unchanged: 0 };
  for (const [index, demo] of DEMO_ITEMS.entries()) {
    log(`\rLoading demo items ${index + 1}/${DEMO_ITEMS.length}`);
    const existing = await findItemBySlug(db, demo.type, demo.slug);
    const saved = await saveItem(db, {
      itemId: existing?.id,
      draft: toDraft(demo, images, documents, options.config.sourceLanguage),
      actorId: authorId,
      now: options.now,
    });
    await publishItem(db, {
      itemId: saved.item.id,
      now: new Date(demo.publishedAt),
      publishedAt: new Date(demo.publishedAt),
    });
    if (!existing) report.created += 1;
    else if (saved.isNewRevision) report.updated += 1;
    else report.unchanged += 1;
  }
  log("\n");
  await loadNetworkDemo(db, {
    now: options.now,
    sourceLanguage: options.config.sourceLanguage,
    log,
  });
  return report;
}

// Drawing is the slow part of a demo load and its output never changes: draw each image once per process.
const drawn = new Map<string, Promise<Buffer>>();
function drawOnce(spec: DemoImageSpec): Promise<Buffer> {
  let bytes = drawn.get(spec.key);
  if (!bytes) {
    bytes = drawDemoImage(spec);
    drawn.set(spec.key, bytes);
  }
  return bytes;
}

function toDraft(
  demo: DemoItem,
  images: Map<string, Media>,
  documents: Map<string, Media>,
  sourceLanguage: string,
) {
  const hero = demo.hero ? images.get(demo.hero.imageKey) : undefined;
  return {
    type: demo.type,
    slug: demo.slug,
    sourceLanguage,
    title: demo.title,
    summary: demo.summary,
    body: demo.body.replace(/\(demo-image:([a-z0-9-]+)/g, (_match, key: string) => {
      const image = presentImage(images.get(key));
      return `(${image?.src ?? mediaUrl(`${key}-missing.jpg`)}`;
    }),
    tags: demo.tags,
    heroMediaId: hero?.id ?? null,
    heroAlt: demo.hero?.alt ?? "",
    heroCaption: demo.hero?.caption ?? "",
    videoUrl: demo.videoUrl ?? null,
    attachments: (demo.attachments ?? []).flatMap((a) => {
      const media = documents.get(a.documentKey);
      return media ? [{ mediaId: media.id, title: a.title }] : [];
    }),
    startsAt: demo.event?.startsAt ?? null,
    endsAt: demo.event?.endsAt ?? null,
    timeZone: demo.event?.timeZone ?? null,
    location: demo.event?.location ?? "",
    attendanceMode: demo.event?.attendanceMode ?? null,
    isFeatured: demo.isFeatured ?? false,
  };
}

function inlineImageKeys(body: string): string[] {
  return [...body.matchAll(/\(demo-image:([a-z0-9-]+)/g)].map((m) => m[1] ?? "");
}

async function ensureDemoEditor(db: Kysely<DB>, now: Date): Promise<number> {
  const found = await findUserByEmail(db, DEMO_EDITOR.email);
  if (found) return found.id;
  const at = now.toISOString();
  const created = await insertUser(db, {
    ...DEMO_EDITOR,
    role: "editor",
    passwordHash: null,
    createdAt: at,
    updatedAt: at,
  });
  return created.id;
}
