/**
 * An import file's bytes as text, as the renderer reads them: strict UTF-8, so that a file in another
 * encoding is refused here, by its bytes, while a valid file that contains U+FFFD itself is accepted.
 */
import { ApiError } from '../api/errors';

export const notUtf8 = () => ApiError.keyed('invalid_input', 'file.notUtf8', 'This file is not valid UTF-8 text (some bytes could not be read). Save it as UTF-8 and try again.');

export function decodeUtf8File(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8();
  }
}
