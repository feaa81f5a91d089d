/**
 * Redaction for a version of the pack to share with the press:
 * - handles: other people's @handles in post text become "@[redacted]". The post's author and the
 *   people we monitor (public figures, the targets) stay. The same handles are blanked wherever they
 *   appear in that post's raw record too, or the raw file would undo the redaction.
 * - reviewers: staff names (reviewers, who added posts, who prepared the pack, case timeline) become
 *   "Reviewer A", "Reviewer B"… in order of first appearance, so distinct decisions stay distinct.
 * The pack's manifest records which options were applied and how much was replaced.
 */
import type { RedactOption } from '../api/types';
import type { PackData, PackPost, RedactionSummary } from './types';

export const REDACTED_HANDLE = '@[redacted]';

/** @name, @name.bsky.social, @user@instance.social — but not the middle of an e-mail address. */
const HANDLE_RE =
  /(?<![\w@.])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/g;

function norm(h: string): string {
  return h.replace(/^@/, '').toLowerCase();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function redactPostHandles(p: PackPost, keep: Set<string>): { post: PackPost; replaced: number } {
  const own = p.authorHandle ? norm(p.authorHandle) : null;
  const removed = new Set<string>();
  let replaced = 0;
  const text = p.text.replace(HANDLE_RE, (whole, name: string) => {
    const n = name.toLowerCase();
    if (n === own || keep.has(n) || keep.has(norm(whole))) return whole;
    removed.add(whole.slice(1));
    replaced++;
    return REDACTED_HANDLE;
  });
  if (!removed.size) return { post: p, replaced: 0 };
  let raw = p.raw;
  // Longest first, so "@ann.bsky.social" is not half-replaced by "@ann".
  for (const h of [...removed].sort((a, b) => b.length - a.length)) {
    raw = raw.replace(new RegExp(`(?<![\\w.@-])@?${escapeRe(h)}(?![\\w-])`, 'gi'), '[redacted]');
  }
  return { post: { ...p, text, raw }, replaced };
}

function reviewerAliases(data: PackData): Map<string, string> {
  const names = new Map<string, string>();
  const see = (n: string | null | undefined) => {
    if (!n || names.has(n)) return;
    const i = names.size;
    names.set(n, `Reviewer ${i < 26 ? String.fromCharCode(65 + i) : i + 1}`);
  };
  see(data.preparedBy);
  see(data.case.createdBy);
  for (const e of data.case.timeline) see(e.actor);
  for (const p of data.posts) {
    see(p.addedToCase?.by);
    for (const r of p.reviews) see(r.reviewer);
  }
  return names;
}

export function redact(
  data: PackData,
  options: RedactOption[],
): { data: PackData; summary: RedactionSummary } {
  const opts = [...new Set(options)].sort();
  let out = data;
  let handlesReplaced = 0;
  let reviewersReplaced = 0;
  const description: string[] = [];
  if (opts.includes('handles')) {
    const keep = new Set(data.monitoredHandles.map(norm));
    out = {
      ...out,
      posts: out.posts.map((p) => {
        const r = redactPostHandles(p, keep);
        handlesReplaced += r.replaced;
        return r.post;
      }),
    };
    description.push(
      `Other people's @handles in post text (and the same handles in those posts' raw records) are replaced by "${REDACTED_HANDLE}". Authors' handles and the handles of the people Bulwark monitors are kept.`,
    );
  }
  if (opts.includes('reviewers')) {
    const names = reviewerAliases(out);
    reviewersReplaced = names.size;
    const alias = (n: string | null) => (n === null ? null : (names.get(n) ?? n));
    out = {
      ...out,
      preparedBy: alias(out.preparedBy) ?? out.preparedBy,
      case: {
        ...out.case,
        createdBy: alias(out.case.createdBy),
        timeline: out.case.timeline.map((e) => ({ ...e, actor: alias(e.actor) ?? e.actor })),
      },
      posts: out.posts.map((p) => ({
        ...p,
        addedToCase: p.addedToCase ? { ...p.addedToCase, by: alias(p.addedToCase.by) } : null,
        reviews: p.reviews.map((r) => ({ ...r, reviewer: alias(r.reviewer) ?? r.reviewer })),
      })),
    };
    description.push(
      'Staff names (reviewers, who added posts, who prepared the pack) are replaced by "Reviewer A", "Reviewer B"… consistently. Names written inside notes are not changed.',
    );
  }
  return { data: out, summary: { options: opts, handlesReplaced, reviewersReplaced, description } };
}
