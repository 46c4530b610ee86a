/** The partnership atlas (issue 20): every country China has (or had) relations with, its steps and its ladder. */
import { z } from 'zod';
import { call } from '../define';
import type { AtlasModel } from '../../atlas/types';

export const atlasCalls = {
  /** The whole model at once (about 190 countries): the matrix, map, table, tier chart and panel all read it. */
  atlasModel: call<AtlasModel>()(z.strictObject({})),
};
