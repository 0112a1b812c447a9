import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, mediaDir, sqliteFile } from "./config.js";

describe("configuration", () => {
  it("puts the SQLite file inside the data directory and media beside it", () => {
    const config = loadConfig({}, { CIVITAS_DATA: "/srv/civitas" });
    expect(sqliteFile(config)).toBe(path.join("/srv/civitas", "civitas.db"));
    expect(mediaDir(config)).toBe(path.join("/srv/civitas", "media"));
    expect(config.databaseUrl).toBeUndefined();
  });

  it("prefers explicit values (CLI flags) over the environment", () => {
    const config = loadConfig(
      { dataDir: "/flag", port: 8080 },
      { CIVITAS_DATA: "/env", PORT: "9000" },
    );
    expect(config.dataDir).toBe("/flag");
    expect(config.port).toBe(8080);
    expect(config.baseUrl).toBe("http://localhost:8080");
  });

  it("selects PostgreSQL when DATABASE_URL is set", () => {
    expect(loadConfig({}, { DATABASE_URL: "postgres://u@db:5432/civitas" }).databaseUrl).toBe(
      "postgres://u@db:5432/civitas",
    );
  });

  it("lists every problem at once and is frozen", () => {
    let error: unknown;
    try {
      loadConfig({}, { PORT: "http", DATABASE_URL: "mysql://x", CIVITAS_LANGUAGES: "en,xx" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toContain("port");
    expect(problems).toContain("databaseUrl");
    expect(problems).toContain("languages");
    const config = loadConfig({}, {});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.languages)).toBe(true);
  });

  it("trusts X-Forwarded-For only from the proxies named, by address or hop count", () => {
    expect(loadConfig({}, {}).trustProxy).toBe(false);
    expect(loadConfig({}, { CIVITAS_TRUST_PROXY: "" }).trustProxy).toBe(false);
    expect(loadConfig({}, { CIVITAS_TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(
      loadConfig({}, { CIVITAS_TRUST_PROXY: "10.0.0.1, 10.1.0.0/16, ::1, loopback" }).trustProxy,
    ).toEqual(["10.0.0.1", "10.1.0.0/16", "::1", "loopback"]);
    for (const bad of ["true", "*", "10.0.0.0/33", "proxy.example", "0", "10.0.0.1/8/8"]) {
      expect(() => loadConfig({}, { CIVITAS_TRUST_PROXY: bad }), bad).toThrow(/trustProxy/);
    }
  });
});
