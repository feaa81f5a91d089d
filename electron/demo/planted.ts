/**
 * The answer key, stored beside the data: what campaigns and spikes were planted, so detectors and the
 * UI's "demo" badges can be checked against it. Per-post truth lives in demo_truth; this is the summary.
 */
import type { DB } from '../../db/connection';
import { setSetting } from '../../db/settings';
import type { Campaign } from './campaigns';
import type { CastMember } from './cast';
import type { Timeline } from './timeline';

export const PLANTED_KEY = 'demo.planted';

export interface PlantedCampaign {
  id: string;
  kind: 'coordinated' | 'pileon' | 'hashtag' | 'link';
  personId: number;
  person: string;
  platform: string;
  category: string;
  hashtag: string | null;
  /** Link bursts: the link every post shares. */
  link?: string | null;
  /** accounts.id of every account that took part, ascending. */
  accountIds: number[];
  posts: number;
  start: string;
  end: string;
  /** Pile-ons: posts.id and platform id of the person's post that was piled on. */
  targetPostId: number | null;
  targetPlatformPostId: string | null;
}

export interface PlantedSummary {
  version: 1;
  seed: number;
  posts: number;
  now: string;
  from: string;
  to: string;
  campaigns: PlantedCampaign[];
  spikes: { id: string; personId: number; person: string; start: string; event: string; tag: string }[];
}

export function savePlanted(
  db: DB,
  meta: { seed: number; posts: number; nowMs: number },
  tl: Timeline,
  cast: CastMember[],
  campaigns: Campaign[],
): PlantedSummary {
  const iso = (ms: number) => new Date(ms).toISOString();
  const summary: PlantedSummary = {
    version: 1,
    seed: meta.seed,
    posts: meta.posts,
    now: iso(meta.nowMs),
    from: iso(tl.startMs),
    to: iso(tl.endMs),
    campaigns: campaigns.map((c) => ({
      id: c.id,
      kind: c.kind,
      personId: c.person.personId,
      person: c.person.name,
      platform: c.platform,
      category: c.category,
      hashtag: c.hashtag,
      link: c.link,
      accountIds: [...c.accountIds].sort((a, b) => a - b),
      posts: c.posts,
      start: iso(c.firstMs),
      end: iso(c.lastMs),
      targetPostId: c.target?.postId ?? null,
      targetPlatformPostId: c.target?.ref.platformPostId ?? null,
    })),
    spikes: tl.spikes.map((s) => ({
      id: s.id,
      personId: cast[s.person]!.personId,
      person: cast[s.person]!.name,
      start: iso(s.startMs),
      event: s.event,
      tag: s.tag,
    })),
  };
  setSetting(db, PLANTED_KEY, summary);
  return summary;
}
