/**
 * Which requests the app's windows may make (the session's onBeforeRequest filter). No remote content:
 * `file://` only inside the app's own folders (the built renderer, the private folder of export pages),
 * `data:` and `blob:` made by the page itself, `devtools://` in development only. A pure function, so
 * that it is tested under plain Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RequestPolicy {
  /** Absolute folders whose files may be loaded. */
  allowedDirs: readonly string[];
  /** DevTools' own pages are allowed only in development. */
  development: boolean;
  /** The path module of the platform (tests pass path.win32 or path.posix). */
  paths?: path.PlatformPath;
}

/** True when `dir` contains `file` (the folder itself included); both absolute. */
export function isInside(dir: string, file: string, paths: path.PlatformPath = path): boolean {
  const relative = paths.relative(paths.resolve(dir), paths.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !paths.isAbsolute(relative));
}

export function isAllowedRequest(url: string, policy: RequestPolicy): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'data:':
    case 'blob:':
      return true;
    case 'devtools:':
      return policy.development;
    case 'file:': {
      const paths = policy.paths ?? path;
      let file: string;
      try {
        // Refuses a host (file://server/share) and encoded slashes; resolves %2e%2e.
        file = fileURLToPath(parsed, { windows: paths === path.win32 });
      } catch {
        return false;
      }
      return policy.allowedDirs.some((dir) => isInside(dir, file, paths));
    }
    default:
      return false;
  }
}
