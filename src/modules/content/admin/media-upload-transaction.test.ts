import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpChangeCounter } from "../../../platform/db/change-counter.js";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { identityFor, type TestIdentity } from "../../../test-support/sign-in.js";
import { findMediaById } from "../media.repository.js";
import { idFromRedirect, upload } from "./media.test-kit.js";

// SQLite has one writer: a transaction that stays open while an image is
// encoded holds every other write of the site for that long. (PostgreSQL
// gives each request its own connection, so this is where it shows.)
describe("an image upload on sqlite", () => {
  let t: TestApp;
  let editor: TestIdentity;
  beforeAll(async () => {
    t = await buildTestApp("sqlite");
    editor = await identityFor(t, "editor");
  });
  afterAll(async () => {
    await t.close();
  });

  it("encodes its variants outside the transaction: other writes go on meanwhile", async () => {
    // About 48 megapixels, as a camera's photo: its variants take a while to encode.
    const photo = await sharp({
      create: { width: 8000, height: 6000, channels: 3, background: { r: 40, g: 90, b: 160 } },
    })
      .jpeg()
      .toBuffer();

    const started = performance.now();
    let isUploaded = false;
    const uploading = upload(t, editor, {
      file: { filename: "summit.jpg", contentType: "image/jpeg", data: photo },
      alt: "The summit",
    }).then((res) => {
      isUploaded = true;
      return res;
    });
    // Small writes, one after another, all the while the upload runs.
    const waits: number[] = [];
    while (!isUploaded) {
      const before = performance.now();
      await t.database.db.transaction().execute((trx) => bumpChangeCounter(trx));
      waits.push(performance.now() - before);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const res = await uploading;
    const duration = performance.now() - started;

    expect(res.statusCode).toBe(303);
    expect(await findMediaById(t.database.db, idFromRedirect(res.headers.location))).toMatchObject({
      kind: "image",
      width: 8000,
    });
    // Inside the transaction, one write would wait for nearly the whole encoding.
    expect(Math.max(...waits)).toBeLessThan(duration / 2);
  }, 120_000);
});
