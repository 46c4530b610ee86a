/** The atlas model an export draws: the same builder over the database as the `atlasModel` call (data/atlas/model.ts). */
export { buildAtlasModel as atlasModelOf } from '../atlas/model';
