/**
 * Where the renderer gets the atlas model: the core's `atlas.model` contract call (built from the database by
 * the data side). The one place that names the call.
 */
import type { AtlasModel } from '../../../../shared/atlas/types';
import { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api/api';

type AtlasCall = { atlasModel?: (input: Record<string, never>) => Promise<AtlasModel> };

export async function loadAtlasModel(): Promise<AtlasModel> {
  // Until the contract call lands (branch atlas-data), the client has no such method.
  const call = (api as unknown as AtlasCall).atlasModel;
  if (!call) throw new ApiError('unavailable', 'The atlas is not available in this version.');
  return call({});
}
