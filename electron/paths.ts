import os from 'node:os';
import path from 'node:path';

/**
 * The database lives where Electron's app.getPath('userData') points for an app named "Bulwark", so
 * the desktop app, the CLI and the web shell share one built-in database unless told otherwise.
 */
export function userDataDir(): string {
  if (process.env.BULWARK_HOME) return process.env.BULWARK_HOME;
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Bulwark');
    case 'darwin':
      return path.join(os.homedir(), 'Library', 'Application Support', 'Bulwark');
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Bulwark');
  }
}

export function defaultDbPath(): string {
  return process.env.BULWARK_DB ?? path.join(userDataDir(), 'bulwark.db');
}

/** Where the built bundle's siblings are. Entry points run from dist/electron/. */
export function bundlePaths(bundleDir: string) {
  return {
    rendererDir: path.join(bundleDir, '..', 'renderer'),
    workerFile: path.join(bundleDir, 'worker.cjs'),
    preloadFile: path.join(bundleDir, 'preload.cjs'),
  };
}
