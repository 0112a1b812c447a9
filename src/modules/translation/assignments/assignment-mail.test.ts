import { createServer, type Socket } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../test-support/app.js";
import { DIALECTS } from "../../../test-support/databases.js";
import { freePort } from "../../../test-support/free-port.js";
import { formBody, identityFor } from "../../../test-support/sign-in.js";
import { makeWorker } from "../../../platform/jobs/factories.test-kit.js";
import { createMailer, type MailLog } from "../../../platform/mail/mailer.js";
import { publishItem, saveItem } from "../../content/item.service.js";
import { makeDraft } from "../../content/factories.test-kit.js";
import { assignmentMailTask } from "./assignment-mail.job.js";

const NOW = new Date("2026-11-26T12:00:00Z");
const HOSTILE =
  'Mayors meet\r\nBcc: victim@evil.example\r\n\r\n<script>alert("x")</script> & <b>co</b>';

/** One message as the SMTP server received it. */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback (no TLS, no auth); `refuse` answers every recipient 550. */
async function startSmtp(options: { refuse?: boolean } = {}) {
  const received: Received[] = [];
  const settings: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!options.refuse) return callback();
      const error = Object.assign(new Error("mailbox unavailable"), { responseCode: 550 });
      return callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  };
  const server = new SMTPServer(settings);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A TCP server on loopback that accepts connections, counts them and never says a word. */
async function startSilentServer() {
  const sockets = new Set<Socket>();
  const state = { connections: 0 };
  const server = createServer((socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The headers of a raw message, unfolded, each encoded-word decoded. */
function headersOf(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const out = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const at = line.indexOf(":");
    out.set(line.slice(0, at).toLowerCase(), decodeWords(line.slice(at + 1).trim()));
  }
  return out;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

/** The decoded body of the part of a type (text/plain or text/html). */
function partOf(raw: string, type: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => p.toLowerCase().startsWith(`content-type: ${type}`));
  if (!part) return "";
  const [head = "", ...body] = part.split(/\r?\n\r?\n/);
  const text = body.join("\n\n").replace(/\r?\n--[^\r\n]+--\s*$/, "");
  if (/quoted-printable/i.test(head)) return decodeQuotedPrintable(text);
  if (/base64/i.test(head)) return Buffer.from(text.replace(/\s+/g, ""), "base64").toString("utf8");
  return text;
}

for (const dialect of DIALECTS) {
  describe(`assignment e-mails through a real SMTP server on ${dialect}`, () => {
    let t: TestApp | undefined;
    let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
    afterEach(async () => {
      await t?.close();
      await smtp?.close();
      t = undefined;
      smtp = undefined;
    });

    /** An app whose mail goes to `smtpUrl`; an item (title set raw, as hostile as it gets) and an assignment. */
    async function assignWithMail(smtpUrl: string | undefined, log: MailLog = () => {}) {
      const app = await buildTestApp(dialect, {
        config: {
          languages: ["en", "fr", "es"],
          translation: { engine: "none" },
          mail: { smtpUrl, from: "Civitas <civitas@cities.example>" },
        },
        now: () => NOW,
      });
      t = app;
      const db = app.database.db;
      const saved = await saveItem(db, {
        draft: makeDraft({ title: "Mayors meet", body: "Cities work together." }),
        actorId: null,
        now: NOW,
      });
      await publishItem(db, { itemId: saved.item.id, now: NOW });
      await db
        .updateTable("revisions")
        .set({ title: HOSTILE })
        .where("id", "=", saved.revision.id)
        .execute();
      const editor = await identityFor(app, "editor");
      const translator = await identityFor(app, "reviewer");
      await db
        .updateTable("users")
        .set({ preferredLanguage: "fr" })
        .where("id", "=", translator.userId)
        .execute();
      const response = await app.app.inject({
        method: "POST",
        url: "/admin/assignments",
        cookies: editor.cookies,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: formBody({
          _csrf: editor.csrf,
          itemId: String(saved.item.id),
          language: "es",
          assigneeId: String(translator.userId),
          dueAt: "2026-12-03T17:30",
          timeZone: "UTC",
        }),
      });
      const mailer = createMailer(app.config, log);
      const worker = makeWorker({
        db,
        jobs: [assignmentMailTask({ db, config: app.config, mailer })],
        now: () => NOW,
      });
      const job = () =>
        db
          .selectFrom("jobs")
          .select(["status", "attempts", "lastError", "runAt"])
          .where("type", "=", "SendAssignmentMailTask")
          .executeTakeFirstOrThrow();
      return {
        response,
        itemId: saved.item.id,
        translator,
        worker,
        job,
        mailer,
      };
    }

    it("sends the translator a message in their language with the item, the language, the due date and the desk's link; hostile titles inject nothing", async () => {
      smtp = await startSmtp();
      const run = await assignWithMail(`smtp://127.0.0.1:${smtp.port}`);
      expect(run.response.statusCode).toBe(303);
      expect(smtp.received).toEqual([]);
      expect(await run.worker.runOnce()).toBe(1);
      run.mailer.close();
      expect((await run.job()).status).toBe("done");
      const [message] = smtp.received;
      expect(message?.to).toHaveLength(1);
      expect(message?.to[0]).toMatch(/^reviewer-\d+@cities\.example$/);
      expect(message?.from).toBe("civitas@cities.example");
      const raw = message?.raw ?? "";
      const headers = headersOf(raw);
      // In French (the translator's language): "espagnol", the date in French, in UTC.
      expect(headers.get("subject")).toBe(
        'Traduction à faire\u00a0: Mayors meet Bcc: victim@evil.example <script>alert("x")</script> & <b>co</b> (espagnol)',
      );
      expect(headers.get("content-language")).toBe("fr");
      expect(headers.has("bcc")).toBe(false);
      // Neither in the header block nor as a line of the body.
      expect(raw).not.toMatch(/^Bcc:/im);
      expect([...headers.keys()].filter((name) => !/^[a-z-]+$/.test(name))).toEqual([]);
      const text = partOf(raw, "text/plain");
      expect(text).toContain("Bonjour reviewer");
      expect(text).toContain("en espagnol");
      expect(text).toContain("jeudi 3 décembre 2026");
      expect(text).toContain("17:30 UTC");
      const link = `https://cities.example.org/admin/desk/items/${run.itemId}/es`;
      expect(text).toContain(link);
      const html = partOf(raw, "text/html");
      expect(html).toContain(`<a href="${link}">`);
      expect(html).toContain(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;",
      );
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b>co");
    });

    it("retries later when the server refuses (5xx), and when it cannot be reached; the request never waits", async () => {
      smtp = await startSmtp({ refuse: true });
      const refused = await assignWithMail(`smtp://127.0.0.1:${smtp.port}`);
      expect(refused.response.statusCode).toBe(303);
      await refused.worker.runOnce();
      refused.mailer.close();
      const afterRefusal = await refused.job();
      expect(afterRefusal).toMatchObject({ status: "pending", attempts: 1 });
      expect(afterRefusal.lastError).toContain("550");
      expect(new Date(afterRefusal.runAt).getTime()).toBeGreaterThan(NOW.getTime());
      expect(smtp.received).toEqual([]);
      await t?.close();
      t = undefined;

      // A server that accepts connections and never greets: a request that spoke to it would
      // hang. The request answers without having connected; the message waits in the queue.
      const silent = await startSilentServer();
      const unreachable = await assignWithMail(`smtp://127.0.0.1:${silent.port}`);
      expect(unreachable.response.statusCode).toBe(303);
      expect(silent.connections).toBe(0);
      expect(await unreachable.job()).toMatchObject({ status: "pending", attempts: 0 });
      // Then nothing listens there any more.
      await silent.close();
      await unreachable.worker.runOnce();
      unreachable.mailer.close();
      const afterFailure = await unreachable.job();
      expect(afterFailure).toMatchObject({ status: "pending", attempts: 1 });
      expect(afterFailure.lastError).toMatch(/ECONNREFUSED|connect/i);
    });

    it("logs and skips the message when no SMTP server is configured, never failing", async () => {
      const logged: string[] = [];
      const run = await assignWithMail(undefined, (entry) => logged.push(entry.message));
      expect(run.response.statusCode).toBe(303);
      await run.worker.runOnce();
      expect((await run.job()).status).toBe("done");
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain("CIVITAS_SMTP_URL is not set");
      expect(logged[0]).not.toContain("\n");
    });
  });
}
