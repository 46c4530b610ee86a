/** Where the renderer gets the atlas model: the core's `atlasModel` contract call, the one place that names it. */
import type { AtlasModel } from '../../../../shared/atlas/types';
import { api } from '../../api/api';

export function loadAtlasModel(): Promise<AtlasModel> {
  return api.atlasModel({});
}
