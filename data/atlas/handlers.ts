/** Handlers of the atlas calls (shared/api/calls/atlas.ts). */
import type { HandlersFor } from '../../shared/api/define';
import type { atlasCalls } from '../../shared/api/calls/atlas';
import type { Db } from '../db/open';
import { buildAtlasModel } from './model';

export function atlasHandlers(db: Db): HandlersFor<typeof atlasCalls> {
  return {
    atlasModel: () => buildAtlasModel(db),
  };
}
