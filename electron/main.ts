/**
 * Electron entry: one hardened window, the API bound to IPC, the database in the user-data folder.
 * All domain work is plain Node code shared with the CLI and the web shell.
 */
import { app, BrowserWindow, dialog, ipcMain, Notification, session } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiService } from './api/service';
import { IPC } from './desktop/channels';
import { confirmAndOpen, CSP, lockDown } from './desktop/security';
import { spikeNotice } from './desktop/spikeNotice';
import { bundlePaths } from './paths';

const paths = bundlePaths(__dirname);
const indexHtml = path.join(paths.rendererDir, 'index.html');
const appUrl = pathToFileURL(indexHtml).href;
let win: BrowserWindow | null = null;
let service: ApiService | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void service?.close());
}

function start(): void {
  try {
    const dbPath = process.env.BULWARK_DB ?? path.join(app.getPath('userData'), 'bulwark.db');
    service = new ApiService({
      dbPath,
      shell: 'electron',
      workerFile: paths.workerFile,
      nativeBinding: process.env.BULWARK_NATIVE_BINDING,
    });
  } catch (err) {
    fail(err);
    return;
  }

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });

  ipcMain.handle(IPC.call, (event, method: unknown, args: unknown) => {
    // Only our own page, in our own window, may call the API.
    if (event.senderFrame?.url.split('#')[0] !== appUrl) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the Bulwark window.' },
      };
    }
    return service!.dispatch(typeof method === 'string' ? method : '', args);
  });
  ipcMain.handle(IPC.openExternal, (event, url: unknown) =>
    event.senderFrame?.url.split('#')[0] === appUrl ? confirmAndOpen(win, url) : false,
  );
  service!.on((e) => win?.webContents.send(IPC.event, e));
  // An import brought spikes nobody has been told about: say so even when Bulwark is in the background.
  service!.on((e) => {
    if (e.type !== 'new-spikes' || !Notification.isSupported()) return;
    const note = new Notification(spikeNotice(e));
    note.on('click', () => win?.show());
    note.show();
  });

  win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Bulwark',
    show: false,
    webPreferences: {
      preload: paths.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  lockDown(win.webContents, appUrl);
  win.once('ready-to-show', () => win?.show());
  void win.loadFile(indexHtml);
}

function fail(err: unknown): void {
  dialog.showErrorBox('Bulwark could not start', err instanceof Error ? err.message : String(err));
  app.exit(1);
}
