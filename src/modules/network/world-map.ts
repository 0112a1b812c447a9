import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** The map's drawing size in SVG user units. */
export const MAP_SIZE = { width: 960, height: 470 } as const;

/** The shapes of the world, projected once per process: the globe's outline and the land. */
export interface WorldShapes {
  /**
   * The globe and the land as one SVG file, and its address (named by its
   * hash, so browsers keep it for good): the same on every page of the
   * directory in every language, so pages link it rather than carry it
   * (38 KB of a 80 KB page).
   */
  image: { svg: string; path: string };
  project(longitude: number, latitude: number): [number, number] | undefined;
}

let shapes: WorldShapes | undefined;

/**
 * Projects Natural Earth's 1:110m land (the world-atlas package) with the
 * Equal Earth projection; read from node_modules, so the map needs no network.
 */
export function worldShapes(): WorldShapes {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    fs.readFileSync(require.resolve("world-atlas/land-110m.json"), "utf8"),
  ) as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land);
  const projection: GeoProjection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_SIZE.width - 4, MAP_SIZE.height - 4],
    ],
    { type: "Sphere" },
  );
  // Whole units are a fraction of a pixel at this size, and halve the page's weight.
  const path = geoPath(projection).digits(0);
  const sphere = path({ type: "Sphere" }) ?? "";
  const landPath = path(land) ?? "";
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}" ` +
    `width="${MAP_SIZE.width}" height="${MAP_SIZE.height}">` +
    `<path d="${sphere}" fill="#eaf2f8" stroke="#b8c7d6" stroke-width="1"/>` +
    `<path d="${landPath}" fill="#d4dccd" stroke="#aab5a3" stroke-width="0.5"/></svg>`;
  const hash = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  shapes = {
    image: { svg, path: `/network/maps/world-${hash}.svg` },
    project(longitude, latitude) {
      const point = projection([longitude, latitude]);
      return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : undefined;
    },
  };
  return shapes;
}
