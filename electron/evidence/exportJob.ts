/**
 * The evidence job: builds a pack off the UI thread (a 10,000-post PDF takes seconds) and reports
 * progress. The API handler picks the file name and generated-at before starting, so it can tell the
 * user where the pack will be while the job runs.
 */
import type { DB } from '../../db/connection';
import type { PostFilter } from '../api/filters';
import type { EvidencePackResult, RedactOption } from '../api/types';
import { exportCasePack, exportFilterPack } from './exportCase';

export interface EvidenceJobArgs {
  caseId?: number;
  filter?: PostFilter;
  title?: string;
  redact: RedactOption[];
  out: string;
  generatedAt: string;
  actor: string;
}

export function runEvidenceJob(
  db: DB,
  args: EvidenceJobArgs,
  progress: (done: number, total: number, message?: string) => void,
): Promise<EvidencePackResult> {
  const opts = {
    redact: args.redact,
    generatedAt: args.generatedAt,
    actor: args.actor,
    onProgress: progress,
  };
  if (args.caseId !== undefined) return exportCasePack(db, args.caseId, args.out, opts);
  return exportFilterPack(db, args.filter ?? {}, args.title ?? 'Posts from the explorer', args.out, opts);
}
