import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApertiumLocalEngine } from "./apertium-local.js";
import { formatStages, readModeStages } from "./apertium-mode.js";
import { keepApertiumProcessesWarm } from "./apertium-pipeline.js";
import { EngineError, EngineTimeoutError } from "./engine-errors.js";
import { planRoute, translateAlongRoute } from "./routes.js";

const MODES = "/usr/share/apertium/modes";
let engine: ApertiumLocalEngine;

beforeAll(() => {
  engine = new ApertiumLocalEngine({ timeoutMs: 10_000 });
});
afterAll(async () => {
  await engine.close();
});

describe("ApertiumLocalEngine", () => {
  it("runs the same stages as apertium -z for every mode", async () => {
    for (const file of readdirSync(MODES).filter((f) => f.endsWith(".mode"))) {
      const mode = file.slice(0, -".mode".length);
      const mine = formatStages(await readModeStages(MODES, mode));
      const real = execFileSync("apertium-wblank-mode", ["-z", join(MODES, file)], {
        encoding: "utf8",
      });
      const normalise = (s: string): string =>
        s.replace(/\$1/g, "-g").replace(/\s\$2/g, "").replace(/'/g, "").replace(/\s+/g, " ").trim();
      expect(normalise(mine), mode).toBe(normalise(real));
    }
  });

  it("lists direct pairs in site codes and skips variants", async () => {
    const pairs = await engine.pairs();
    expect(pairs).toContainEqual({ from: "en", to: "es", mode: "eng-spa" });
    expect(pairs).toContainEqual({ from: "es", to: "fr", mode: "es-fr" });
    expect(pairs.some((p) => p.mode.includes("_") || p.mode.startsWith("eco"))).toBe(false);
  });

  it("translates a direct pair like the apertium command does", async () => {
    const sentence = "The strong cities have many people.";
    const [output] = await engine.translate({ from: "en", to: "es", segments: [sentence] });
    const raw = execFileSync(
      "sh",
      ["-c", 'printf "%s\\n" "$1" | apertium eng-spa', "sh", sentence],
      {
        encoding: "utf8",
      },
    );
    expect(output?.text).toBe(raw.trim());
  });

  it("translates through a pivot and names the route", async () => {
    const pairs = await engine.pairs();
    expect(planRoute(pairs, "en", "fr")).toEqual(["en", "ca", "fr"]);
    const route = planRoute(pairs, "en", "fr", { "en>fr": ["en", "es", "fr"] });
    const result = await translateAlongRoute(engine, route ?? [], ["The house is big."]);
    expect(result.route).toBe("apertium:en>es>fr");
    expect(result.outputs[0]?.text).toBe("La maison est grande.");
  });

  it("keeps paired codes on their words through reordering", async () => {
    const [first, second] = await engine.translate({
      from: "en",
      to: "es",
      segments: [
        'the <g id="1">strong cities</g>',
        'I do not <g id="1">know</g> <g id="2">you</g>.',
      ],
    });
    expect(first?.text).toBe('Las <g id="1">ciudades fuertes</g>');
    expect(second?.text).toBe('No <g id="2">te</g> <g id="1">conozco</g>.');
  });

  it("keeps nested and standalone codes exactly once", async () => {
    const segment =
      '  Click <g id="1">here, <g id="2">now</g></g><x id="2"/> to see the <x id="term1"/> house.  ';
    const [output] = await engine.translate({ from: "en", to: "es", segments: [segment] });
    expect(output?.text).toBe(
      '  Clic <g id="1">aquí, <g id="2">ahora</g></g><x id="2"/> para ver la <x id="term1"/> casa.  ',
    );
  });

  it("records unknown words and removes their marks", async () => {
    const [output] = await engine.translate({
      from: "en",
      to: "es",
      segments: ['The xyzzyq cities have <g id="1">blorfish</g>.'],
    });
    expect(output?.unknownWords).toEqual(["xyzzyq", "blorfish"]);
    expect(output?.text).not.toMatch(/[*#@]/);
    expect(output?.text).toContain('<g id="1">blorfish</g>');
  });

  it("round-trips reserved characters literally", async () => {
    const segment = "[a] ^b$ {c} @ / \\ &lt;d&gt; &amp; 5 * 3 *bold* #tag x@y.com";
    const [output] = await engine.translate({ from: "en", to: "es", segments: [segment] });
    expect(output?.text).toBe(
      "[Un] ^b$ {c} @ / \\ &lt;d&gt; &amp; 5 * 3 *etiqueta* #intrépida x@y.com",
    );
  });

  it("returns 200 outputs in order for 200 segments", async () => {
    const segments = Array.from({ length: 200 }, (_, i) => `I have ${i} dogs.`);
    const outputs = await engine.translate({ from: "en", to: "es", segments });
    expect(outputs).toHaveLength(200);
    outputs.forEach((output, i) => expect(output.text).toBe(`Tengo ${i} perros.`));
  });

  it("serves parallel calls on one pipeline", async () => {
    const calls = Array.from({ length: 8 }, (_, i) =>
      engine.translate({ from: "en", to: "es", segments: [`I have ${i} cats.`, "The house."] }),
    );
    const results = await Promise.all(calls);
    results.forEach((outputs, i) => {
      expect(outputs.map((o) => o.text)).toEqual([`Tengo ${i} gatos.`, "La casa."]);
    });
  });

  it("replaces a pipeline whose stage is killed mid-batch and retries", async () => {
    await engine.translate({ from: "en", to: "es", segments: ["Warm up."] });
    const pids = engine.stagePids("en", "es");
    const segments = Array.from({ length: 100 }, (_, i) => `The city number ${i} is big.`);
    const pending = engine.translate({ from: "en", to: "es", segments });
    process.kill(pids[4] ?? 0, "SIGKILL");
    const outputs = await pending;
    expect(outputs).toHaveLength(100);
    expect(outputs[99]?.text).toBe("El número de ciudad 99 es grande.");
    expect(engine.stagePids("en", "es")).not.toEqual(pids);
  });
});

describe("ApertiumLocalEngine's pipelines, shared by the engines of a process", () => {
  const isAlive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const untilGone = async (pids: number[]) => {
    for (const deadline = Date.now() + 10_000; pids.some(isAlive) && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 20));
  };
  // A modes directory of their own (the English-Spanish mode), so that no other engine of this
  // worker shares their pipelines; the test workers keep pipelines warm (worker-setup.ts), and
  // these tests say what servers and commands do.
  const modesDir = mkdtempSync(join(tmpdir(), "civitas-shared-modes-"));
  beforeAll(() => {
    symlinkSync(join(MODES, "eng-spa.mode"), join(modesDir, "eng-spa.mode"));
    keepApertiumProcessesWarm(false);
  });
  afterAll(() => {
    keepApertiumProcessesWarm();
    rmSync(modesDir, { recursive: true, force: true });
  });

  it("gives two engines one pipeline per pair, stopped with the last engine that used it", async () => {
    const first = new ApertiumLocalEngine({ modesDir });
    const second = new ApertiumLocalEngine({ modesDir });
    const request = { from: "en", to: "es", segments: ["The house."] };
    await first.translate(request);
    const pids = first.stagePids("en", "es");
    expect(pids.length).toBeGreaterThan(5);
    expect((await second.translate(request)).map((o) => o.text)).toEqual(["La casa."]);
    expect(second.stagePids("en", "es")).toEqual(pids);
    await first.close();
    expect(pids.every(isAlive)).toBe(true);
    expect((await second.translate(request)).map((o) => o.text)).toEqual(["La casa."]);
    await second.close();
    await untilGone(pids);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it("kept warm, a pipeline outlives its last engine and serves the next", async () => {
    keepApertiumProcessesWarm();
    const request = { from: "en", to: "es", segments: ["The city."] };
    const first = new ApertiumLocalEngine({ modesDir });
    await first.translate(request);
    const pids = first.stagePids("en", "es");
    await first.close();
    const next = new ApertiumLocalEngine({ modesDir });
    expect((await next.translate(request)).map((o) => o.text)).toEqual(["La ciudad."]);
    expect(next.stagePids("en", "es")).toEqual(pids);
    keepApertiumProcessesWarm(false);
    await next.close();
    await untilGone(pids);
    expect(pids.filter(isAlive)).toEqual([]);
  });
});

describe("ApertiumLocalEngine with a hanging pipeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "civitas-modes-"));
  let hanging: ApertiumLocalEngine;

  beforeAll(() => {
    const flag = join(dir, "hung-once");
    // Hangs (reads, never answers) the first time it starts, echoes afterwards.
    writeFileSync(
      join(dir, "once.sh"),
      `#!/bin/sh\nif [ -e '${flag}' ]; then exec cat; fi\ntouch '${flag}'\nexec cat > /dev/null\n`,
    );
    writeFileSync(join(dir, "never.sh"), "#!/bin/sh\nexec sleep 1000\n");
    chmodSync(join(dir, "once.sh"), 0o755);
    chmodSync(join(dir, "never.sh"), 0o755);
    writeFileSync(join(dir, "eng-spa.mode"), `'${join(dir, "once.sh")}'\n`);
    writeFileSync(join(dir, "eng-fra.mode"), `'${join(dir, "never.sh")}'\n`);
    hanging = new ApertiumLocalEngine({ modesDir: dir, timeoutMs: 300 });
  });
  afterAll(async () => {
    await hanging.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("times out, replaces the pipeline and succeeds on the retry", async () => {
    const outputs = await hanging.translate({
      from: "en",
      to: "es",
      segments: ['Hello <g id="1">you</g>'],
    });
    expect(outputs[0]?.text).toBe('Hello <g id="1">you</g>');
  });

  it("fails with a timeout when the retry hangs too", async () => {
    const error: unknown = await hanging
      .translate({ from: "en", to: "fr", segments: ["Hello"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineTimeoutError);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe("engine_timeout");
  });
});
