import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../test-support/databases.js";
import { buildTestApp, type TestApp } from "../../test-support/app.js";
import { identityFor, type TestIdentity } from "../../test-support/sign-in.js";
import { listGlossary } from "./glossary.repository.js";

const DATA = path.resolve(import.meta.dirname, "../../../../shared/data");
const TMX = fs.readFileSync(
  path.join(DATA, "tmx/okapi__filters-tmx-test__compkit__ImportTest2A.tmx"),
);
const TBX = fs.readFileSync(path.join(DATA, "tbx/okapi__lib-terminology-test__ibm_tbx.tbx"));
const BOUNDARY = "----civitas-exchange-test";

function multipart(fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
  );
  return Buffer.concat([
    ...parts,
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

for (const dialect of DIALECTS) {
  describe(`memory and glossary file exchange in the workspace on ${dialect}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await buildTestApp(dialect, {
        config: { languages: ["en", "fr", "es"], translation: { engine: "none" } },
      });
    });
    afterEach(async () => {
      await t.close();
    });

    const upload = (who: TestIdentity, url: string, body: Buffer, csrf = who.csrf) =>
      t.app.inject({
        method: "POST",
        url,
        cookies: who.cookies,
        headers: {
          "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
          "x-csrf-token": csrf,
        },
        payload: body,
      });

    it("lets an administrator import a TMX file with a report, then download the memory", async () => {
      const admin = await identityFor(t, "admin");
      const page = await t.app.inject({ url: "/admin/memory", cookies: admin.cookies });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('enctype="multipart/form-data"');
      const imported = await upload(admin, "/admin/memory/import", multipart("m.tmx", TMX));
      expect(imported.statusCode).toBe(200);
      expect(imported.body).toContain(
        "Units read: 7. Translations added: 7. Already in the memory: 0.",
      );
      // Two of the seven fail the gate's checks: the report counts and lists them.
      expect(imported.body).toContain(
        "2 translations added fail the checks: kept in the memory but not as reviewed",
      );
      const flaggedRows = imported.body.match(/<tr><td>Français<\/td>.*?<\/tr>/gs) ?? [];
      expect(flaggedRows).toHaveLength(2);
      for (const row of flaggedRows) expect(row).toMatch(/<code>[a-z-]+(, [a-z-]+)*<\/code>/);
      const again = await upload(admin, "/admin/memory/import", multipart("m.tmx", TMX));
      expect(again.body).toContain("Translations added: 0. Already in the memory: 7.");
      expect(again.body).not.toContain("fail the checks");
      const file = await t.app.inject({
        url: "/admin/memory/export.tmx?origin=human",
        cookies: admin.cookies,
      });
      expect(file.statusCode).toBe(200);
      expect(file.headers["content-disposition"]).toBe(
        'attachment; filename="civitas-memory-human.tmx"',
      );
      // Two of the seven fail the gate's checks: in the memory, but not reviewed (tmx.service.ts).
      expect(file.body.match(/<tu /g)?.length).toBe(5);
    });

    it("refuses other roles, a forged token, a hostile file, and no file", async () => {
      const admin = await identityFor(t, "admin");
      const editor = await identityFor(t, "editor");
      const reviewer = await identityFor(t, "reviewer");
      for (const who of [editor, reviewer]) {
        expect(
          (await t.app.inject({ url: "/admin/memory", cookies: who.cookies })).statusCode,
        ).toBe(403);
        expect(
          (await t.app.inject({ url: "/admin/memory/export.tmx", cookies: who.cookies }))
            .statusCode,
        ).toBe(403);
        expect(
          (await upload(who, "/admin/memory/import", multipart("m.tmx", TMX))).statusCode,
        ).toBe(403);
        expect(
          (await upload(who, "/admin/glossary/upload", multipart("g.tbx", TBX))).statusCode,
        ).toBe(403);
      }
      expect((await t.app.inject({ url: "/admin/memory/export.tmx" })).statusCode).toBe(303);
      expect(
        (await upload(admin, "/admin/memory/import", multipart("m.tmx", TMX), "forged")).statusCode,
      ).toBe(403);
      const xxe = Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx><header srclang="en"/><body/></tmx>',
      );
      const refused = await upload(admin, "/admin/memory/import", multipart("x.tmx", xxe));
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain("DOCTYPE");
      expect(
        (await upload(admin, "/admin/memory/import", multipart("x.tmx", new Uint8Array())))
          .statusCode,
      ).toBe(400);
      const units = await t.database.db.selectFrom("translationUnits").selectAll().execute();
      expect(units).toEqual([]);
    });

    it("uploads again, as no change, a glossary whose terms begin with a non-ASCII capital", async () => {
      const admin = await identityFor(t, "admin");
      const file = Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?><martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="c1"><langSet xml:lang="en"><tig><term>Ürümqi</term></tig></langSet><langSet xml:lang="fr"><tig><term>Ürümqi</term></tig></langSet></termEntry>
<termEntry id="c2"><langSet xml:lang="en"><tig><term>İzmir</term></tig></langSet><langSet xml:lang="es"><tig><term>Esmirna</term></tig></langSet></termEntry>
</body></text></martif>`,
      );
      const first = await upload(admin, "/admin/glossary/upload", multipart("g.tbx", file));
      expect(first.statusCode).toBe(200);
      expect(first.body).toContain("added: 2, updated: 0, unchanged: 0.");
      const again = await upload(admin, "/admin/glossary/upload", multipart("g.tbx", file));
      expect(again.statusCode).toBe(200);
      expect(again.body).toContain("added: 0, updated: 0, unchanged: 2.");
      expect((await listGlossary(t.database.db)).length).toBe(2);
    });

    it("imports a TBX glossary from the glossary page and offers it back as TBX and CSV", async () => {
      const admin = await identityFor(t, "admin");
      const reviewer = await identityFor(t, "reviewer");
      const page = await t.app.inject({ url: "/admin/glossary", cookies: admin.cookies });
      expect(page.body).toContain('accept=".tbx,.csv,.xml"');
      const reviewerPage = await t.app.inject({
        url: "/admin/glossary",
        cookies: reviewer.cookies,
      });
      expect(reviewerPage.body).toContain('href="/admin/glossary/export.tbx"');
      expect(reviewerPage.body).not.toContain("/admin/glossary/upload");
      const imported = await upload(admin, "/admin/glossary/upload", multipart("ibm.tbx", TBX));
      expect(imported.statusCode).toBe(200);
      expect(imported.body).toContain(
        "Entries read: 5. Terms: 6 — added: 6, updated: 0, unchanged: 0.",
      );
      expect((await listGlossary(t.database.db)).length).toBe(6);
      const csv = await upload(
        admin,
        "/admin/glossary/upload",
        multipart(
          "terms.csv",
          Buffer.from("source,target,status\ncity hall,maison du peuple,deprecated\n"),
          {
            targetLanguage: "fr",
          },
        ),
      );
      expect(csv.body).toContain("added: 1");
      const tbx = await t.app.inject({
        url: "/admin/glossary/export.tbx",
        cookies: reviewer.cookies,
      });
      expect(tbx.headers["content-disposition"]).toBe(
        'attachment; filename="civitas-glossary.tbx"',
      );
      expect(tbx.body).toContain("deprecatedTerm-admn-sts");
      const exportedCsv = await t.app.inject({
        url: "/admin/glossary/export.csv",
        cookies: reviewer.cookies,
      });
      expect(exportedCsv.body.split("\r\n").length).toBe(9);
      const listed = await t.app.inject({ url: "/admin/glossary", cookies: reviewer.cookies });
      expect(listed.body).toContain("deprecated (forbidden)");
      const bad = await upload(
        admin,
        "/admin/glossary/upload",
        multipart("x.tbx", Buffer.from("<tmx/>")),
      );
      expect(bad.statusCode).toBe(422);
      expect((await listGlossary(t.database.db)).length).toBe(7);
    });
  });
}
