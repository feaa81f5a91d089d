/**
 * The TrueType fonts embedded in report.pdf (DejaVu Sans, shipped in electron/evidence/fonts with its
 * licence; the build copies them to dist/electron/fonts). Embedding, rather than naming a system font,
 * is what lets Cyrillic, Greek, Arabic and other scripts print the same on every machine.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

function candidates(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  return [
    process.env.BULWARK_FONTS,
    path.join(here, 'fonts'),
    path.join(here, '..', '..', 'electron', 'evidence', 'fonts'),
    resources ? path.join(resources, 'fonts') : undefined,
    path.join(process.cwd(), 'electron', 'evidence', 'fonts'),
  ].filter((p): p is string => typeof p === 'string');
}

let cached: { regular: Buffer; bold: Buffer } | null = null;

/** Both fonts' bytes, read once per process. */
export function loadFonts(): { regular: Buffer; bold: Buffer } {
  if (cached) return cached;
  for (const dir of candidates()) {
    const regular = path.join(dir, FONT_FILES.regular);
    const bold = path.join(dir, FONT_FILES.bold);
    if (fs.existsSync(regular) && fs.existsSync(bold)) {
      cached = { regular: fs.readFileSync(regular), bold: fs.readFileSync(bold) };
      return cached;
    }
  }
  throw new Error(
    `The report font (${FONT_FILES.regular}) was not found; Bulwark's installation is incomplete. Looked in: ${candidates().join(', ')}.`,
  );
}
