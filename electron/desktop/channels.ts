/** IPC channel names, shared by main and preload. */
export const IPC = {
  call: 'bulwark:call',
  event: 'bulwark:event',
  openExternal: 'bulwark:open-external',
} as const;
