import { GENERIC_FIELDS, rememberedMapping, suggestMapping } from './generic';
import { ImportFileError } from './errors';
import { detectMapper } from './mappers/index';
import { openSource } from './source';
import type { Container } from './types';
import { readUnits } from './units';
import type { DB } from '../../db/connection';
import type { ImportPreview } from '../api/types';

/**
 * Looks at the start of a file without importing it: its layout, the format Bulwark recognises, or
 * (for CSV/NDJSON from other tools) its columns and a suggested mapping for the user to confirm.
 */
export async function previewFile(db: DB, file: string): Promise<ImportPreview> {
  const out: ImportPreview = {
    file,
    bytes: 0,
    gzip: false,
    container: null,
    format: null,
    formatLabel: null,
    header: null,
    suggestedMapping: null,
    fields: { ...GENERIC_FIELDS },
    problem: null,
  };
  let source;
  try {
    source = openSource(file);
    out.bytes = source.size;
    out.gzip = source.gzip;
    let container: Container | null = null;
    let header: string[] | undefined;
    for await (const item of readUnits(source, { onContainer: (c, h) => ((container = c), (header = h)) })) {
      if (item.kind === 'error') continue;
      out.container = container;
      const mapper = detectMapper(item.value);
      if (mapper) {
        out.format = mapper.name;
        out.formatLabel = mapper.label;
      } else {
        const cols =
          header ??
          (item.value && typeof item.value === 'object' && !Array.isArray(item.value)
            ? Object.keys(item.value)
            : null);
        out.header = cols;
        if (cols) out.suggestedMapping = rememberedMapping(db, cols) ?? suggestMapping(cols);
        else out.problem = 'Bulwark does not recognise this file\u2019s format.';
      }
      break;
    }
    if (!out.format && !out.header && !out.problem) out.problem = 'No records were found in this file.';
  } catch (err) {
    out.problem = err instanceof ImportFileError || err instanceof Error ? err.message : String(err);
  } finally {
    source?.stream.destroy();
  }
  return out;
}
