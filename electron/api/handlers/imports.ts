import { getImport, listImports, listRejects } from '../../../db/imports';
import { previewFile } from '../../ingest/preview';
import { rejectsToCsv } from '../../ingest/rejectsCsv';
import { getSetting } from '../../../db/settings';
import { ApiError } from '../errors';
import { detectAfterImport } from './analytics';
import type { ImportRecord } from '../types';
import type { HandlerMap } from './index';

type ImportMethods =
  | 'imports.preview'
  | 'imports.start'
  | 'imports.cancel'
  | 'imports.list'
  | 'imports.rejects'
  | 'imports.exportRejects';

export const importHandlers: HandlerMap<ImportMethods> = {
  'imports.preview': (ctx, args) => previewFile(ctx.db, args.path),
  'imports.start': (ctx, args) => {
    const actor = getSetting(ctx.db, 'ui.reviewerName', '') || 'staff';
    const { jobId, done } = ctx.jobs.start('import', { files: args.files, actor });
    detectAfterImport(ctx, done);
    return { jobId };
  },
  'imports.cancel': (ctx, args) => ({ cancelled: ctx.jobs.cancel(args.jobId) }),
  'imports.list': (ctx, args) => listImports(ctx.db, args.limit) as ImportRecord[],
  'imports.rejects': (ctx, args) => listRejects(ctx.db, args.importId, args.offset, args.limit),
  'imports.exportRejects': (ctx, args) => {
    const imp = getImport(ctx.db, args.importId);
    if (!imp) throw new ApiError('NOT_FOUND', `There is no import number ${args.importId}.`);
    const { rows } = listRejects(ctx.db, args.importId, 0, 1_000_000);
    return { fileName: `${imp.file_name.replace(/\.[^.]+$/, '')}-rejected.csv`, csv: rejectsToCsv(rows) };
  },
};
