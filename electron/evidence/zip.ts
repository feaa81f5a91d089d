/**
 * The pack's ZIP, written so the same files always give the same bytes: entries in a fixed order, every
 * entry stamped 1980-01-01 00:00 (the ZIP epoch; built from local date parts, as ZIP stores local time,
 * so the machine's time zone cannot change it), one compression level, no extra fields.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export function writeZip(files: { name: string; data: Uint8Array }[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files)
    entries[f.name] = [
      f.data,
      // The PDF's streams are already compressed; deflating it again costs time and saves nothing.
      { level: f.name.endsWith('.pdf') ? 0 : 6, mtime: FIXED_TIME, os: 3, attrs: 0o644 << 16 },
    ];
  return zipSync(entries, { level: 6, mtime: FIXED_TIME });
}

export class ZipUnreadable extends Error {}

/**
 * Reads every entry. An entry whose data cannot be inflated is reported in `damaged` rather than
 * failing the whole pack, so the verifier can still name everything else that is right or wrong.
 */
export function readZip(buf: Uint8Array): { files: Map<string, Uint8Array>; damaged: string[] } {
  const names: string[] = [];
  try {
    unzipSync(buf, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch (err) {
    throw new ZipUnreadable(`it is not a readable ZIP file (${(err as Error).message})`);
  }
  const files = new Map<string, Uint8Array>();
  const damaged: string[] = [];
  for (const name of names) {
    try {
      const one = unzipSync(buf, { filter: (f) => f.name === name });
      const data = one[name];
      if (data) files.set(name, data);
      else damaged.push(name);
    } catch {
      damaged.push(name);
    }
  }
  return { files, damaged };
}
