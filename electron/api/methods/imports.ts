import { z } from 'zod';
import { method } from '../method';
import type { ImportPreview, ImportRecord, ImportReject, JobStarted } from '../types';

const mapping = z.record(z.string().min(1).max(40), z.string().min(1).max(200));
const platform = z.enum(['x', 'bluesky', 'mastodon', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit']);
const file = z
  .object({
    path: z.string().min(1).max(4096),
    name: z.string().min(1).max(300).optional(),
    format: z.string().min(1).max(40).optional(),
    mapping: mapping.optional(),
    platform: platform.optional(),
  })
  .strict();

/** Importing files: preview (format, columns, suggested mapping), start a queue, cancel, history, rejects. */
export const importMethods = {
  'imports.preview': method<ImportPreview>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'imports.start': method<JobStarted>()(z.object({ files: z.array(file).min(1).max(500) }).strict()),
  'imports.cancel': method<{ cancelled: boolean }>()(
    z.object({ jobId: z.string().min(1).max(100) }).strict(),
  ),
  'imports.list': method<ImportRecord[]>()(
    z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(),
  ),
  'imports.rejects': method<{ total: number; rows: ImportReject[] }>()(
    z
      .object({
        importId: z.number().int().positive(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  'imports.exportRejects': method<{ fileName: string; csv: string }>()(
    z.object({ importId: z.number().int().positive() }).strict(),
  ),
} as const;
