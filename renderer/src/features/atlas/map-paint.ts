/**
 * Paints the map's shapes on canvas tiles and repaints only what a new year changed. Each shape's Path2D is built
 * once from its projected path (shared/atlas/geo.ts); a year change refills just the regions of the shapes whose
 * colour changed (clipped to their bounds, every shape there redrawn, so borders and neighbours stay exact), and
 * the whole map only when the changes cover much of it. The map is split into tiles so that the browser copies
 * only the tiles that changed into the frame (a whole 2560-pixel canvas costs several milliseconds a frame without
 * a GPU). Hover outlines go on a canvas above, so hovering never repaints the map. Hit tests use the same paths.
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
/** Tiles across and down (a tile is 240 × 240 frame units). */
const COLS = 4;
const ROWS = 2;

type Rect = [number, number, number, number];

const meets = (a: Rect, b: Rect) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

export interface MapPainter {
  /** Sets the map's size (CSS pixels, and device pixels per CSS pixel) and repaints everything. */
  resize(cssWidth: number, cssHeight: number, ratio: number): void;
  /** Fills each shape with its colour, repainting only what changed since the last call; returns the shapes repainted. */
  paint(fills: readonly string[]): number;
  /** The topmost shape under a point in frame units, among those `pickable`, or null. */
  hit(x: number, y: number, pickable: (k: number) => boolean): number | null;
  /** Outlines one shape on the overlay (null clears it). */
  outline(k: number | null): void;
  /** Takes the tiles out of the host. */
  dispose(): void;
}

interface Tile {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** Its extent in frame units. */
  rect: Rect;
  /** Its top-left corner in device pixels of the whole map. */
  dx: number;
  dy: number;
}

/** `host` (sized here) receives the tiles, `overlay` the hover outline. */
export function createMapPainter(host: HTMLElement, overlay: HTMLCanvasElement, shapes: readonly MapShape[], hatched: readonly boolean[]): MapPainter {
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
  const tiles: Tile[] = [];
  for (let j = 0; j < ROWS; j++)
    for (let i = 0; i < COLS; i++) {
      const canvas = document.createElement('canvas');
      canvas.className = 'atlas-map-tile';
      canvas.setAttribute('aria-hidden', 'true');
      host.append(canvas);
      const rect: Rect = [(i * MAP_WIDTH) / COLS, (j * MAP_HEIGHT) / ROWS, ((i + 1) * MAP_WIDTH) / COLS, ((j + 1) * MAP_HEIGHT) / ROWS];
      tiles.push({ canvas, ctx: canvas.getContext('2d', { alpha: false })!, rect, dx: 0, dy: 0 });
    }
  const top = overlay.getContext('2d')!;
  let scale = 1;
  let drawn: string[] = [];
  let hatch: CanvasPattern | null = null;

  const hatchPattern = (ctx: CanvasRenderingContext2D) => {
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

  /** On one tile: every shape that meets the rectangle (all of them without one), fills then borders, dots on top. */
  const drawTile = ({ canvas, ctx, rect: tileRect, dx, dy }: Tile, fills: readonly string[], rect: Rect | null) => {
    // The region on whole device pixels: a clip edge through a pixel would blend old and new colours into a seam.
    const [x0, y0, x1, y1] = rect
      ? [Math.floor(rect[0] * scale - dx), Math.floor(rect[1] * scale - dy), Math.ceil(rect[2] * scale - dx), Math.ceil(rect[3] * scale - dy)]
      : [0, 0, canvas.width, canvas.height];
    const area: Rect = [(x0 + dx) / scale, (y0 + dy) / scale, (x1 + dx) / scale, (y1 + dy) / scale];
    const inside = (k: number) => meets(extent[k], area) && meets(extent[k], tileRect);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    ctx.rect(x0, y0, x1 - x0, y1 - y0);
    ctx.clip();
    ctx.fillStyle = OCEAN;
    ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
    ctx.setTransform(scale, 0, 0, scale, -dx, -dy);
    for (let k = 0; k < paths.length; k++) {
      if (!inside(k)) continue;
      ctx.fillStyle = fills[k];
      ctx.fill(paths[k]);
      if (hatched[k]) {
        // The stripes are in device pixels, so they keep their width at any size.
        ctx.save();
        ctx.clip(paths[k]);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = hatchPattern(ctx)!;
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
    ctx.restore();
  };
  /** The tiles that meet the rectangle (all without one), each redrawn there. */
  const drawRegion = (fills: readonly string[], rect: Rect | null) => {
    for (const tile of tiles) if (!rect || meets(tile.rect, rect)) drawTile(tile, fills, rect);
  };

  return {
    resize(cssWidth, cssHeight, ratio) {
      const width = Math.max(COLS, Math.round(cssWidth * ratio));
      const height = Math.max(ROWS, Math.round(cssHeight * ratio));
      scale = width / MAP_WIDTH;
      host.style.width = `${cssWidth}px`;
      host.style.height = `${cssHeight}px`;
      const place = (c: HTMLCanvasElement, x0: number, y0: number, x1: number, y1: number) => {
        c.width = x1 - x0;
        c.height = y1 - y0;
        Object.assign(c.style, { left: `${x0 / ratio}px`, top: `${y0 / ratio}px`, width: `${(x1 - x0) / ratio}px`, height: `${(y1 - y0) / ratio}px` });
      };
      // Tile edges on whole device pixels, so the tiles meet without a seam.
      tiles.forEach((tile, n) => {
        const i = n % COLS;
        const j = Math.floor(n / COLS);
        [tile.dx, tile.dy] = [Math.round((i * width) / COLS), Math.round((j * height) / ROWS)];
        place(tile.canvas, tile.dx, tile.dy, Math.round(((i + 1) * width) / COLS), Math.round(((j + 1) * height) / ROWS));
        tile.ctx.setTransform(scale, 0, 0, scale, -tile.dx, -tile.dy);
      });
      place(overlay, 0, 0, width, height);
      top.setTransform(scale, 0, 0, scale, 0, 0);
      hatch = null;
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
        for (const k of changed) drawRegion(fills, extent[k]);
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
        // The first tile's transform has no offset: device pixels of the whole map.
        if (tiles[0].ctx.isPointInPath(paths[k], px, py)) return k;
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
    dispose() {
      for (const tile of tiles) tile.canvas.remove();
    },
  };
}
