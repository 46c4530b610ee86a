import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Bilateral Timelines';
export const DB_FILE_NAME = 'timelines.sqlite';

/** The folder Electron's app.getPath('userData') names, so both modes share one database. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAME);
}
