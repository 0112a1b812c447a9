import sharp from "sharp";

/** Describes one illustration of the demo content; `key` and `title` seed its variations. */
export interface DemoImageSpec {
  key: string;
  title: string;
  subtitle?: string;
  palette: "sky" | "sunset" | "forest" | "harbour" | "night" | "stone";
  motif: "skyline" | "assembly" | "map" | "document" | "podium" | "bridge";
}

/** The hero illustrations used by the demo content, one per article or page key. */
export const DEMO_IMAGE_SPECS: readonly DemoImageSpec[] = [
  { key: "september-update", title: "September update", palette: "sunset", motif: "skyline" },
  { key: "steering-committee", title: "Steering committee", palette: "stone", motif: "assembly" },
  { key: "unga-side-event", title: "UNGA side event", palette: "night", motif: "assembly" },
  { key: "ten-actions", title: "Ten actions for cities", palette: "forest", motif: "document" },
  { key: "fact-sheet", title: "Fact sheet", palette: "stone", motif: "document" },
  { key: "mayors-summit", title: "Global Mayors Summit", palette: "sky", motif: "podium" },
  { key: "youth-forum", title: "Youth forum", palette: "sunset", motif: "podium" },
  { key: "regional-hub-africa", title: "Regional hub: Africa", palette: "sunset", motif: "map" },
  { key: "regional-hub-europe", title: "Regional hub: Europe", palette: "sky", motif: "map" },
  { key: "regional-hub-mena", title: "Regional hub: MENA", palette: "stone", motif: "map" },
  { key: "regional-hub-asia", title: "Regional hub: Asia-Pacific", palette: "night", motif: "map" },
  {
    key: "regional-hub-americas",
    title: "Regional hub: Americas",
    palette: "forest",
    motif: "map",
  },
  { key: "prevention-toolkit", title: "Prevention toolkit", palette: "harbour", motif: "document" },
  { key: "annual-report", title: "Annual report", palette: "sky", motif: "document" },
  { key: "city-exchange", title: "City-to-city exchange", palette: "harbour", motif: "bridge" },
  { key: "webinar", title: "Webinar series", palette: "night", motif: "skyline" },
  { key: "network-launch", title: "Network launch", palette: "sunset", motif: "bridge" },
  { key: "local-partnerships", title: "Local partnerships", palette: "forest", motif: "skyline" },
  { key: "mayors-statement", title: "Mayors' statement", palette: "harbour", motif: "podium" },
];

const W = 1600;
const H = 900;

interface Palette {
  skyTop: string;
  skyMid: string;
  skyBottom: string;
  sun: string;
  far: string;
  mid: string;
  near: string;
  window: string;
  water: string;
  accent: string;
  accent2: string;
  night: boolean;
}

const PALETTES: Record<DemoImageSpec["palette"], Palette> = {
  sky: {
    skyTop: "#2b74c7",
    skyMid: "#79b4e6",
    skyBottom: "#e3f1fb",
    sun: "#fff7dc",
    far: "#a8c3dd",
    mid: "#6b8db3",
    near: "#2b4669",
    window: "#ffe6a0",
    water: "#3a78b3",
    accent: "#f2b134",
    accent2: "#e4572e",
    night: false,
  },
  sunset: {
    skyTop: "#2a1b4d",
    skyMid: "#b4496a",
    skyBottom: "#ffb86c",
    sun: "#ffe4a8",
    far: "#a0587a",
    mid: "#623159",
    near: "#2a1535",
    window: "#ffcf73",
    water: "#6a3358",
    accent: "#ffb25e",
    accent2: "#f2645a",
    night: false,
  },
  forest: {
    skyTop: "#1d4a3d",
    skyMid: "#5e987a",
    skyBottom: "#dcedd2",
    sun: "#fff4c8",
    far: "#86b595",
    mid: "#3d785c",
    near: "#173a2e",
    window: "#ffe49a",
    water: "#2e6a5c",
    accent: "#f0c75e",
    accent2: "#e07a5f",
    night: false,
  },
  harbour: {
    skyTop: "#0e3956",
    skyMid: "#3c8db3",
    skyBottom: "#d0eaf3",
    sun: "#fff1d0",
    far: "#86b5ca",
    mid: "#2d6d8d",
    near: "#102f46",
    window: "#ffe0a0",
    water: "#1d5c7e",
    accent: "#f4a259",
    accent2: "#e76f51",
    night: false,
  },
  night: {
    skyTop: "#060a1d",
    skyMid: "#17214b",
    skyBottom: "#3d3f7d",
    sun: "#f3efdc",
    far: "#2a3163",
    mid: "#181d43",
    near: "#0a0d25",
    window: "#ffd166",
    water: "#111939",
    accent: "#ffd166",
    accent2: "#6ec1e4",
    night: true,
  },
  stone: {
    skyTop: "#474c56",
    skyMid: "#8e929b",
    skyBottom: "#e8e4dc",
    sun: "#fffaf0",
    far: "#b6b2a9",
    mid: "#7e7b74",
    near: "#3a3835",
    window: "#f6e1ae",
    water: "#6c7680",
    accent: "#caa264",
    accent2: "#a3523e",
    night: false,
  },
};

/** FNV-1a: tiny, stable across platforms, and good enough to seed a decorative generator. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32, so every variation derives from the seed and the output never depends on Math.random. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return Math.floor(this.range(min, max + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick() from an empty list");
    return item;
  }
}

/** Rounds coordinates so the SVG stays small and identical across runs. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function rgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function mix(a: string, b: string, t: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  return `#${ca
    .map((c, i) => Math.round(c + ((cb[i] ?? c) - c) * t))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")}`;
}

function linear(
  id: string,
  stops: readonly (readonly [number, string, number?])[],
  vertical = true,
): string {
  const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  return `<linearGradient id="${id}" ${dir}>${stops
    .map(
      ([o, c, a]) =>
        `<stop offset="${o}" stop-color="${c}"${a === undefined ? "" : ` stop-opacity="${a}"`}/>`,
    )
    .join("")}</linearGradient>`;
}

function radial(id: string, stops: readonly (readonly [number, string, number?])[]): string {
  return `<radialGradient id="${id}">${stops
    .map(
      ([o, c, a]) =>
        `<stop offset="${o}" stop-color="${c}"${a === undefined ? "" : ` stop-opacity="${a}"`}/>`,
    )
    .join("")}</radialGradient>`;
}

function skyBackdrop(p: Palette, rng: Rng, horizon: number, sunY: number): string {
  const sunX = rng.range(260, 1340);
  const defs =
    linear("sky", [
      [0, p.skyTop],
      [0.55, p.skyMid],
      [1, p.skyBottom],
    ]) +
    radial("sunGlow", [
      [0, p.sun, 0.9],
      [0.25, p.sun, 0.45],
      [1, p.sun, 0],
    ]);
  let out = `<defs>${defs}</defs><rect width="${W}" height="${horizon + 2}" fill="url(#sky)"/>`;
  if (p.night) {
    for (let i = 0; i < 160; i++) {
      const y = rng.range(0, horizon * 0.75);
      out += `<circle cx="${n(rng.range(0, W))}" cy="${n(y)}" r="${n(rng.range(0.6, 1.9))}" fill="#fff" opacity="${n(rng.range(0.25, 0.9) * (1 - y / horizon))}"/>`;
    }
  }
  out += `<circle cx="${n(sunX)}" cy="${n(sunY)}" r="300" fill="url(#sunGlow)"/>`;
  out += `<circle cx="${n(sunX)}" cy="${n(sunY)}" r="${p.night ? 38 : 58}" fill="${p.sun}"/>`;
  if (!p.night) out += clouds(p, rng, horizon);
  return out;
}

function clouds(p: Palette, rng: Rng, horizon: number): string {
  let out = `<defs><filter id="soft" x="-20%" y="-50%" width="140%" height="200%"><feGaussianBlur stdDeviation="7"/></filter></defs><g filter="url(#soft)">`;
  const count = rng.int(3, 5);
  for (let c = 0; c < count; c++) {
    const cx = rng.range(80, W - 80);
    const cy = rng.range(80, horizon * 0.5);
    const scale = rng.range(0.7, 1.4);
    const colour = mix(p.skyBottom, "#ffffff", 0.5);
    for (let i = 0; i < 6; i++) {
      out += `<ellipse cx="${n(cx + rng.range(-90, 90) * scale)}" cy="${n(cy + rng.range(-12, 12) * scale)}" rx="${n(rng.range(50, 110) * scale)}" ry="${n(rng.range(16, 30) * scale)}" fill="${colour}" opacity="${n(rng.range(0.25, 0.45))}"/>`;
    }
  }
  return `${out}</g>`;
}

interface BuildingLayer {
  colour: string;
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
  /** Share of windows lit, or 0 for a layer too distant to show any. */
  lit: number;
}

function buildings(p: Palette, rng: Rng, base: number, layer: BuildingLayer): string {
  let shapes = "";
  let windows = "";
  const windowColour = p.night ? p.window : mix(p.skyBottom, p.window, 0.35);
  const darkWindow = mix(layer.colour, p.skyMid, 0.18);
  for (let x = -rng.range(0, 60); x < W + 20;) {
    const w = rng.range(layer.minWidth, layer.maxWidth);
    // A cosine swell makes a taller "downtown" in the middle, like a real skyline.
    const centre = 0.55 + 0.45 * Math.cos(((x + w / 2) / W - 0.5) * Math.PI * 1.6);
    const h = rng.range(layer.minHeight, layer.maxHeight) * (0.6 + 0.4 * centre);
    const top = base - h;
    shapes += `<rect x="${n(x)}" y="${n(top)}" width="${n(w + 1)}" height="${n(h + 2)}"/>`;
    const roof = rng.next();
    if (roof < 0.18) {
      const inset = w * rng.range(0.15, 0.3);
      const step = rng.range(18, 50);
      shapes += `<rect x="${n(x + inset)}" y="${n(top - step)}" width="${n(w - inset * 2)}" height="${n(step + 1)}"/>`;
      shapes += `<rect x="${n(x + w / 2 - 1.5)}" y="${n(top - step - rng.range(20, 60))}" width="3" height="${n(step + 60)}"/>`;
    } else if (roof < 0.3) {
      shapes += `<path d="M${n(x)} ${n(top + 1)} L${n(x + w / 2)} ${n(top - w * 0.45)} L${n(x + w)} ${n(top + 1)}Z"/>`;
    } else if (roof < 0.38 && w > 70) {
      shapes += `<path d="M${n(x + w * 0.15)} ${n(top + 1)} A${n(w * 0.35)} ${n(w * 0.35)} 0 0 1 ${n(x + w * 0.85)} ${n(top + 1)}Z"/>`;
    } else if (roof < 0.5) {
      shapes += `<rect x="${n(x + w * 0.2)}" y="${n(top - 14)}" width="${n(w * 0.25)}" height="15"/>`;
    }
    if (layer.lit > 0) {
      const cols = Math.floor((w - 14) / 15);
      const rows = Math.floor((h - 24) / 21);
      const offset = (w - cols * 15) / 2;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const lit = rng.chance(layer.lit);
          if (!lit && !rng.chance(0.5)) continue;
          windows += `<rect x="${n(x + offset + c * 15 + 3)}" y="${n(top + 14 + r * 21)}" width="8" height="11" fill="${lit ? windowColour : darkWindow}" opacity="${lit ? n(rng.range(0.6, 1)) : "0.6"}"/>`;
        }
      }
    }
    x += w + (rng.chance(0.25) ? rng.range(4, 20) : 0);
  }
  return `<g fill="${layer.colour}">${shapes}</g><g>${windows}</g>`;
}

function waterWithShimmer(p: Palette, rng: Rng, top: number, sunHint: number): string {
  let out = `<defs>${linear("water", [
    [0, mix(p.water, p.skyBottom, 0.35)],
    [1, mix(p.water, p.near, 0.55)],
  ])}</defs><rect y="${top}" width="${W}" height="${H - top}" fill="url(#water)"/>`;
  for (let i = 0; i < 90; i++) {
    const y = top + 8 + Math.pow(rng.next(), 1.6) * (H - top);
    const spread = 120 + (y - top) * 1.2;
    const x = sunHint + rng.range(-spread, spread);
    out += `<rect x="${n(x)}" y="${n(y)}" width="${n(rng.range(20, 90))}" height="${n(rng.range(1.5, 3.5))}" rx="1.5" fill="${p.sun}" opacity="${n(rng.range(0.12, 0.4))}"/>`;
  }
  return out;
}

function skylineScene(p: Palette, rng: Rng): string {
  const horizon = 640;
  const sky = skyBackdrop(p, rng, horizon, rng.range(200, 320));
  const far = buildings(p, rng, horizon, {
    colour: mix(p.far, p.skyBottom, 0.15),
    minWidth: 40,
    maxWidth: 100,
    minHeight: 160,
    maxHeight: 330,
    lit: 0,
  });
  const mid = buildings(p, rng, horizon, {
    colour: p.mid,
    minWidth: 55,
    maxWidth: 120,
    minHeight: 120,
    maxHeight: 280,
    lit: p.night ? 0.25 : 0.06,
  });
  const near = buildings(p, rng, horizon + 4, {
    colour: p.near,
    minWidth: 70,
    maxWidth: 160,
    minHeight: 70,
    maxHeight: 230,
    lit: p.night ? 0.5 : 0.12,
  });
  const reflection = `<defs><clipPath id="below"><rect y="${horizon + 4}" width="${W}" height="${H - horizon}"/></clipPath></defs>
    <g clip-path="url(#below)" opacity="0.28"><g transform="translate(0 ${2 * horizon + 8}) scale(1 -1)">${mid}${near}</g></g>`;
  return `${sky}<g opacity="0.8">${far}</g>${mid}${waterWithShimmer(p, rng, horizon, W / 2)}${reflection}${near}
    <rect y="${horizon + 2}" width="${W}" height="6" fill="${p.near}"/>`;
}

/** A globe emblem built from ellipses: reads as "international" without any text or real flag. */
function globe(cx: number, cy: number, r: number, colour: string, width: number): string {
  return `<g fill="none" stroke="${colour}" stroke-width="${width}">
    <circle cx="${cx}" cy="${cy}" r="${r}"/>
    <ellipse cx="${cx}" cy="${cy}" rx="${n(r * 0.45)}" ry="${r}"/>
    <ellipse cx="${cx}" cy="${cy}" rx="${n(r * 0.82)}" ry="${r}"/>
    <line x1="${cx}" y1="${cy - r}" x2="${cx}" y2="${cy + r}"/>
    <line x1="${cx - r}" y1="${cy}" x2="${cx + r}" y2="${cy}"/>
    <path d="M${n(cx - r * 0.87)} ${n(cy - r * 0.5)}Q${cx} ${n(cy - r * 0.62)} ${n(cx + r * 0.87)} ${n(cy - r * 0.5)}M${n(cx - r * 0.87)} ${n(cy + r * 0.5)}Q${cx} ${n(cy + r * 0.38)} ${n(cx + r * 0.87)} ${n(cy + r * 0.5)}"/>
  </g>`;
}

function person(x: number, y: number, size: number, rng: Rng, p: Palette): string {
  const tone = rng.pick(["#2b1d16", "#4a3426", "#6b4a35", "#8d6a4f", "#c49a7a", "#3a2a22"]);
  const clothes = rng.pick([
    p.near,
    mix(p.near, p.accent2, 0.35),
    mix(p.near, p.skyMid, 0.35),
    "#2d2d35",
    "#4a4f5c",
  ]);
  return `<path d="M${n(x - size * 0.62)} ${n(y + size * 0.9)}Q${n(x - size * 0.6)} ${n(y + size * 0.05)} ${n(x)} ${n(y + size * 0.05)}Q${n(x + size * 0.6)} ${n(y + size * 0.05)} ${n(x + size * 0.62)} ${n(y + size * 0.9)}Z" fill="${clothes}"/><circle cx="${n(x)}" cy="${n(y - size * 0.3)}" r="${n(size * 0.3)}" fill="${tone}"/>`;
}

function assemblyScene(p: Palette, rng: Rng): string {
  const cx = 800;
  const stageY = 455;
  const wallTop = mix(p.near, p.mid, 0.55);
  const defs =
    linear("wall", [
      [0, mix(wallTop, "#000000", 0.25)],
      [1, mix(p.near, "#000000", 0.1)],
    ]) +
    linear("panel", [
      [0, mix(p.mid, p.skyMid, 0.35)],
      [1, mix(p.mid, p.near, 0.4)],
    ]) +
    radial("spot", [
      [0, p.sun, 0.55],
      [0.5, p.sun, 0.12],
      [1, p.sun, 0],
    ]) +
    linear("beam", [
      [0, p.sun, 0.22],
      [1, p.sun, 0],
    ]) +
    linear("floor", [
      [0, mix(p.accent2, p.near, 0.55)],
      [1, mix(p.accent2, p.near, 0.8)],
    ]);
  let out = `<defs>${defs}</defs><rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  for (let x = 20; x < W; x += 44) {
    out += `<rect x="${x}" y="0" width="3" height="${stageY}" fill="${p.sun}" opacity="0.05"/>`;
  }
  out += `<rect x="430" y="70" width="740" height="330" rx="16" fill="url(#panel)"/>`;
  out += `<ellipse cx="${cx}" cy="220" rx="330" ry="210" fill="url(#spot)"/>`;
  out += globe(cx, 220, 92, p.accent, 5);
  const laurel = rng.int(22, 30);
  for (let i = 0; i < laurel; i++) {
    const a = Math.PI * (0.62 + (1.76 * i) / (laurel - 1));
    out += `<circle cx="${n(cx + Math.cos(a) * 122)}" cy="${n(220 + Math.sin(a) * 122)}" r="${n(4 + (i % 2))}" fill="${p.accent}" opacity="0.85"/>`;
  }
  for (let i = 0; i < 7; i++) {
    const x = 130 + i * 223;
    out += `<circle cx="${x}" cy="18" r="6" fill="${p.sun}"/><path d="M${x - 8} 18L${n(x - 120 + rng.range(-30, 30))} ${stageY + 40}L${n(x + 120 + rng.range(-30, 30))} ${stageY + 40}L${x + 8} 18Z" fill="url(#beam)" opacity="0.55"/>`;
  }
  out += `<path d="M250 ${stageY - 30}L1350 ${stageY - 30}L1470 ${stageY + 50}Q${cx} ${stageY + 95} 130 ${stageY + 50}Z" fill="${mix(p.accent2, p.near, 0.45)}"/>`;
  out += `<rect x="520" y="${stageY - 62}" width="560" height="34" rx="4" fill="${mix(p.near, p.accent, 0.2)}"/>`;
  for (let i = 0; i < 7; i++) {
    if (i === 3) continue;
    out += person(560 + i * 80, stageY - 80, 30, rng, p);
  }
  out += `<rect x="520" y="${stageY - 62}" width="560" height="10" rx="3" fill="${mix(p.near, p.sun, 0.25)}"/>`;
  out += `<path d="M762 ${stageY - 66}L838 ${stageY - 66}L828 ${stageY + 20}L772 ${stageY + 20}Z" fill="${mix(p.near, p.accent, 0.35)}"/>`;
  out += `<circle cx="${cx}" cy="${stageY - 30}" r="14" fill="none" stroke="${p.accent}" stroke-width="3"/>`;
  out += person(cx, stageY - 92, 34, rng, p);
  out += `<rect x="760" y="${stageY - 72}" width="80" height="10" rx="3" fill="${mix(p.near, p.accent, 0.5)}"/>`;
  // Seats sit on ellipses around the stage; rows grow with distance to fake perspective.
  const seat = mix(p.accent2, p.near, 0.35);
  const desk = mix(p.accent, p.near, 0.55);
  for (let row = 0; row < 11; row++) {
    const ry = 95 + row * 46;
    const rx = ry * 2.35;
    const size = 13 + row * 3.2;
    const aisle = [0.27, 0.5, 0.73];
    const steps = Math.floor((Math.PI * rx) / (size * 1.55));
    let seats = "";
    let deskPath = "";
    let people = "";
    for (let s = 0; s <= steps; s++) {
      const t = 0.06 + (0.88 * s) / steps;
      if (aisle.some((a) => Math.abs(t - a) < 0.018)) continue;
      const angle = Math.PI * (1 - t);
      const x = cx + Math.cos(angle) * rx;
      const y = stageY + 40 + Math.sin(angle) * ry;
      if (x < -40 || x > W + 40 || y > H + 40) continue;
      seats += `<rect x="${n(x - size * 0.45)}" y="${n(y - size * 0.2)}" width="${n(size * 0.9)}" height="${n(size * 0.8)}" rx="${n(size * 0.2)}"/>`;
      deskPath += `<rect x="${n(x - size * 0.8)}" y="${n(y + size * 0.55)}" width="${n(size * 1.6)}" height="${n(size * 0.28)}"/>`;
      if (rng.chance(0.62)) people += person(x, y - size * 0.1, size * 0.78, rng, p);
    }
    out += `<g fill="${mix(seat, "#000000", 0.15)}">${seats}</g>${people}<g fill="${desk}">${deskPath}</g>`;
  }
  return out;
}

type Region = "africa" | "europe" | "mena" | "asia" | "americas";

/** Rough coastlines as [longitude, latitude] rings, only precise enough for a 3-degree dot grid. */
// prettier-ignore
const LAND: readonly (readonly (readonly [number, number])[])[] = [
  // North and Central America
  [[-168, 65.5], [-163, 69.5], [-156, 71.3], [-141, 69.7], [-130, 70], [-117, 69], [-108, 68.5], [-97, 68], [-94, 71], [-85, 69.5], [-82, 66.5], [-86, 64], [-93, 61], [-94, 58.8], [-90, 57], [-82.5, 55], [-82, 52.5], [-79, 51.5], [-78.5, 55], [-77, 60], [-78, 62.5], [-73, 62], [-69, 59], [-64.5, 60.3], [-61, 56], [-56, 52], [-59.5, 47.5], [-64, 48.5], [-64, 45], [-66, 44.5], [-70, 43.5], [-70.5, 41.7], [-74, 40.5], [-76, 38], [-75.5, 35.5], [-78, 33.8], [-81, 31.5], [-80.2, 27], [-80.4, 25.2], [-82, 26.5], [-82.7, 28], [-84, 30], [-88, 30.4], [-90, 29.2], [-94, 29.6], [-97.3, 27.5], [-97.5, 24], [-97.8, 21.5], [-96, 19], [-94.5, 18.2], [-91, 18.6], [-90.5, 21], [-87, 21.5], [-88, 16], [-84, 15.8], [-83.3, 12], [-83.7, 10.8], [-81.5, 9], [-79.5, 9.6], [-77.4, 8.6], [-77.8, 7.2], [-80, 7.5], [-80.5, 8.2], [-82.8, 8.3], [-85.7, 10], [-85.8, 11.3], [-87.6, 13], [-91.4, 13.9], [-94, 16], [-96.6, 15.7], [-101, 17.5], [-105.5, 20.5], [-105.3, 23], [-109.4, 25.8], [-112.2, 29], [-114.8, 31.8], [-113.5, 29.5], [-111, 25.5], [-109.5, 23], [-112, 25], [-114.5, 28], [-115.8, 30.4], [-117.1, 32.5], [-118.5, 34], [-120.6, 34.6], [-122.5, 37.5], [-124, 40.5], [-124.5, 43], [-124, 46.3], [-124.7, 48.4], [-127, 50.5], [-130, 54.5], [-133.5, 57.5], [-137.5, 58.8], [-141, 60], [-146, 61], [-150, 59.5], [-154, 58], [-158, 56.7], [-162, 55], [-164.8, 54.4], [-161, 58], [-162, 60], [-165.5, 61.5], [-165, 63.5], [-161, 64.4], [-166, 64.7]],
  // Arctic Canada
  [[-90, 72.5], [-80, 73.7], [-71, 71], [-62, 66.8], [-65, 62.5], [-72, 63.5], [-78, 64.5], [-73, 67.5], [-82, 69.7], [-88, 70.5]],
  [[-124, 74], [-115, 76.5], [-100, 78], [-90, 79], [-78, 78.5], [-80, 76.3], [-90, 75.5], [-100, 73], [-105, 69.5], [-115, 68.5], [-118, 70], [-125, 71.5]],
  // Greenland, Iceland
  [[-73, 78], [-60, 79.5], [-30, 79.5], [-20, 79], [-18, 77], [-21, 72], [-22, 70], [-27, 68.3], [-34, 66], [-40, 65], [-43, 60], [-48, 61], [-51, 64], [-54, 67], [-55, 71], [-58, 75.5], [-66, 76.5]],
  [[-24, 65.5], [-22, 66.4], [-16, 66.5], [-13.5, 65.2], [-18, 63.4], [-22.5, 63.8]],
  // Caribbean
  [[-85, 21.9], [-82.5, 23.1], [-80, 23.1], [-77.2, 21.6], [-74.2, 20.2], [-77.2, 19.9], [-78.6, 21.5], [-81.8, 22.2]],
  [[-74.4, 18.5], [-72.8, 19.9], [-69.9, 19.6], [-68.4, 18.6], [-71.4, 17.6], [-72.8, 18.1]],
  // South America
  [[-75.5, 10.8], [-72, 12], [-71.3, 11], [-68, 10.5], [-64, 10.7], [-61, 10.3], [-59.5, 8.3], [-57, 6], [-52, 4.8], [-51, 3.5], [-50, 1.8], [-49, -0.5], [-44, -2.5], [-40, -2.9], [-37, -4.8], [-35.2, -5.5], [-34.8, -7.5], [-35.3, -9.5], [-37.5, -12.5], [-39, -15], [-39.2, -17.8], [-40.8, -21.5], [-42, -23], [-44.6, -23.4], [-48, -25.5], [-48.6, -28.5], [-50.5, -31], [-53, -33.8], [-55, -34.9], [-57.5, -35.4], [-57, -37], [-57.6, -38.3], [-62, -39], [-62.3, -40.6], [-65, -41], [-64.3, -42.4], [-65.2, -45], [-67.5, -46.5], [-65.8, -47.8], [-68.3, -50.2], [-69, -52], [-68.5, -54.5], [-66.5, -55], [-70, -55.2], [-74, -52.5], [-75.5, -48.5], [-74, -44], [-73.5, -40], [-73.5, -37], [-71.5, -32.5], [-71.4, -29], [-70.5, -25], [-70.2, -20.5], [-71.4, -17.8], [-75, -15.3], [-76.3, -13.5], [-77.7, -11], [-79.5, -7.5], [-81.2, -5.5], [-80.3, -3.4], [-80.9, -1], [-80, 1], [-78.8, 1.8], [-77.5, 3.5], [-77.4, 6.5], [-77.4, 8.6], [-76, 9.4]],
  // Eurasia
  [[-9.3, 43.1], [-8.9, 42], [-8.8, 40], [-9.5, 38.7], [-8.8, 37], [-7.4, 37.2], [-6, 36.2], [-5.3, 36.1], [-4.4, 36.7], [-2, 36.8], [-0.5, 38.5], [0.9, 41], [3.2, 42], [3.1, 43.2], [4.8, 43.4], [6.5, 43.1], [7.6, 43.8], [8.8, 44.4], [10.2, 43.9], [11, 42.5], [12.5, 41.3], [14, 40.8], [15.6, 40], [15.7, 38], [16.1, 38], [16.6, 38.9], [17.2, 39.4], [18.5, 40.1], [17, 41], [16, 41.9], [14.2, 42.4], [13.6, 43.5], [12.3, 44.5], [12.4, 45.4], [13.7, 45.6], [14.5, 45.2], [15.2, 44.2], [16, 43.5], [17.5, 43], [19.4, 42], [19.5, 41], [19.3, 40.2], [20.2, 39.5], [21.1, 38.3], [21.7, 36.8], [22.9, 36.4], [23.2, 38.2], [24, 38], [22.8, 40.5], [24, 40.8], [26, 40.8], [26.3, 39.2], [27.1, 38], [27.5, 36.7], [29.5, 36.2], [32.5, 36.1], [34.7, 36.8], [36, 36.2], [35.8, 35], [35, 33.1], [34.5, 31.6], [34.2, 31.3], [32.3, 31.2], [32.6, 29.9], [34.2, 27.8], [34.9, 29.5], [36.5, 26], [38.5, 23.5], [39.2, 21.5], [40.8, 19], [42.7, 16.4], [43.2, 13.3], [45, 12.8], [48.7, 14], [52.2, 15.6], [55.4, 17.8], [56.8, 18.9], [57.8, 20.4], [59.8, 22.5], [58.7, 23.6], [56.4, 26.4], [55.5, 25.5], [54, 24.1], [51.6, 24.3], [51.3, 26.1], [50.8, 24.8], [50, 26.5], [48.5, 28.4], [47.9, 30], [48.9, 30.4], [50.3, 30.2], [51.5, 27.9], [54.5, 26.6], [56.3, 27.2], [57.4, 25.8], [61.6, 25.2], [66.5, 25.4], [67.5, 24], [68.7, 23.3], [70.3, 20.9], [72.9, 19], [73.4, 16], [74.6, 13], [75.8, 11], [76.6, 8.9], [77.5, 8.1], [78.2, 8.9], [79.2, 10.3], [79.9, 12], [80.3, 15.5], [82.2, 16.6], [84.8, 19.3], [86.9, 21], [88.5, 21.8], [90.5, 22.5], [91.8, 22.4], [92.3, 20.7], [94.3, 18.2], [94.5, 16], [95.5, 15.8], [97.6, 16.5], [97.8, 14], [98.6, 10], [98.3, 8], [100.4, 5], [101.3, 2.9], [103.5, 1.3], [104.2, 1.4], [103.4, 4.2], [102.2, 6.2], [100.4, 7.4], [99.2, 9.2], [99.9, 12.5], [100.9, 13.4], [102.6, 12.2], [104.8, 10.3], [104.8, 8.6], [106.8, 10.4], [109.2, 11.7], [109.3, 13.4], [108.6, 15.5], [106.6, 17.5], [105.7, 19], [106.7, 20.7], [108, 21.5], [110.3, 20.5], [111.6, 21.6], [113.5, 22.2], [116.5, 22.9], [119.5, 25.5], [120.8, 27.9], [122, 30], [121.2, 31], [121.9, 31.8], [120.5, 33.5], [119.2, 35], [120.7, 36.3], [122.5, 36.9], [121.3, 37.7], [118.9, 37.4], [118, 38.5], [117.7, 39], [119.3, 39.9], [121.6, 40.9], [122.3, 40.5], [121.2, 39], [124.3, 39.9], [125.3, 37.7], [126.6, 37.7], [126.4, 34.6], [127.5, 34.6], [129.3, 35.3], [129.5, 36.8], [128.4, 38.6], [127.5, 39.8], [129.7, 41], [130.8, 42.3], [133, 42.8], [135.5, 43.9], [138.2, 46.5], [140.5, 50.5], [140.6, 53], [137, 54], [135.2, 54.7], [137.7, 56.4], [141.5, 59], [145.5, 59.4], [151, 59], [155, 59.3], [156.8, 61.6], [160, 61.8], [163.5, 61], [156.4, 57.8], [155.6, 55], [156.7, 51], [158.3, 52.9], [160, 54], [162.5, 56.3], [163.4, 58.5], [170.4, 60], [176, 62.3], [179.9, 62.5], [179.9, 68.9], [175, 69.8], [170, 70], [160.5, 69.6], [152, 70.9], [143, 72.7], [139.5, 72.4], [132, 71.5], [127, 73.5], [113, 73.7], [110, 76.5], [104, 77.7], [99, 76], [89, 75.5], [80.5, 73.6], [72.5, 72.9], [69, 72.9], [67.5, 68.5], [60, 68.9], [54, 68.5], [44, 68.4], [41, 66.6], [35, 66.9], [38, 68], [33, 69.4], [28.5, 70.9], [25, 71.1], [19, 70], [15, 68.6], [12.5, 66], [10.5, 64.3], [5.2, 62], [5, 59.5], [6, 58.1], [7.5, 58], [10.5, 59.3], [11.2, 58.4], [12.3, 56.6], [12.8, 55.5], [14.2, 55.4], [16, 56.1], [16.5, 58.4], [19, 59.7], [17.4, 60.7], [17.5, 62.3], [21.5, 64.5], [24, 65.8], [25.3, 65], [21.5, 62.8], [21.3, 61], [22.9, 59.9], [27, 60.4], [29.9, 60], [28, 59.5], [23.5, 59.2], [23.5, 58.3], [24.4, 57.3], [21.6, 57.4], [21, 56.1], [21.1, 55.2], [19.6, 54.4], [18.5, 54.7], [16, 54.3], [14.2, 53.9], [12, 54.2], [10.9, 54], [10.6, 57.7], [8.6, 57.1], [8.1, 55.5], [8.8, 54], [7, 53.5], [4.8, 53], [4.1, 51.9], [3.2, 51.3], [1.6, 51], [1.6, 50.2], [0.2, 49.6], [-1.3, 49.6], [-1.9, 48.7], [-4.7, 48.5], [-4.3, 47.8], [-2.4, 47.2], [-1.2, 46.1], [-1.4, 44.5], [-1.8, 43.4], [-4.5, 43.4], [-8, 43.7]],
  // Britain, Ireland
  [[-5.7, 50], [-3.5, 50.3], [1.3, 51.2], [1.7, 52.7], [0.3, 53.4], [-0.5, 54.5], [-1.6, 55.6], [-2.1, 57.1], [-1.8, 57.6], [-4, 57.6], [-3, 58.6], [-5, 58.6], [-5.8, 57.4], [-5.6, 56], [-4.9, 55], [-3.2, 54.9], [-3.4, 54.2], [-3, 53.4], [-4.6, 53.3], [-4.1, 52.3], [-5.3, 51.8], [-3.2, 51.4], [-4.2, 51.2]],
  [[-6, 52.2], [-6.2, 53.9], [-5.5, 55.2], [-7.2, 55.3], [-8.5, 55], [-10, 54.2], [-9.6, 53.2], [-10.3, 51.9], [-9.6, 51.5], [-7.7, 51.9]],
  // Africa, Madagascar
  [[-5.9, 35.8], [-2.2, 35.1], [1, 36.5], [3.5, 36.8], [8.6, 36.9], [10.3, 37.3], [11.1, 36.8], [10.3, 35.5], [11.1, 35.2], [10.1, 34.2], [11.5, 33.1], [15.2, 32.3], [15.7, 31.4], [18.9, 30.3], [20.1, 31], [20, 32.2], [21.9, 32.9], [25, 32], [29, 30.9], [31, 31.6], [32.3, 31.2], [32.6, 29.9], [33.6, 27.5], [35.6, 23.9], [37.3, 21.1], [38.6, 18], [39.7, 15.5], [41.7, 13.6], [43.3, 12.5], [43.3, 11.6], [44.5, 10.4], [47, 11.1], [51.2, 11.9], [51, 10.4], [50.8, 9.3], [49.5, 6.8], [47.9, 4.4], [46, 2.2], [43.5, -0.8], [41.6, -1.8], [40.1, -3.2], [39.2, -5], [38.8, -6.5], [39.5, -8.5], [40.4, -10.5], [40.6, -14.5], [39.5, -16.8], [36.7, -18.8], [35.4, -21.4], [35.5, -24.1], [32.8, -25.8], [32.6, -28.5], [31.3, -29.4], [30, -31.3], [27.5, -33.3], [25.6, -34], [22.5, -33.9], [20, -34.8], [18.4, -34.2], [18.2, -32.5], [17.2, -29], [15.3, -27.3], [14.5, -22.9], [13.3, -20.9], [11.8, -17.3], [11.8, -15.8], [12.5, -13.5], [13.7, -10.7], [13, -8.5], [12.2, -6], [12, -5], [9.3, -2], [9.5, 1], [9.7, 3.4], [8.5, 4.5], [6.9, 4.4], [5.1, 5.8], [4.4, 6.4], [1.9, 6.2], [-1.9, 4.8], [-4, 5.2], [-7.5, 4.4], [-9.2, 5.3], [-11.4, 6.9], [-13.2, 8.5], [-13.7, 9.5], [-15.2, 11], [-16.7, 12.4], [-17.5, 14.7], [-16.5, 16.1], [-16.5, 19.6], [-17, 21], [-15.9, 23.7], [-14.5, 26.1], [-13.1, 27.7], [-11.5, 28.2], [-9.8, 29.7], [-9.7, 31.7], [-8.5, 33.3], [-6.8, 34]],
  [[49.3, -12], [50.4, -15.4], [50, -17], [49.4, -18.3], [48.5, -21.5], [47.1, -24.9], [45.2, -25.5], [43.7, -23.5], [43.3, -21.6], [44.4, -19.9], [44, -17.2], [44.4, -16.2], [46.5, -15.6], [48, -13.6]],
  // Asia-Pacific islands
  [[130.2, 31.3], [131.3, 31.4], [131.9, 33], [134.6, 33.8], [135.2, 33.6], [136.8, 34.3], [137.4, 34.6], [139, 34.6], [140, 35.1], [140.9, 36], [141, 38.3], [141.9, 39.5], [141.5, 41.4], [140.3, 41.2], [140, 40], [139.8, 38.8], [138.5, 37.8], [136.8, 37.3], [136.2, 36], [133, 35.5], [131.5, 34.5], [130.9, 34], [129.8, 33.3], [130, 32]],
  [[140, 41.5], [141.2, 41.8], [143.2, 41.9], [145.5, 43.3], [144.3, 44.1], [141.9, 45.5], [141.6, 44.5], [141.4, 43.2], [140.3, 43.3]],
  [[120.1, 23], [121, 25.2], [122, 25], [121.4, 22.8], [120.8, 21.9]],
  [[79.9, 9.8], [81.3, 8.5], [81.9, 7.3], [81.1, 6.1], [80.1, 6]],
  [[119.8, 16.2], [120.6, 18.5], [122.2, 18.5], [122.2, 16.5], [121.6, 15.8], [121.7, 14.2], [124, 13], [123.3, 13.3], [122.5, 13.9], [120.6, 14.4], [120.2, 15.3]],
  [[122, 7], [123.6, 8], [124.8, 8.9], [125.5, 9.8], [126.6, 7.3], [126.2, 6.3], [125.4, 5.6], [124, 6.6], [123.4, 7.7]],
  [[95.3, 5.6], [97.5, 5.2], [100.4, 2.2], [103.6, -0.9], [106, -3.2], [105.8, -5.8], [104.5, -5.9], [102.3, -4], [100.4, -1.2], [98.7, 1.7], [96.8, 3.7]],
  [[105.2, -6.8], [106.1, -6], [108.3, -6.3], [110.4, -6.9], [112.6, -6.9], [114.4, -7.7], [114.5, -8.7], [111, -8.2], [108.7, -7.7], [106.5, -7.4]],
  [[109, 1.5], [109.6, 2], [111.2, 2.7], [113.5, 3.9], [115.5, 5.4], [117, 7], [117.7, 5.9], [119, 5.1], [117.9, 4.1], [117.5, 1.2], [118.8, 1], [116.5, -1.5], [116.2, -3.9], [114.6, -4.1], [113, -3.2], [110.2, -3], [110, -1.8], [109, -0.5]],
  [[118.8, -2.6], [119.5, 0], [120.2, 0.8], [123.5, 1], [125, 1.5], [121.3, -0.8], [123.2, -0.9], [121.5, -1.9], [122.3, -4.5], [121, -4.6], [120.4, -5.6], [119.4, -5.5]],
  [[131, -1.3], [134, -0.9], [135.3, -3.3], [138, -1.6], [141, -2.6], [145, -4.3], [146, -5.6], [147.5, -6.2], [147.2, -7.5], [150, -10.3], [147.5, -10.2], [146, -8.2], [144.2, -7.6], [143.3, -9.2], [141, -9.1], [139.2, -8.1], [138.3, -8.4], [137.5, -6.2], [135, -4.4], [133.2, -4], [132.5, -2.9], [131, -2]],
  // Australia, Tasmania, New Zealand
  [[113.5, -22], [114, -26.3], [115, -30], [115, -33.7], [117.5, -35], [121.4, -33.8], [124, -33], [126, -32.3], [131, -31.5], [134, -32.7], [135.8, -34.8], [137.6, -33], [138, -35.5], [140, -37.7], [143.5, -38.8], [146.4, -39], [148, -37.8], [150, -37.2], [151.3, -33.8], [153.1, -30.5], [153.2, -27], [152.8, -25.4], [150.8, -22.6], [149.4, -21.2], [146, -18.3], [145.4, -15], [143.6, -14], [142.5, -10.8], [141.7, -13], [141.7, -15], [140.9, -17.4], [139.3, -17.4], [137, -15.8], [135.8, -14.2], [136.8, -12.2], [135, -12.2], [132.6, -11.4], [131, -12.2], [129.5, -14.9], [127.5, -14], [125.5, -14.5], [124.3, -16.3], [122.2, -18], [121, -19.6], [117, -20.7], [114.6, -21.8]],
  [[144.6, -40.7], [148.3, -40.9], [148, -43.2], [146.8, -43.6], [145.2, -42.3]],
  [[172.7, -34.4], [174.6, -36.3], [175.9, -37.5], [178.5, -37.7], [177.9, -39.2], [176.9, -39.7], [175.2, -41.6], [174.6, -41.2], [175, -39.9], [173.8, -39.2], [174.6, -37.2]],
  [[172.7, -40.5], [174.3, -41.7], [173, -43.8], [171.2, -44.5], [170.6, -45.9], [169, -46.7], [166.5, -46], [168.3, -44], [170.7, -42.9], [172.1, -41]],
];

/** Inland seas that the Eurasia ring would otherwise fill. */
// prettier-ignore
const SEAS: readonly (readonly (readonly [number, number])[])[] = [
  [[27.5, 42.5], [28.6, 44.2], [30.7, 46.5], [33.5, 46], [32.5, 45.3], [33.5, 44.5], [36.5, 45.2], [38.2, 47], [39.5, 47.1], [38, 45], [41.5, 41.6], [36, 41.7], [31, 41.1], [29, 41.2]],
  [[47, 44.8], [49, 46.5], [51.5, 47], [53.3, 45.5], [51.3, 44.5], [52.8, 41.8], [54, 40.8], [53.9, 37.3], [51, 36.7], [49, 37.6], [48.9, 38.5], [49.5, 40.2], [47.5, 41.5], [47.3, 43]],
];

const CITIES: readonly { lon: number; lat: number; region: Region }[] = [
  { lon: -73.6, lat: 45.5, region: "americas" },
  { lon: -99.1, lat: 19.4, region: "americas" },
  { lon: -74.1, lat: 4.7, region: "americas" },
  { lon: -77, lat: -12, region: "americas" },
  { lon: -46.6, lat: -23.5, region: "americas" },
  { lon: -58.4, lat: -34.6, region: "americas" },
  { lon: -118.2, lat: 34, region: "americas" },
  { lon: -79.4, lat: 43.7, region: "americas" },
  { lon: -76.8, lat: 18, region: "americas" },
  { lon: 10.7, lat: 59.9, region: "europe" },
  { lon: -0.1, lat: 51.5, region: "europe" },
  { lon: 2.35, lat: 48.9, region: "europe" },
  { lon: 13.4, lat: 52.5, region: "europe" },
  { lon: -9.1, lat: 38.7, region: "europe" },
  { lon: 16.4, lat: 48.2, region: "europe" },
  { lon: 21, lat: 52.2, region: "europe" },
  { lon: 23.7, lat: 38, region: "europe" },
  { lon: 18, lat: 59.3, region: "europe" },
  { lon: 35.9, lat: 31.9, region: "mena" },
  { lon: 35.5, lat: 33.9, region: "mena" },
  { lon: 10.2, lat: 36.8, region: "mena" },
  { lon: -7.6, lat: 33.6, region: "mena" },
  { lon: 31.2, lat: 30, region: "mena" },
  { lon: 44.4, lat: 33.3, region: "mena" },
  { lon: 46.7, lat: 24.7, region: "mena" },
  { lon: 58.4, lat: 23.6, region: "mena" },
  { lon: 36.8, lat: -1.3, region: "africa" },
  { lon: 3.4, lat: 6.5, region: "africa" },
  { lon: -0.2, lat: 5.6, region: "africa" },
  { lon: -17.4, lat: 14.7, region: "africa" },
  { lon: 32.6, lat: 0.3, region: "africa" },
  { lon: 28, lat: -26.2, region: "africa" },
  { lon: 18.4, lat: -33.9, region: "africa" },
  { lon: 38.7, lat: 9, region: "africa" },
  { lon: 15.3, lat: -4.3, region: "africa" },
  { lon: 90.4, lat: 23.8, region: "asia" },
  { lon: 106.8, lat: -6.2, region: "asia" },
  { lon: 121, lat: 14.6, region: "asia" },
  { lon: 139.7, lat: 35.7, region: "asia" },
  { lon: 77.2, lat: 28.6, region: "asia" },
  { lon: 72.9, lat: 19, region: "asia" },
  { lon: 151.2, lat: -33.9, region: "asia" },
  { lon: 79.9, lat: 6.9, region: "asia" },
  { lon: 101.7, lat: 3.1, region: "asia" },
  { lon: 127, lat: 37.6, region: "asia" },
  { lon: 76.9, lat: 43.2, region: "asia" },
];

function regionOf(lon: number, lat: number): Region {
  // Greenland reaches east of Iceland's longitude, so it is told apart by latitude too.
  if (lon < -25 || (lon < -18 && lat > 67)) return "americas";
  if (lat > 35.5 && lon < (lat > 48 ? 58 : 42)) return "europe";
  if (lat >= 15 && lat < 40 && lon > -20 && lon < 63) return "mena";
  if (lat < 15 && lon < 52 && !(lon > 42.5 && lat > 12)) return "africa";
  if (lat < 15 && lon < 60) return "mena";
  return "asia";
}

function inside(lon: number, lat: number, ring: readonly (readonly [number, number])[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const MAP_TOP_LAT = 78;
const MAP_BOTTOM_LAT = -56;
const mercator = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const MAP_SCALE = W / (2 * Math.PI);
const MAP_OFFSET = (H - MAP_SCALE * (mercator(MAP_TOP_LAT) - mercator(MAP_BOTTOM_LAT))) / 2;

function project(lon: number, lat: number): [number, number] {
  return [
    ((lon + 180) / 360) * W,
    MAP_OFFSET + MAP_SCALE * (mercator(MAP_TOP_LAT) - mercator(lat)),
  ];
}

function unproject(x: number, y: number): [number, number] {
  const m = mercator(MAP_TOP_LAT) - (y - MAP_OFFSET) / MAP_SCALE;
  return [(x / W) * 360 - 180, ((2 * Math.atan(Math.exp(m)) - Math.PI / 2) * 180) / Math.PI];
}

function mapScene(p: Palette, rng: Rng, key: string): string {
  const focus = (["africa", "europe", "mena", "asia", "americas"] as const).find((r) =>
    key.includes(r),
  );
  const deep = mix(p.near, "#000000", 0.25);
  const defs =
    `<radialGradient id="ocean" cx="0.5" cy="0.45" r="0.75">` +
    `<stop offset="0" stop-color="${mix(p.mid, p.near, 0.35)}"/><stop offset="1" stop-color="${deep}"/></radialGradient>` +
    radial("pin", [
      [0, p.accent, 0.75],
      [1, p.accent, 0],
    ]) +
    linear(
      "arc",
      [
        [0, p.accent, 0.15],
        [0.5, p.accent, 0.95],
        [1, p.accent2, 0.2],
      ],
      false,
    );
  let out = `<defs>${defs}</defs><rect width="${W}" height="${H}" fill="url(#ocean)"/>`;
  let grid = "";
  for (let lon = -180; lon <= 180; lon += 30) {
    const [x] = project(lon, 0);
    grid += `<line x1="${n(x)}" y1="0" x2="${n(x)}" y2="${H}"/>`;
  }
  for (const lat of [-40, -20, 0, 20, 40, 60]) {
    const [, y] = project(0, lat);
    grid += `<line x1="0" y1="${n(y)}" x2="${W}" y2="${n(y)}"/>`;
  }
  out += `<g stroke="${p.skyBottom}" stroke-opacity="0.06" stroke-width="1">${grid}</g>`;

  const dim = mix(p.skyBottom, p.mid, focus ? 0.55 : 0.3);
  const bright = mix(p.accent, p.skyBottom, 0.25);
  let dots = "";
  let lit = "";
  const step = 12;
  for (let y = step / 2; y < H; y += step) {
    for (let x = step / 2; x < W; x += step) {
      const [lon, lat] = unproject(x, y);
      if (lat > MAP_TOP_LAT || lat < MAP_BOTTOM_LAT) continue;
      if (
        !LAND.some((ring) => inside(lon, lat, ring)) ||
        SEAS.some((ring) => inside(lon, lat, ring))
      )
        continue;
      // Wobbling the coordinates turns straight region cut-offs into border-like edges.
      const wobbleLon = lon + 3.5 * Math.sin(lat / 4.3) + 1.5 * Math.sin(lat / 1.6);
      const wobbleLat = lat + 2.5 * Math.sin(lon / 3.7) + 1.2 * Math.sin(lon / 1.4);
      if (focus && regionOf(wobbleLon, wobbleLat) === focus) {
        lit += `<circle cx="${x}" cy="${y}" r="${n(rng.range(3.2, 4.2))}"/>`;
      } else {
        dots += `<circle cx="${x}" cy="${y}" r="3.4"/>`;
      }
    }
  }
  out += `<g fill="${dim}" opacity="${focus ? 0.45 : 0.6}">${dots}</g><g fill="${bright}" opacity="0.85">${lit}</g>`;

  const pool = focus ? CITIES.filter((c) => c.region === focus) : CITIES;
  const others = CITIES.filter((c) => !pool.includes(c));
  const chosen = rng.shuffle(pool).slice(0, focus ? 6 : 10);
  if (focus) chosen.push(...rng.shuffle(others).slice(0, 3));
  const points = chosen.map((c) => project(c.lon, c.lat));
  let arcs = "";
  const link = (a: [number, number], b: [number, number]) => {
    const [x1, y1] = a;
    const [x2, y2] = b;
    // Bend each link sideways by a share of its length, always bowing upwards like a flight path.
    const dx = x2 - x1;
    const dy = y2 - y1;
    const flip = dx > 0 || (dx === 0 && dy > 0) ? 1 : -1;
    const qx = (x1 + x2) / 2 + dy * 0.22 * flip;
    const qy = (y1 + y2) / 2 - Math.abs(dx) * 0.22 - Math.abs(dy) * 0.05;
    arcs += `<path d="M${n(x1)} ${n(y1)}Q${n(qx)} ${n(qy)} ${n(x2)} ${n(y2)}"/>`;
  };
  const hub = points[0];
  points.forEach((pt, i) => {
    if (i === 0 || hub === undefined) return;
    // In a regional view every city links to the hub; the global view reads better as a chain.
    const previous = focus ? hub : points[i - 1];
    if (previous) link(previous, pt);
  });
  if (!focus) {
    for (let i = 0; i < 4; i++) {
      const a = rng.pick(points);
      const b = rng.pick(points);
      if (a !== b) link(a, b);
    }
  }
  out += `<g fill="none" stroke="${p.accent}" stroke-width="2.2" stroke-linecap="round" opacity="0.75">${arcs}</g>`;
  points.forEach(([x, y], i) => {
    const big = i === 0 ? 1.5 : 1;
    out += `<circle cx="${n(x)}" cy="${n(y)}" r="${n(30 * big)}" fill="url(#pin)"/>
      <circle cx="${n(x)}" cy="${n(y)}" r="${n(13 * big)}" fill="none" stroke="${p.accent}" stroke-width="1.5" opacity="0.7"/>
      <circle cx="${n(x)}" cy="${n(y)}" r="${n(5.5 * big)}" fill="${p.accent}"/>
      <circle cx="${n(x)}" cy="${n(y)}" r="${n(2.2 * big)}" fill="#ffffff"/>`;
  });
  return out;
}

function textLines(
  x: number,
  y: number,
  width: number,
  count: number,
  gap: number,
  colour: string,
  rng: Rng,
): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const w = width * (last ? rng.range(0.35, 0.7) : rng.range(0.86, 1));
    out += `<rect x="${n(x)}" y="${n(y + i * gap)}" width="${n(w)}" height="7" rx="3.5" fill="${colour}"/>`;
  }
  return out;
}

function page(p: Palette, rng: Rng, variant: "chart" | "list"): string {
  const ink = mix(p.near, "#000000", 0.2);
  const faint = mix("#ffffff", p.near, 0.18);
  const pw = 600;
  const ph = 848;
  let out = `<rect width="${pw}" height="${ph}" rx="6" fill="#fbfaf6"/>`;
  out += `<rect width="${pw}" height="150" rx="6" fill="${p.mid}"/><rect y="144" width="${pw}" height="6" fill="${p.accent}"/>`;
  out += globe(530, 75, 38, mix(p.mid, "#ffffff", 0.55), 3);
  out += `<rect x="44" y="48" width="300" height="20" rx="10" fill="#ffffff" opacity="0.95"/><rect x="44" y="84" width="200" height="12" rx="6" fill="#ffffff" opacity="0.6"/>`;
  out += textLines(44, 186, 512, 4, 22, faint, rng);
  if (variant === "chart") {
    const baseY = 520;
    out += `<line x1="60" y1="${baseY}" x2="330" y2="${baseY}" stroke="${faint}" stroke-width="3"/>`;
    for (let i = 0; i < 6; i++) {
      const h = rng.range(50, 190);
      out += `<rect x="${72 + i * 43}" y="${n(baseY - h)}" width="28" height="${n(h)}" rx="4" fill="${i % 2 === 0 ? p.mid : p.accent}"/>`;
    }
    const share = rng.range(0.45, 0.75);
    const c = 2 * Math.PI * 70;
    out += `<circle cx="460" cy="${baseY - 95}" r="70" fill="none" stroke="${faint}" stroke-width="30"/>`;
    out += `<circle cx="460" cy="${baseY - 95}" r="70" fill="none" stroke="${p.accent2}" stroke-width="30" stroke-dasharray="${n(c * share)} ${n(c)}" transform="rotate(-90 460 ${baseY - 95})"/>`;
    out += textLines(44, 570, 512, 3, 22, faint, rng);
    for (let i = 0; i < 3; i++) {
      const x = 44 + i * 178;
      out += `<rect x="${x}" y="660" width="158" height="130" rx="10" fill="${mix("#ffffff", p.accent, 0.14)}"/>`;
      out += `<rect x="${x + 18}" y="684" width="${n(rng.range(60, 100))}" height="22" rx="6" fill="${p.mid}"/>`;
      out += textLines(x + 18, 724, 120, 3, 18, faint, rng);
    }
  } else {
    for (let i = 0; i < 10; i++) {
      const y = 300 + i * 52;
      out += `<circle cx="62" cy="${y}" r="15" fill="${i % 3 === 0 ? p.accent2 : p.mid}"/>`;
      out += `<path d="M55 ${y}l5 5l9 -10" fill="none" stroke="#ffffff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`;
      out += `<rect x="92" y="${y - 12}" width="${n(rng.range(220, 440))}" height="9" rx="4.5" fill="${ink}" opacity="0.75"/>`;
      out += `<rect x="92" y="${y + 5}" width="${n(rng.range(160, 380))}" height="7" rx="3.5" fill="${faint}"/>`;
    }
  }
  return out;
}

function documentScene(p: Palette, rng: Rng): string {
  const desk = mix(p.accent, p.near, 0.55);
  const defs =
    linear("desk", [
      [0, mix(desk, "#ffffff", 0.12)],
      [1, mix(desk, "#000000", 0.25)],
    ]) +
    radial("lamp", [
      [0, "#ffffff", 0.22],
      [1, "#ffffff", 0],
    ]) +
    `<filter id="shadow" x="-10%" y="-10%" width="130%" height="130%"><feGaussianBlur stdDeviation="14"/></filter>`;
  let out = `<defs>${defs}</defs><rect width="${W}" height="${H}" fill="url(#desk)"/>`;
  for (let y = 0; y < H; y += rng.int(40, 70)) {
    out += `<rect y="${y}" width="${W}" height="${n(rng.range(1, 3))}" fill="#000000" opacity="${n(rng.range(0.03, 0.07))}"/>`;
  }
  out += `<ellipse cx="${n(rng.range(500, 1100))}" cy="300" rx="900" ry="600" fill="url(#lamp)"/>`;
  const first = rng.chance(0.5) ? "chart" : "list";
  const second = first === "chart" ? "list" : "chart";
  const back = `<g transform="translate(860 70) rotate(${n(rng.range(5, 9))})">`;
  const front = `<g transform="translate(420 40) rotate(${n(rng.range(-6, -2))})">`;
  const shadow = `<rect x="14" y="22" width="600" height="848" rx="8" fill="#000000" opacity="0.45" filter="url(#shadow)"/>`;
  out += `${back}${shadow}${page(p, rng, second)}</g>`;
  out += `${front}${shadow}${page(p, rng, first)}</g>`;
  // A pen and a cup give scale and make the flat pages read as a desk scene.
  out += `<g transform="translate(${n(rng.range(1180, 1260))} ${n(rng.range(560, 640))}) rotate(${n(rng.range(-40, -25))})">
    <rect x="4" y="10" width="330" height="18" rx="9" fill="#000000" opacity="0.25" filter="url(#shadow)"/>
    <rect width="300" height="18" rx="9" fill="${p.near}"/><rect x="210" width="16" height="18" fill="${p.accent}"/>
    <path d="M300 1L338 9L300 17Z" fill="${mix(p.accent, "#ffffff", 0.3)}"/><rect x="30" y="-4" width="120" height="6" rx="3" fill="${mix(p.near, "#ffffff", 0.35)}"/></g>`;
  const cupX = rng.range(150, 260);
  const cupY = rng.range(620, 720);
  out += `<circle cx="${n(cupX + 10)}" cy="${n(cupY + 14)}" r="96" fill="#000000" opacity="0.35" filter="url(#shadow)"/>
    <circle cx="${n(cupX)}" cy="${n(cupY)}" r="92" fill="${mix("#ffffff", p.skyMid, 0.15)}"/>
    <circle cx="${n(cupX)}" cy="${n(cupY)}" r="58" fill="#f4f2ec"/><circle cx="${n(cupX)}" cy="${n(cupY)}" r="44" fill="#5a3a22"/>
    <circle cx="${n(cupX - 10)}" cy="${n(cupY - 12)}" r="12" fill="#8a6040" opacity="0.6"/>
    <rect x="${n(cupX + 56)}" y="${n(cupY - 12)}" width="62" height="24" rx="12" fill="${mix("#ffffff", p.skyMid, 0.15)}"/>`;
  out += `<g transform="translate(${n(rng.range(60, 140))} ${n(rng.range(60, 160))}) rotate(${n(rng.range(-12, 12))})">
    <rect x="10" y="16" width="300" height="420" rx="22" fill="#000000" opacity="0.35" filter="url(#shadow)"/>
    <rect width="300" height="420" rx="22" fill="#1c1f26"/><rect x="14" y="14" width="272" height="392" rx="12" fill="${p.skyMid}"/>
    <rect x="14" y="14" width="272" height="120" rx="12" fill="${p.mid}"/>${globe(150, 74, 34, mix(p.mid, "#ffffff", 0.6), 3)}
    ${textLines(34, 160, 232, 6, 24, mix(p.skyMid, "#ffffff", 0.55), rng)}
    <rect x="34" y="330" width="120" height="36" rx="18" fill="${p.accent}"/></g>`;
  return out;
}

const FLAG_COLOURS = [
  "#c8102e",
  "#f4f4f4",
  "#0b3d91",
  "#009246",
  "#ffc72c",
  "#1b1b1b",
  "#ef7d00",
  "#00a3e0",
  "#7a1f3d",
];

function flag(id: string, x: number, y: number, w: number, h: number, rng: Rng): string {
  const [a, b, c] = rng.shuffle(FLAG_COLOURS);
  const design = rng.int(0, 5);
  const amp = rng.range(6, 12);
  const shape = `M${n(x)} ${n(y)}C${n(x + w * 0.33)} ${n(y - amp)} ${n(x + w * 0.66)} ${n(y + amp)} ${n(x + w)} ${n(y)}L${n(x + w)} ${n(y + h)}C${n(x + w * 0.66)} ${n(y + h + amp)} ${n(x + w * 0.33)} ${n(y + h - amp)} ${n(x)} ${n(y + h)}Z`;
  const top = y - amp;
  const full = h + 2 * amp;
  let fill: string;
  switch (design) {
    case 0:
      fill = `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(full)}" fill="${a}"/><rect x="${n(x)}" y="${n(y + h / 3)}" width="${n(w)}" height="${n(h / 3)}" fill="${b}"/><rect x="${n(x)}" y="${n(y + (2 * h) / 3)}" width="${n(w)}" height="${n(h / 3 + amp)}" fill="${c}"/>`;
      break;
    case 1:
      fill = `<rect x="${n(x)}" y="${n(top)}" width="${n(w / 3 + 1)}" height="${n(full)}" fill="${a}"/><rect x="${n(x + w / 3)}" y="${n(top)}" width="${n(w / 3 + 1)}" height="${n(full)}" fill="${b}"/><rect x="${n(x + (2 * w) / 3)}" y="${n(top)}" width="${n(w / 3)}" height="${n(full)}" fill="${c}"/>`;
      break;
    case 2:
      fill = `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(full)}" fill="${a}"/><circle cx="${n(x + w * 0.45)}" cy="${n(y + h / 2)}" r="${n(h * 0.24)}" fill="${b}"/>`;
      break;
    case 3:
      fill = `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(full)}" fill="${a}"/><rect x="${n(x + w * 0.3)}" y="${n(top)}" width="${n(w * 0.13)}" height="${n(full)}" fill="${b}"/><rect x="${n(x)}" y="${n(y + h * 0.43)}" width="${n(w)}" height="${n(h * 0.14)}" fill="${b}"/>`;
      break;
    case 4:
      fill = `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(full)}" fill="${a}"/><path d="M${n(x)} ${n(y + h)}L${n(x + w)} ${n(top)}L${n(x + w)} ${n(top + full * 0.35)}L${n(x + w * 0.3)} ${n(y + h + amp)}Z" fill="${b}"/><path d="M${n(x)} ${n(y + h + amp)}L${n(x)} ${n(y + h * 0.7)}L${n(x + w * 0.25)} ${n(y + h + amp)}Z" fill="${c}"/>`;
      break;
    default:
      fill = `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(full)}" fill="${a}"/><rect x="${n(x)}" y="${n(y + h / 2)}" width="${n(w)}" height="${n(h / 2 + amp)}" fill="${b}"/><path d="M${n(x)} ${n(top)}L${n(x + w * 0.4)} ${n(y + h / 2)}L${n(x)} ${n(y + h + amp)}Z" fill="${c}"/>`;
  }
  // Alternating light and dark bands along the wave suggest folds in the cloth.
  return `<defs><clipPath id="${id}"><path d="${shape}"/></clipPath></defs><g clip-path="url(#${id})">${fill}<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(full)}" fill="url(#folds)"/></g>`;
}

function podiumScene(p: Palette, rng: Rng): string {
  const floorY = 700;
  const defs =
    linear("backdrop", [
      [0, mix(p.skyTop, "#000000", 0.35)],
      [1, mix(p.mid, p.near, 0.5)],
    ]) +
    linear("screen", [
      [0, p.skyMid],
      [1, p.skyTop],
    ]) +
    linear("stage", [
      [0, mix(p.near, p.accent, 0.15)],
      [1, mix(p.near, "#000000", 0.4)],
    ]) +
    linear("beam", [
      [0, p.sun, 0.3],
      [1, p.sun, 0],
    ]) +
    linear(
      "wood",
      [
        [0, mix(p.near, p.accent, 0.35)],
        [0.5, mix(p.near, p.accent, 0.5)],
        [1, mix(p.near, p.accent, 0.25)],
      ],
      false,
    ) +
    linear(
      "pole",
      [
        [0, "#8c8c8c"],
        [0.5, "#f0f0f0"],
        [1, "#7a7a7a"],
      ],
      false,
    ) +
    linear(
      "folds",
      [
        [0, "#000000", 0.22],
        [0.2, "#ffffff", 0.18],
        [0.45, "#000000", 0.16],
        [0.7, "#ffffff", 0.2],
        [1, "#000000", 0.2],
      ],
      false,
    ) +
    radial("halo", [
      [0, p.sun, 0.35],
      [1, p.sun, 0],
    ]);
  let out = `<defs>${defs}</defs><rect width="${W}" height="${H}" fill="url(#backdrop)"/>`;
  out += `<rect x="300" y="70" width="1000" height="520" rx="14" fill="url(#screen)" opacity="0.9"/>`;
  // A constellation of linked nodes on the screen stands for the network itself.
  const nodes = Array.from(
    { length: 26 },
    () => [rng.range(340, 1260), rng.range(110, 550)] as const,
  );
  let lines = "";
  nodes.forEach(([x1, y1], i) => {
    nodes.slice(i + 1).forEach(([x2, y2]) => {
      if (Math.hypot(x2 - x1, y2 - y1) < 210)
        lines += `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`;
    });
  });
  out += `<g stroke="${p.skyBottom}" stroke-width="1.5" opacity="0.35">${lines}</g>`;
  out += nodes
    .map(
      ([x, y], i) =>
        `<circle cx="${n(x)}" cy="${n(y)}" r="${i % 5 === 0 ? 7 : 4}" fill="${i % 5 === 0 ? p.accent : p.skyBottom}" opacity="0.85"/>`,
    )
    .join("");
  out += `<ellipse cx="800" cy="330" rx="380" ry="260" fill="url(#halo)"/>`;
  out += globe(800, 320, 120, mix(p.skyBottom, "#ffffff", 0.4), 5);
  out += `<rect y="${floorY}" width="${W}" height="${H - floorY}" fill="url(#stage)"/>`;
  out += `<rect y="${floorY - 4}" width="${W}" height="8" fill="${mix(p.near, p.accent, 0.4)}"/>`;
  const positions = [70, 190, 310, 1170, 1290, 1410];
  positions.forEach((px, i) => {
    const top = 150 + rng.range(-8, 8);
    out += `<ellipse cx="${px}" cy="${floorY + 4}" rx="34" ry="8" fill="#000000" opacity="0.35"/>`;
    out += `<rect x="${px - 4}" y="${n(top)}" width="8" height="${n(floorY - top)}" fill="url(#pole)"/><circle cx="${px}" cy="${n(top - 6)}" r="9" fill="${p.accent}"/>`;
    out += flag(`flag${i}`, px + 4, top + 8, 112, 76, rng);
  });
  for (const bx of [260, 620, 980, 1340]) {
    out += `<path d="M${bx - 10} 0L${bx + 10} 0L${n(bx + 150 + rng.range(-40, 40))} ${floorY}L${n(bx - 150 + rng.range(-40, 40))} ${floorY}Z" fill="url(#beam)" opacity="0.5"/>`;
  }
  out += `<ellipse cx="800" cy="${floorY + 50}" rx="260" ry="26" fill="#000000" opacity="0.4"/>`;
  out += person(800, 418, 112, rng, p);
  out += `<path d="M640 520L960 520L930 ${floorY + 48}L670 ${floorY + 48}Z" fill="url(#wood)"/>`;
  out += `<rect x="620" y="505" width="360" height="26" rx="6" fill="${mix(p.near, p.accent, 0.6)}"/>`;
  out += `<circle cx="800" cy="610" r="56" fill="${mix(p.near, p.accent, 0.2)}" stroke="${p.accent}" stroke-width="4"/>`;
  out += globe(800, 610, 40, p.accent, 3);
  out += `<path d="M776 506Q770 470 790 448" fill="none" stroke="#222" stroke-width="4"/><ellipse cx="792" cy="444" rx="7" ry="10" fill="#333"/>`;
  out += `<path d="M824 506Q830 470 810 448" fill="none" stroke="#222" stroke-width="4"/><ellipse cx="808" cy="444" rx="7" ry="10" fill="#333"/>`;
  return out;
}

function bridgeScene(p: Palette, rng: Rng): string {
  const water = 660;
  const deck = 585;
  const towers = [470, 1130];
  const towerTop = 215;
  const sag = 520;
  const [t1 = 470, t2 = 1130] = towers;
  const sky = skyBackdrop(p, rng, water, rng.range(360, 470));
  const cityColour = mix(p.far, p.skyBottom, 0.3);
  // The far shore is solid so that gaps between distant buildings do not shine through under the deck.
  const shore = `<rect y="${deck}" width="${W}" height="${water - deck + 2}" fill="${cityColour}"/>`;
  const city = buildings(p, rng, water, {
    colour: cityColour,
    minWidth: 30,
    maxWidth: 80,
    minHeight: 40,
    maxHeight: 150,
    lit: 0,
  });
  const mainY = (x: number): number =>
    sag + (towerTop - sag) * ((x - (t1 + t2) / 2) / ((t2 - t1) / 2)) ** 2;
  const sideY = (x: number, tower: number, anchor: number): number =>
    towerTop +
    (deck - 10 - towerTop) * Math.pow(Math.abs(x - tower) / Math.abs(anchor - tower), 1.35);
  const cable = (from: number, to: number, y: (x: number) => number): string => {
    const pts: string[] = [];
    for (let x = from; from < to ? x <= to : x >= to; x += from < to ? 10 : -10)
      pts.push(`${n(x)} ${n(y(x))}`);
    return `M${pts.join("L")}`;
  };
  let hangers = "";
  for (let x = 0; x <= W; x += 22) {
    let y: number;
    if (x > t1 && x < t2) y = mainY(x);
    else if (x < t1) y = sideY(x, t1, -40);
    else if (x > t2) y = sideY(x, t2, W + 40);
    else continue;
    if (deck - y > 6) hangers += `<line x1="${x}" y1="${n(y)}" x2="${x}" y2="${deck}"/>`;
  }
  const steel = p.near;
  const highlight = mix(p.near, p.sun, 0.25);
  let structure = `<g stroke="${steel}" stroke-width="1.6" opacity="0.9">${hangers}</g>`;
  structure += `<path d="${cable(-40, t1, (x) => sideY(x, t1, -40))}${cable(t1, t2, mainY).replace("M", "L")}${cable(t2, W + 40, (x) => sideY(x, t2, W + 40)).replace("M", "L")}" fill="none" stroke="${steel}" stroke-width="5" stroke-linejoin="round"/>`;
  for (const tx of towers) {
    structure += `<path d="M${tx - 34} ${water + 10}L${tx - 22} ${towerTop - 20}L${tx - 8} ${towerTop - 20}L${tx - 12} ${water + 10}Z" fill="${steel}"/>`;
    structure += `<path d="M${tx + 34} ${water + 10}L${tx + 22} ${towerTop - 20}L${tx + 8} ${towerTop - 20}L${tx + 12} ${water + 10}Z" fill="${steel}"/>`;
    structure += `<path d="M${tx - 28} ${water + 10}L${tx - 22} ${towerTop - 20}L${tx - 18} ${towerTop - 20}L${tx - 22} ${water + 10}Z" fill="${highlight}" opacity="0.6"/>`;
    for (const by of [towerTop, towerTop + 120, towerTop + 250]) {
      structure += `<rect x="${tx - 26}" y="${by}" width="52" height="14" fill="${steel}"/>`;
    }
    structure += `<path d="M${tx - 24} ${deck + 40}Q${tx} ${deck + 10} ${tx + 24} ${deck + 40}Z" fill="${steel}"/>`;
    structure += `<rect x="${tx - 48}" y="${water - 6}" width="96" height="30" fill="${mix(steel, "#000000", 0.2)}"/>`;
  }
  structure += `<rect x="0" y="${deck}" width="${W}" height="16" fill="${steel}"/><rect x="0" y="${deck + 16}" width="${W}" height="10" fill="${mix(steel, "#000000", 0.25)}"/>`;
  structure += `<rect x="0" y="${deck - 3}" width="${W}" height="3" fill="${highlight}"/>`;
  let truss = "";
  for (let x = 0; x < W; x += 24)
    truss += `<line x1="${x}" y1="${deck + 16}" x2="${x + 12}" y2="${deck + 26}"/><line x1="${x + 12}" y1="${deck + 26}" x2="${x + 24}" y2="${deck + 16}"/>`;
  structure += `<g stroke="${mix(steel, p.sun, 0.2)}" stroke-width="1.5">${truss}</g>`;
  // Streaks of headlights on the deck say "people cross here" without drawing people.
  for (let i = 0; i < 14; i++) {
    const x = rng.range(0, W);
    structure += `<rect x="${n(x)}" y="${deck - 7}" width="${n(rng.range(14, 40))}" height="4" rx="2" fill="${rng.chance(0.5) ? p.window : p.accent2}" opacity="${p.night ? 0.95 : 0.6}"/>`;
  }
  let birds = "";
  if (!p.night) {
    for (let i = 0; i < rng.int(4, 8); i++) {
      const bx = rng.range(200, 1400);
      const by = rng.range(90, 260);
      const s = rng.range(6, 12);
      birds += `<path d="M${n(bx - s)} ${n(by - s * 0.4)}Q${n(bx - s * 0.4)} ${n(by - s * 0.5)} ${n(bx)} ${n(by)}Q${n(bx + s * 0.4)} ${n(by - s * 0.5)} ${n(bx + s)} ${n(by - s * 0.4)}"/>`;
    }
  }
  const boatX = rng.range(150, 1400);
  const boat = `<path d="M${n(boatX - 40)} ${water + 90}L${n(boatX + 44)} ${water + 90}L${n(boatX + 32)} ${water + 104}L${n(boatX - 30)} ${water + 104}Z" fill="${p.near}"/><path d="M${n(boatX)} ${water + 86}L${n(boatX)} ${water + 10}L${n(boatX + 36)} ${water + 86}Z" fill="${mix(p.skyBottom, "#ffffff", 0.5)}"/><path d="M${n(boatX - 4)} ${water + 86}L${n(boatX - 4)} ${water + 24}L${n(boatX - 30)} ${water + 86}Z" fill="${mix(p.skyBottom, "#ffffff", 0.2)}"/>`;
  const reflection = `<defs><clipPath id="below"><rect y="${water}" width="${W}" height="${H - water}"/></clipPath></defs>
    <g clip-path="url(#below)" opacity="0.3"><g transform="translate(0 ${2 * water}) scale(1 -1)">${structure}</g></g>`;
  return `${sky}<g opacity="0.75">${shore}${city}</g>${waterWithShimmer(p, rng, water, W / 2)}${reflection}${structure}<g fill="none" stroke="${p.near}" stroke-width="2.2" stroke-linecap="round">${birds}</g>${boat}`;
}

/** Builds the SVG source of a demo illustration; it contains no text and references nothing external. */
export function demoImageSvg(spec: DemoImageSpec): string {
  const p = PALETTES[spec.palette];
  const rng = new Rng(hash(`${spec.key}\u0000${spec.title}`));
  let body: string;
  switch (spec.motif) {
    case "skyline":
      body = skylineScene(p, rng);
      break;
    case "assembly":
      body = assemblyScene(p, rng);
      break;
    case "map":
      body = mapScene(p, rng, spec.key);
      break;
    case "document":
      body = documentScene(p, rng);
      break;
    case "podium":
      body = podiumScene(p, rng);
      break;
    case "bridge":
      body = bridgeScene(p, rng);
      break;
  }
  // The vignette pulls the eye to the centre, where page layouts overlay headlines least.
  const vignette = `<defs><radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.38"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#vignette)"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}${vignette}</svg>`;
}

/** Draws a believable illustration for the demo content locally (no downloads) and returns JPEG bytes at 1600x900. */
export async function drawDemoImage(spec: DemoImageSpec): Promise<Buffer> {
  return sharp(Buffer.from(demoImageSvg(spec)))
    .resize(W, H, { fit: "fill" })
    .flatten({ background: "#000000" })
    .jpeg({ quality: 84, mozjpeg: true })
    .toBuffer();
}
