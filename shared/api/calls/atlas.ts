/** The partnership atlas (issue 20): every country China has (or had) relations with, its steps and its ladder. */
import * as z from 'zod';
import { call } from '../define';
import type { AtlasModel } from '../../atlas/types';

/** The dyad-year panel: a CSV table and its Markdown codebook, saved side by side. */
export interface AtlasPanelFile {
  fileName: string;
  /** CSV, UTF-8, one header row. */
  text: string;
  codebookFileName: string;
  /** Markdown: every column described, and the citation line. */
  codebook: string;
  /** The citation line naming the dataset version. */
  citation: string;
  rows: number;
}

export const atlasCalls = {
  /** The whole model at once (about 190 countries): the matrix, map, table, tier chart and panel all read it. */
  atlasModel: call<AtlasModel>()(z.strictObject({})),
  /** One row per country and year, 1949 to this year (for a Save… in the atlas and `npm run export -- --panel`). */
  exportAtlasPanel: call<AtlasPanelFile>()(z.strictObject({})),
};
