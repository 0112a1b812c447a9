/**
 * A loopback HTTP server for tests of remote engines that cannot run here
 * (LibreTranslate, DeepL, a chat-model server): each test's handler speaks
 * the engine's published API; the server records every request it received.
 */
import { type IncomingMessage, createServer } from "node:http";

/** A request as the stand-in received it. */
export interface StandInRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  /** The JSON body, or undefined for none / not JSON. */
  body: unknown;
}

/** What a stand-in handler answers. */
export interface StandInResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
}

/** A running stand-in. */
export interface StandIn {
  url: string;
  requests: StandInRequest[];
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 with a free port. */
export async function startStandIn(
  handle: (request: StandInRequest) => StandInResponse | Promise<StandInResponse>,
): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://stand-in");
      let body: unknown;
      try {
        body = raw === "" ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        body = undefined;
      }
      const request: StandInRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      };
      requests.push(request);
      // A handler that throws answers 500, so a test fails on its assertion rather than hanging.
      void Promise.resolve()
        .then(() => handle(request))
        .catch((error: unknown): StandInResponse => ({
          status: 500,
          body: { error: String(error) },
        }))
        .then(async (answer) => {
          if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
          if (res.destroyed) return;
          res.writeHead(answer.status ?? 200, {
            "content-type": "application/json",
            ...answer.headers,
          });
          res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A toy translation for stand-ins: text between tags goes word by word
 * through `words` (unknown words kept), tags stay where they were — enough to
 * see codes, batching and escaping survive the trip.
 */
export function translateTaggedText(
  tagged: string,
  words: Readonly<Record<string, string>>,
): string {
  return tagged.replace(
    /(<[^<>]*>)|([^<]+)/g,
    (_all, tag: string | undefined, text?: string) =>
      tag ?? (text ?? "").replace(/[\p{L}]+/gu, (word) => words[word.toLowerCase()] ?? word),
  );
}
