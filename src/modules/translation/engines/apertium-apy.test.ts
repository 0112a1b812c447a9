import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApertiumApyEngine } from "./apertium-apy.js";
import { EngineTimeoutError, EngineUnavailableError } from "./engine-errors.js";
import { freePort } from "../../../test-support/free-port.js";

let apy: ChildProcess;
let engine: ApertiumApyEngine;
let baseUrl: string;

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  apy = spawn("apertium-apy", ["-p", String(port), "/usr/share/apertium/modes"], {
    stdio: "ignore",
  });
  await waitFor(`${baseUrl}/listPairs`, 20_000);
  engine = new ApertiumApyEngine({ baseUrl, timeoutMs: 10_000 });
});
afterAll(async () => {
  await engine.close();
  apy.kill("SIGKILL");
});

describe("ApertiumApyEngine", () => {
  it("lists the server's direct pairs in site codes", async () => {
    const pairs = await engine.pairs();
    expect(pairs).toContainEqual({ from: "en", to: "es", mode: "eng-spa" });
    expect(pairs.some((p) => p.mode.includes("_"))).toBe(false);
  });

  it("translates, keeps codes exactly once and records unknown words", async () => {
    const outputs = await engine.translate({
      from: "en",
      to: "es",
      segments: [
        'the <g id="1">strong cities</g> have<x id="2"/> xyzzyq people.',
        "5 * 3 *bold* #tag x@y.com &lt;b&gt; &amp; [a] {c}",
        '<x id="1"/>',
      ],
    });
    expect(outputs[0]).toEqual({
      text: 'Las <g id="1">ciudades fuertes</g> haber<x id="2"/> xyzzyq personas.',
      unknownWords: ["xyzzyq"],
    });
    expect(outputs[1]?.text).toBe("5 * 3 *etiqueta* #intrépida x@y.com &lt;b&gt; &amp; [un] {c}");
    expect(outputs[2]?.text).toBe('<x id="1"/>');
  });

  it("keeps every code when Apertium drops the words inside one", async () => {
    const [output] = await engine.translate({
      from: "en",
      to: "es",
      segments: ['I do not <g id="1">know</g> <g id="2">you</g>.'],
    });
    expect(output?.text.match(/<g id="1">/g)).toHaveLength(1);
    expect(output?.text.match(/<g id="2">/g)).toHaveLength(1);
  });

  it("answers typed errors for an unreachable server and a timeout", async () => {
    const gone = new ApertiumApyEngine({ baseUrl: `http://127.0.0.1:${await freePort()}` });
    await expect(gone.pairs()).rejects.toBeInstanceOf(EngineUnavailableError);
    // A server that accepts the connection and never answers: the timeout, not the speed of APy, decides.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const address = silent.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const hurried = new ApertiumApyEngine({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 50 });
      await expect(hurried.pairs()).rejects.toBeInstanceOf(EngineTimeoutError);
    } finally {
      silent.close();
    }
  });
});

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`APy did not start at ${url}`);
}
