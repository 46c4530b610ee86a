/**
 * The atlas model an export draws: the data side's builder over the database (branch atlas-data, `atlas.model`).
 * The one place the export reaches for it.
 */
import type { Db } from '../db/open';
import type { AtlasModel } from '../../shared/atlas/types';
import { ApiError } from '../../shared/api/errors';

export function atlasModelOf(_db: Db): AtlasModel {
  // Replaced by the data side's builder when its branch is merged.
  throw new ApiError('unavailable', 'The atlas is not available: the database has no atlas data yet.', undefined, { key: 'atlasUnavailable' });
}
