/**
 * Where the app writes evidence packs: beside the database, in "Evidence packs" (the CLI writes wherever
 * --out says). Keeping them next to the data they came from means a test or a second database never
 * mixes its packs with the built-in one's. $BULWARK_PACKS overrides.
 */
import path from 'node:path';

export function packsDir(dbPath: string): string {
  if (process.env.BULWARK_PACKS) return process.env.BULWARK_PACKS;
  return path.join(path.dirname(path.resolve(dbPath)), 'Evidence packs');
}

/** case-3-threats-to-jane-2025-03-14T101500Z.zip: readable, sortable, safe on every file system. */
export function packFileName(caseId: number, title: string, generatedAt: string, redacted: boolean): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .slice(0, 40)
      .replace(/-+$/, '') || 'case';
  const stamp = generatedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `case-${caseId}-${slug}-${stamp}${redacted ? '-redacted' : ''}.zip`;
}
