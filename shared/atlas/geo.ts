/**
 * The world map's shapes, computed once: Natural Earth 1:50m countries (world-atlas, bundled, offline) projected
 * with d3-geo into a fixed frame, each with its ISO 3166 alpha-2 code (from its numeric code, i18n-iso-countries),
 * its bounds (for hit tests and partial repaints) and, for a country too small to see at this scale (Nauru,
 * Monaco, the Maldives …), a dot at the projected centroid of its largest polygon, from the same geometry.
 * A new year only changes fills, never these paths, so the map redraws within a frame.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Codes only: the library without its bundled languages.
import countries from 'i18n-iso-countries/index.js';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;

export interface MapShape {
  /** ISO alpha-2, or null for land the ISO list has no code for (Kosovo, Somaliland …). */
  iso2: string | null;
  /** The geometry's own English name, for shapes without a code. */
  label: string;
  d: string;
  /** [x0, y0, x1, y1] in the frame. */
  bounds: [number, number, number, number];
  /** Where a dot stands for the shape (too small to see at this scale), else null. */
  dot: [number, number] | null;
}

/** Shapes smaller than this (square frame units; a unit is 1.5–3 screen pixels) get a dot: Malta's size and below. */
const DOT_AREA = 1.5;
/** The dot's radius in frame units. */
export const DOT_RADIUS = 1.6;

let cached: MapShape[] | null = null;
let projected: GeoProjection | null = null;

/** Points closer than this to the last one kept (in the frame's units) are dropped: 1:50m has many per pixel. */
const MIN_STEP = 0.3;

/**
 * The feature's path, keeping only points at least MIN_STEP from the last kept one (each ring keeps its start and
 * its closing): a third of the vertices, the same picture, and a cheaper paint for every year the map shows.
 */
function decimated(projection: GeoProjection, f: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const out: string[] = [];
  let lx = 0;
  let ly = 0;
  let pending: [number, number] | null = null;
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  const context = {
    moveTo(x: number, y: number) {
      out.push(`M${fmt(x)},${fmt(y)}`);
      lx = x;
      ly = y;
      pending = null;
    },
    lineTo(x: number, y: number) {
      if (Math.abs(x - lx) < MIN_STEP && Math.abs(y - ly) < MIN_STEP) {
        pending = [x, y];
        return;
      }
      out.push(`L${fmt(x)},${fmt(y)}`);
      lx = x;
      ly = y;
      pending = null;
    },
    closePath() {
      if (pending) out.push(`L${fmt(pending[0])},${fmt(pending[1])}`);
      pending = null;
      out.push('Z');
    },
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(f);
  return out.join('');
}

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

function features(): CountryFeature[] {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topology, topology.objects.countries);
  return (fc.features as CountryFeature[]).filter((f) => f.id !== '010');
}

/** The map's projection: Natural Earth fitted to the frame (with a 4-unit margin). */
export function mapProjection(): GeoProjection {
  projected ??= geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: 'FeatureCollection', features: features() },
  );
  return projected;
}

/** The dot of a shape too small to see: the centroid of its largest polygon (an archipelago's main island, not the sea between). */
function dotOf(path: ReturnType<typeof geoPath>, f: CountryFeature): [number, number] | null {
  if (path.area(f) >= DOT_AREA) return null;
  const polygons: Polygon[] = f.geometry.type === 'Polygon' ? [f.geometry] : f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
  const [x, y] = path.centroid(largest);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

/** Every country's path in a MAP_WIDTH × MAP_HEIGHT frame; Antarctica left out (no pair, a fifth of the frame). */
export function mapShapes(): MapShape[] {
  if (cached) return cached;
  const projection = mapProjection();
  const path = geoPath(projection);
  cached = features()
    .map((f) => {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      return {
        iso2: f.id === undefined ? null : (countries.numericToAlpha2(String(f.id)) ?? null),
        label: f.properties?.name ?? '',
        d: decimated(projection, f),
        bounds: [x0, y0, x1, y1] as MapShape['bounds'],
        dot: dotOf(path, f),
      };
    })
    .filter((s) => s.d);
  return cached;
}
