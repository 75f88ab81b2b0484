// Converts Natural Earth 110m country shapes (npm package world-atlas, countries-110m.json, TopoJSON) into
// Plenum's committed resource src/main/resources/web/world-110m-paths.json: ISO 3166-1 alpha-2 code -> SVG path
// data, projected once (Equal Earth, an equal-area projection) into a 960-unit-wide frame, coordinates rounded to
// 0.1 unit and written as relative commands. Run once with `npm ci && npm run build`; nothing is fetched at run time.
//
// ISO numeric -> alpha-2 comes from Plenum's bundled reference file (country-codes.csv, columns
// ISO3166-1-numeric and ISO3166-1-Alpha-2). Shapes without a numeric id in the 110m file: Kosovo -> XK;
// N. Cyprus merged into Cyprus (CY) and Somaliland into Somalia (SO), as the UN and the IPU count them.
// Antarctica (010) is left out: it has no parliament and would take a quarter of the height.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { feature, merge } from "topojson-client";
import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const topology = JSON.parse(readFileSync(resolve(here, "node_modules/world-atlas/countries-110m.json"), "utf8"));
const codesCsv = readFileSync(resolve(root, "src/main/resources/dataset/reference/country-codes.csv"), "utf8");

// minimal CSV reader (quoted fields with commas) for the reference file
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field.replace(/\r$/, "")); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const [header, ...records] = parseCsv(codesCsv);
const numericCol = header.indexOf("ISO3166-1-numeric");
const alpha2Col = header.indexOf("ISO3166-1-Alpha-2");
const alpha2ByNumeric = new Map();
for (const r of records) {
  if (r[numericCol] && r[alpha2Col]) alpha2ByNumeric.set(Number(r[numericCol]), r[alpha2Col].trim());
}

const NAMED = { "Kosovo": "XK" };
const MERGED_INTO = { "N. Cyprus": "Cyprus", "Somaliland": "Somalia" };
const LEFT_OUT = new Set(["010"]);

const geometries = topology.objects.countries.geometries;
const byName = new Map(geometries.map(g => [g.properties.name, g]));
const shapes = new Map(); // alpha-2 -> { name, geometry (GeoJSON) }
const unmatched = [];
for (const g of geometries) {
  const name = g.properties.name;
  if (MERGED_INTO[name] || LEFT_OUT.has(g.id)) continue;
  const partners = Object.entries(MERGED_INTO).filter(([, into]) => into === name).map(([from]) => byName.get(from));
  const geometry = partners.length ? merge(topology, [g, ...partners]) : feature(topology, g).geometry;
  const code = g.id ? alpha2ByNumeric.get(Number(g.id)) : NAMED[name];
  if (!code) { unmatched.push(`${g.id ?? "(no id)"} ${name}`); continue; }
  shapes.set(code, { name, geometry });
}
if (unmatched.length) throw new Error("Shapes without an alpha-2 code: " + unmatched.join("; "));

const WIDTH = 960;
const collection = { type: "FeatureCollection", features: [...shapes.values()].map(s => ({ type: "Feature", geometry: s.geometry })) };
const projection = geoEqualEarth().fitWidth(WIDTH, collection);
const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
const HEIGHT = Math.ceil(y1 - y0);

// Rings in tenths of a unit (consecutive equal points dropped, rings of fewer than three points left out), then
// written as relative commands; a run of line segments shares one "l" (SVG repeats the last command implicitly).
function serialise(geometry) {
  const rings = [];
  let ring = null;
  const r = v => Math.round(v * 10);
  const context = {
    moveTo(x, y) { ring = [[r(x), r(y)]]; rings.push(ring); },
    lineTo(x, y) {
      const X = r(x), Y = r(y), last = ring[ring.length - 1];
      if (X !== last[0] || Y !== last[1]) ring.push([X, Y]);
    },
    closePath() {},
    arc() { throw new Error("no circles expected"); },
  };
  geoPath(projection, context)(geometry);
  const num = v => (v / 10).toString().replace(/^(-?)0\./, "$1.");
  const pair = (a, b) => a + (b.startsWith("-") ? "" : " ") + b;
  let out = "", px = 0, py = 0;
  for (const points of rings.filter(p => p.length >= 3)) {
    const [x0, y0] = points[0];
    out += out === "" ? "M" + pair(num(x0), num(y0)) : "m" + pair(num(x0 - px), num(y0 - py));
    let prevX = x0, prevY = y0;
    points.slice(1).forEach(([x, y], i) => {
      const a = num(x - prevX), b = num(y - prevY);
      out += i === 0 ? "l" + pair(a, b) : (a.startsWith("-") ? "" : " ") + pair(a, b);
      prevX = x; prevY = y;
    });
    out += "z";
    px = x0; py = y0;
  }
  return out;
}

const paths = {};
for (const [code, { geometry }] of [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  paths[code] = serialise(geometry);
}
// Countries too small for 1:110m get a dot at their centroid, taken from the 1:50m shapes of the same package.
const topology50 = JSON.parse(readFileSync(resolve(here, "node_modules/world-atlas/countries-50m.json"), "utf8"));
const points = {};
for (const g of topology50.objects.countries.geometries) {
  const code = g.id ? alpha2ByNumeric.get(Number(g.id)) : undefined;
  if (!code || paths[code] || LEFT_OUT.has(g.id)) continue;
  const p = projection(geoCentroid(feature(topology50, g)));
  if (p) points[code] = [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}

const resource = {
  source: "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), via the npm package world-atlas "
    + "2.0.2 (countries-110m.json, ISC licence, Copyright 2013-2019 Michael Bostock)",
  projection: "Equal Earth",
  width: WIDTH,
  height: HEIGHT,
  notes: "Keys are ISO 3166-1 alpha-2 codes (XK Kosovo). N. Cyprus is drawn as part of CY and Somaliland as part of SO; "
    + "Antarctica is left out. Countries too small for the 1:110m scale have no shape; those in the 1:50m shapes "
    + "have a point (their centroid, projected) under points.",
  paths,
  points: Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b))),
};
const target = resolve(root, "src/main/resources/web/world-110m-paths.json");
writeFileSync(target, JSON.stringify(resource) + "\n");
console.log(`${Object.keys(paths).length} shapes, ${Object.keys(points).length} points, ${WIDTH}x${HEIGHT}, ${JSON.stringify(resource).length} bytes -> ${target}`);
