/**
 * How far apart two renderings of one drawing are, as a person would see it: both cut into blocks of
 * `block` pixels, each block's share of ink compared. Antialiasing and hinting differ between rasterisers
 * and barely move a block; a wrong font, missing or misplaced text moves many.
 */
import { PNG } from 'pngjs';

export interface PngDifference {
  /** Share of blocks whose ink differs by more than `tolerance` (0…1). */
  blocksOff: number;
  /** Mean absolute difference of ink per block (0…1). */
  meanInk: number;
  /**
   * Stretches of text drawn in one image only: runs of at least MISSING_RUN blocks side by side, each inked in
   * one and blank in the other. A line left out is one; fonts and antialiasing that differ never blank a block.
   */
  missingRuns: number;
}

const MISSING_RUN = 6;
const BLANK = 0.005;

function inkBlocks(png: PNG, block: number): Float64Array {
  const cols = Math.ceil(png.width / block);
  const rows = Math.ceil(png.height / block);
  const ink = new Float64Array(cols * rows);
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const lum = (0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2]) / 255;
      ink[Math.floor(y / block) * cols + Math.floor(x / block)] += (1 - lum) * (png.data[i + 3] / 255);
    }
  }
  return ink.map((v) => v / (block * block));
}

export function pngDifference(a: Uint8Array, b: Uint8Array, block = 16, tolerance = 0.06): PngDifference {
  const pa = PNG.sync.read(Buffer.from(a));
  const pb = PNG.sync.read(Buffer.from(b));
  if (pa.width !== pb.width || pa.height !== pb.height) throw new Error(`sizes differ: ${pa.width}×${pa.height} and ${pb.width}×${pb.height}`);
  const ia = inkBlocks(pa, block);
  const ib = inkBlocks(pb, block);
  let off = 0;
  let sum = 0;
  let missingRuns = 0;
  const cols = Math.ceil(pa.width / block);
  let run = 0;
  for (let k = 0; k < ia.length; k++) {
    const d = Math.abs(ia[k] - ib[k]);
    sum += d;
    if (d > tolerance) off++;
    if (k % cols === 0) run = 0;
    run = d > tolerance && Math.min(ia[k], ib[k]) < BLANK ? run + 1 : 0;
    if (run === MISSING_RUN) missingRuns++;
  }
  return { blocksOff: off / ia.length, meanInk: sum / ia.length, missingRuns };
}
