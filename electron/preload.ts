/**
 * The preload: exposes exactly one typed client, window.bulwark, and nothing else. The renderer never
 * sees ipcRenderer; it can only call contract methods, listen to events and ask to open a link.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { BulwarkClient } from './api/client';
import type { ApiEvent } from './api/types';
import { IPC } from './desktop/channels';

const client: BulwarkClient = {
  shell: 'electron',
  call: (method, args) => ipcRenderer.invoke(IPC.call, method, args),
  on(listener) {
    const wrapped = (_e: IpcRendererEvent, event: ApiEvent) => listener(event);
    ipcRenderer.on(IPC.event, wrapped);
    return () => ipcRenderer.removeListener(IPC.event, wrapped);
  },
  openExternal: (url) => ipcRenderer.invoke(IPC.openExternal, url),
  // A dropped file already lives on this computer: hand the API its path, no copy needed.
  stageFile: (file) => Promise.resolve({ path: webUtils.getPathForFile(file), name: file.name }),
};

contextBridge.exposeInMainWorld('bulwark', client);
