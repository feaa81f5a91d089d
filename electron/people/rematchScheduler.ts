/**
 * After a change to people, handles or aliases, existing posts are re-matched. On a small database
 * that takes well under a second and happens at once, so the answer to "Add person" can already say
 * how many earlier posts mention them. On a big one (a full re-match of 1,000,000 posts takes about
 * ten seconds) it runs as a job in a worker thread with progress, so the UI stays responsive. Changes
 * made while a job runs ask for one more run when it finishes, never several at once.
 */
import type { ApiContext } from '../api/context';
import type { RematchOutcome } from '../api/types';
import { rematchPosts } from '../ingest/rematch';

/** Up to this many posts, re-match inline (roughly a quarter of a second). */
export const INLINE_REMATCH_LIMIT = 25_000;

interface State {
  jobId: string | null;
  again: boolean;
}

const states = new WeakMap<object, State>();

export function rematchAfterChange(ctx: ApiContext, opts: { inlineLimit?: number } = {}): RematchOutcome {
  const state = states.get(ctx.jobs) ?? { jobId: null, again: false };
  states.set(ctx.jobs, state);
  if (state.jobId) {
    state.again = true;
    return { mode: 'job', jobId: state.jobId };
  }
  // The highest id stands in for the count: instant at any size, and never an underestimate.
  const posts = ctx.db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get() as number;
  if (posts === 0) return { mode: 'none' };
  if (posts <= (opts.inlineLimit ?? INLINE_REMATCH_LIMIT)) {
    const r = rematchPosts(ctx.db);
    if (r.changedPosts > 0) ctx.emit({ type: 'data-changed', tables: ['mentions', 'posts'] });
    return {
      mode: 'inline',
      posts: r.posts,
      changedPosts: r.changedPosts,
      linked: r.linked,
      unlinked: r.unlinked,
      seconds: r.seconds,
    };
  }
  return { mode: 'job', jobId: startJob(ctx, state) };
}

function startJob(ctx: ApiContext, state: State): string {
  const { jobId, done } = ctx.jobs.start('rematch', {});
  state.jobId = jobId;
  const finished = () => {
    state.jobId = null;
    if (state.again) {
      state.again = false;
      startJob(ctx, state);
    }
  };
  done.then(finished, finished);
  return jobId;
}
