/** Saves a pack Bulwark wrote: its bytes come over the API, and the browser (or Electron) saves them. */
import { api } from '../api/client';

export async function downloadPack(fileName: string): Promise<void> {
  const file = await api('evidence.download', { file: fileName });
  const bin = atob(file.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
