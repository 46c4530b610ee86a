/**
 * Paints the map's shapes on a canvas and repaints only what a new year changed. Each shape's Path2D is built
 * once from its projected path (shared/atlas/geo.ts); a year change refills just the regions of the shapes whose
 * colour changed (clipped to their bounds, every shape there redrawn, so borders and neighbours stay exact), and
 * the whole map only when the changes cover much of it. Hover outlines go on a second canvas above, so hovering
 * never repaints the map. Hit tests use the same paths.
 */
import { DOT_RADIUS, MAP_HEIGHT, MAP_WIDTH, type MapShape } from '../../../../shared/atlas/geo';
import { NO_SEPARATE_HATCH } from '../../../../shared/atlas/palette';

const OCEAN = '#f4f8fb';
const BORDER = '#ffffff';
const BORDER_WIDTH = 0.4;
const DOT_RING = '#1d2330';
const HOVER = '#1d2330';
/** Past this share of the frame, one full repaint is cheaper than many clipped ones. */
const FULL_SHARE = 0.35;

type Rect = [number, number, number, number];

const meets = (a: Rect, b: Rect) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

export interface MapPainter {
  /** Sets the canvas's drawing size (CSS pixels × device pixels) and repaints everything. */
  resize(cssWidth: number, cssHeight: number, ratio: number): void;
  /** Fills each shape with its colour, repainting only what changed since the last call; returns the shapes repainted. */
  paint(fills: readonly string[]): number;
  /** The topmost shape under a point in frame units, among those `pickable`, or null. */
  hit(x: number, y: number, pickable: (k: number) => boolean): number | null;
  /** Outlines one shape on the overlay (null clears it). */
  outline(k: number | null): void;
}

export function createMapPainter(canvas: HTMLCanvasElement, overlay: HTMLCanvasElement, shapes: readonly MapShape[], hatched: readonly boolean[]): MapPainter {
  const paths = shapes.map((s) => new Path2D(s.d));
  const dots = shapes.map((s) => {
    if (!s.dot) return null;
    const p = new Path2D();
    p.arc(s.dot[0], s.dot[1], DOT_RADIUS, 0, 2 * Math.PI);
    return p;
  });
  /** What a shape covers when drawn: its bounds, or its dot's, with room for the border's antialiasing. */
  const extent: Rect[] = shapes.map((s) =>
    s.dot ? [s.dot[0] - DOT_RADIUS - 1, s.dot[1] - DOT_RADIUS - 1, s.dot[0] + DOT_RADIUS + 1, s.dot[1] + DOT_RADIUS + 1] : [s.bounds[0] - 1, s.bounds[1] - 1, s.bounds[2] + 1, s.bounds[3] + 1],
  );
  const ctx = canvas.getContext('2d', { alpha: false })!;
  const top = overlay.getContext('2d')!;
  let scale = 1;
  let drawn: string[] = [];
  let hatch: CanvasPattern | null = null;

  const hatchPattern = () => {
    if (hatch) return hatch;
    const tile = document.createElement('canvas');
    tile.width = tile.height = 6;
    const t = tile.getContext('2d')!;
    t.strokeStyle = NO_SEPARATE_HATCH;
    t.lineWidth = 1;
    t.beginPath();
    t.moveTo(0, 6);
    t.lineTo(6, 0);
    t.stroke();
    hatch = ctx.createPattern(tile, 'repeat');
    return hatch;
  };

  /** Every shape that meets the rectangle (all of them without one), fills then borders, dots on top. */
  const drawRegion = (fills: readonly string[], rect: Rect | null) => {
    const inside = (k: number) => !rect || meets(extent[k], rect);
    ctx.fillStyle = OCEAN;
    if (rect) ctx.fillRect(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1]);
    else ctx.fillRect(0, 0, MAP_WIDTH, MAP_HEIGHT);
    for (let k = 0; k < paths.length; k++) {
      if (!inside(k)) continue;
      ctx.fillStyle = fills[k];
      ctx.fill(paths[k]);
      if (hatched[k]) {
        // The stripes are in device pixels, so they keep their width at any size.
        ctx.save();
        ctx.clip(paths[k]);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = hatchPattern()!;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.restore();
      }
    }
    ctx.strokeStyle = BORDER;
    ctx.lineWidth = BORDER_WIDTH;
    for (let k = 0; k < paths.length; k++) if (inside(k) && !dots[k]) ctx.stroke(paths[k]);
    ctx.strokeStyle = DOT_RING;
    ctx.lineWidth = 0.35;
    for (let k = 0; k < dots.length; k++) {
      const dot = dots[k];
      if (!dot || !inside(k)) continue;
      ctx.fillStyle = fills[k];
      ctx.fill(dot);
      ctx.stroke(dot);
    }
  };

  return {
    resize(cssWidth, cssHeight, ratio) {
      for (const c of [canvas, overlay]) {
        c.width = Math.max(1, Math.round(cssWidth * ratio));
        c.height = Math.max(1, Math.round(cssHeight * ratio));
        c.style.width = `${cssWidth}px`;
        c.style.height = `${cssHeight}px`;
      }
      scale = canvas.width / MAP_WIDTH;
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      top.setTransform(scale, 0, 0, scale, 0, 0);
      if (drawn.length) drawRegion(drawn, null);
    },
    paint(fills) {
      if (drawn.length !== fills.length) {
        drawRegion(fills, null);
        drawn = [...fills];
        return fills.length;
      }
      const changed: number[] = [];
      for (let k = 0; k < fills.length; k++) if (fills[k] !== drawn[k]) changed.push(k);
      const area = changed.reduce((a, k) => a + (extent[k][2] - extent[k][0]) * (extent[k][3] - extent[k][1]), 0);
      if (area > FULL_SHARE * MAP_WIDTH * MAP_HEIGHT) drawRegion(fills, null);
      else
        for (const k of changed) {
          const [x0, y0, x1, y1] = extent[k];
          ctx.save();
          ctx.beginPath();
          ctx.rect(x0, y0, x1 - x0, y1 - y0);
          ctx.clip();
          drawRegion(fills, extent[k]);
          ctx.restore();
        }
      drawn = [...fills];
      return changed.length;
    },
    hit(x, y, pickable) {
      const px = x * scale;
      const py = y * scale;
      // Dots first (they sit on top), nearest within a finger's reach of the small target.
      let best: number | null = null;
      let bestD = (DOT_RADIUS + 1.5) ** 2;
      for (let k = 0; k < shapes.length; k++) {
        const d = shapes[k].dot;
        if (!d || !pickable(k)) continue;
        const dd = (d[0] - x) ** 2 + (d[1] - y) ** 2;
        if (dd < bestD) [best, bestD] = [k, dd];
      }
      if (best !== null) return best;
      for (let k = shapes.length - 1; k >= 0; k--) {
        const b = shapes[k].bounds;
        if (!pickable(k) || shapes[k].dot || x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
        if (ctx.isPointInPath(paths[k], px, py)) return k;
      }
      return null;
    },
    outline(k) {
      top.save();
      top.setTransform(1, 0, 0, 1, 0, 0);
      top.clearRect(0, 0, overlay.width, overlay.height);
      top.restore();
      if (k === null) return;
      top.strokeStyle = HOVER;
      top.lineWidth = 1;
      top.stroke(dots[k] ?? paths[k]);
    },
  };
}
