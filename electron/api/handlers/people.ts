import { importParliament, importRosterCsv } from '../../people/imports';
import type { MergeSummary } from '../../people/merge';
import { ParliamentApiError } from '../../people/parliament';
import { rematchAfterChange } from '../../people/rematchScheduler';
import { previewRoster, RosterError } from '../../people/roster';
import {
  actorName,
  createPerson,
  getPersonDetail,
  listPersonItems,
  removePerson,
  updatePerson,
} from '../../people/service';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import type { PeopleMergeResult, RematchOutcome } from '../types';
import type { HandlerMap } from './index';

type PeopleMethods =
  | 'people.list'
  | 'people.get'
  | 'people.create'
  | 'people.update'
  | 'people.remove'
  | 'people.previewRoster'
  | 'people.importRoster'
  | 'people.fetchParliament'
  | 'people.cancelParliament';

const PEOPLE_TABLES = ['people', 'person_handles', 'person_aliases'];
const PARLIAMENT_LABEL = 'Adding current UK MPs';

/** The Parliament fetch in progress per service (one at a time), so it can be cancelled. */
const fetching = new WeakMap<object, AbortController>();
let fetchRuns = 0;

function changed(ctx: ApiContext, rematch: RematchOutcome, extra: string[] = []): void {
  const tables = [...PEOPLE_TABLES, ...extra];
  if (rematch.mode === 'inline' && rematch.changedPosts > 0) tables.push('mentions', 'posts');
  ctx.emit({ type: 'data-changed', tables });
}

function mergeResult(ctx: ApiContext, s: MergeSummary): PeopleMergeResult {
  const rematch = s.matchingChanged ? rematchAfterChange(ctx) : ({ mode: 'none' } as const);
  if (s.added || s.updated || s.matchingChanged) changed(ctx, rematch);
  return {
    rows: s.rows,
    added: s.added,
    updated: s.updated,
    unchanged: s.unchanged,
    duplicates: s.duplicates,
    skipped: s.skipped,
    handlesAdded: s.handlesAdded,
    aliasesAdded: s.aliasesAdded,
    keptStaffEdits: s.keptStaffEdits,
    notes: s.notes,
    rematch,
  };
}

function rosterError(err: unknown): never {
  if (err instanceof RosterError) throw new ApiError('INVALID_INPUT', err.message);
  throw err;
}

export const peopleHandlers: HandlerMap<PeopleMethods> = {
  'people.list': (ctx) => listPersonItems(ctx.db),
  'people.get': (ctx, args) => getPersonDetail(ctx.db, args.id),

  'people.create': (ctx, args) => {
    const person = createPerson(ctx.db, args, actorName(ctx.db));
    const rematch = rematchAfterChange(ctx);
    changed(ctx, rematch);
    // Re-read: the re-match may already have linked earlier posts.
    return { person: rematch.mode === 'inline' ? getPersonDetail(ctx.db, person.id) : person, rematch };
  },

  'people.update': (ctx, args) => {
    const { id, ...input } = args;
    const out = updatePerson(ctx.db, id, input, actorName(ctx.db));
    if (!out.changed) return { person: out.person, rematch: { mode: 'none' } };
    const rematch: RematchOutcome = out.matchingChanged ? rematchAfterChange(ctx) : { mode: 'none' };
    changed(ctx, rematch);
    return { person: rematch.mode === 'inline' ? getPersonDetail(ctx.db, id) : out.person, rematch };
  },

  'people.remove': (ctx, args) => {
    const removed = removePerson(ctx.db, args.id, actorName(ctx.db));
    // Their mention rows went with them (and posts left with nobody were marked unmatched): no re-match.
    ctx.emit({ type: 'data-changed', tables: [...PEOPLE_TABLES, 'mentions', 'posts', 'cases'] });
    return removed;
  },

  'people.previewRoster': (_ctx, args) => {
    try {
      return previewRoster(args.csv, args.fileName ?? null);
    } catch (err) {
      return rosterError(err);
    }
  },

  'people.importRoster': (ctx, args) => {
    let summary: MergeSummary;
    try {
      summary = importRosterCsv(ctx.db, {
        csv: args.csv,
        fileName: args.fileName ?? null,
        mapping: args.mapping,
        defaultRole: args.defaultRole,
        actor: actorName(ctx.db),
      });
    } catch (err) {
      return rosterError(err);
    }
    return mergeResult(ctx, summary);
  },

  'people.fetchParliament': async (ctx) => {
    if (fetching.has(ctx.jobs)) {
      throw new ApiError('BUSY', 'Bulwark is already adding the current UK MPs. Wait for it to finish.');
    }
    const controller = new AbortController();
    fetching.set(ctx.jobs, controller);
    const jobId = `parliament-${++fetchRuns}`;
    let last = 0;
    try {
      const result = await importParliament(ctx.db, {
        actor: actorName(ctx.db),
        signal: controller.signal,
        onProgress: (done, total, message) => {
          const now = Date.now();
          if (now - last < 150 && done < total) return;
          last = now;
          ctx.emit({ type: 'progress', jobId, label: PARLIAMENT_LABEL, done, total, message });
        },
      });
      const merged = mergeResult(ctx, result);
      ctx.emit({ type: 'job-finished', jobId, label: PARLIAMENT_LABEL, ok: true });
      return {
        ...merged,
        members: result.members,
        contactFailures: result.contactFailures,
        source: result.source,
      };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // A cancel is the user's own choice, not a failure to show in the jobs panel.
      const cancelled = err instanceof ParliamentApiError && err.code === 'CANCELLED';
      ctx.emit({
        type: 'job-finished',
        jobId,
        label: PARLIAMENT_LABEL,
        ok: cancelled,
        error: cancelled ? undefined : message,
      });
      if (err instanceof ParliamentApiError)
        throw new ApiError(cancelled ? 'CANCELLED' : 'INTERNAL', message);
      throw err;
    } finally {
      fetching.delete(ctx.jobs);
    }
  },

  'people.cancelParliament': (ctx) => {
    const controller = fetching.get(ctx.jobs);
    controller?.abort();
    return { cancelled: !!controller };
  },
};
