/**
 * Plain words for campaigns: what each kind means, what the detector's measurements say, and what each
 * editable parameter does. Press officers read these, not the detector's variable names.
 */
import type { CampaignKind, CampaignSummary } from '../../../electron/api/types';
import { formatNumber, plural } from '../format';

export const KIND_LABEL: Record<CampaignKind, string> = {
  coposting: 'Copied message',
  hashtag: 'Hashtag push',
  link: 'Link push',
  pileon: 'Pile-on',
};

export const KIND_HELP: Record<CampaignKind, string> = {
  coposting: 'Many accounts posted the same message (with small edits) at one person in a short time.',
  hashtag: 'Many accounts pushed one hashtag at one person in a short time.',
  link: 'Many accounts shared the same link at one person in a short time.',
  pileon: 'Many accounts replied to one of the person’s own posts within a few hours.',
};

export const pct = (x: number) => `${Math.round(x * 100)}%`;

export function duration(startIso: string, endIso: string): string {
  const minutes = Math.max(1, Math.round((Date.parse(endIso) - Date.parse(startIso)) / 60_000));
  if (minutes < 90) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  return plural(Math.round(hours / 24), 'day');
}

const timeFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** '8 Aug 2026, 12:45 UTC' */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${timeFmt.format(d)} UTC`;
}

/** One sentence saying what happened, for the list and the top of the detail. */
export function describe(c: CampaignSummary): string {
  const who = c.person ?? 'someone you monitor';
  const accounts = plural(c.accounts, 'account');
  const within = duration(c.start, c.end);
  switch (c.kind) {
    case 'coposting':
      return `${accounts} posted the same message at ${who} within ${within}.`;
    case 'hashtag':
      return `${accounts} pushed ${c.label || 'one hashtag'} at ${who} within ${within}.`;
    case 'link':
      return `${accounts} shared the same link at ${who} within ${within}.`;
    case 'pileon':
      return `${accounts} replied to one of ${who}’s posts within ${within}.`;
  }
}

/** "How strong": the 0–100 score in words. */
export function strengthWord(score: number): string {
  if (score >= 75) return 'Very strong';
  if (score >= 50) return 'Strong';
  return 'Moderate';
}

/** Detector measurements in plain words; unknown ones are left out. */
export function signalLines(kind: CampaignKind, s: Record<string, number | string>): string[] {
  const out: string[] = [];
  const n = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : null);
  const ratio = n('burstRatio');
  if (ratio !== null)
    out.push(
      kind === 'coposting'
        ? `This message was ${formatNumber(Math.round(ratio))} times more common than usual in posts to this person.`
        : `This ${kind === 'hashtag' ? 'hashtag' : 'link'} was ${formatNumber(Math.round(ratio))} times more common than usual in posts to this person.`,
    );
  const share = n('shareOfPersonPosts');
  if (share !== null)
    out.push(`It made up ${pct(share)} of everything posted to this person while it lasted.`);
  const focus = n('focus');
  if (focus !== null) out.push(`${pct(focus)} of the posts using it in that time were aimed at this person.`);
  const sim = n('meanSimilarity');
  if (sim !== null) out.push(`The posts share about ${pct(sim)} of their wording with each other.`);
  const peak = n('peakRepliers');
  const usual = n('usualRepliers');
  if (peak !== null && usual !== null)
    out.push(
      `${plural(peak, 'account')} replied within the time window; this person’s posts usually draw about ${formatNumber(Math.round(usual))}.`,
    );
  const hostile = n('hostileShare');
  if (hostile !== null)
    out.push(`${pct(hostile)} of the replies were abuse or political attacks, not support.`);
  if (typeof s.alsoFoundAs === 'string' && s.alsoFoundAs)
    out.push(
      `Also found as: ${s.alsoFoundAs.replace(/\bcoposting\b/g, 'copied message').replace(/\bpileon\b/g, 'pile-on')}.`,
    );
  return out;
}

export interface ParamField {
  group: string;
  key: string;
  label: string;
  help: string;
  /** Shown and edited as a percentage (stored 0–1). */
  percent?: boolean;
  step?: number;
}

const WINDOW = (what: string): ParamField['help'] =>
  `How close together in time ${what} must be, in minutes.`;

export const PARAM_FIELDS: Record<CampaignKind, ParamField[]> = {
  coposting: [
    {
      group: 'coposting',
      key: 'minAccounts',
      label: 'Fewest accounts',
      help: 'How many different accounts must post the same message.',
    },
    { group: 'coposting', key: 'windowMinutes', label: 'Time window (minutes)', help: WINDOW('the posts') },
    {
      group: 'coposting',
      key: 'similarity',
      label: 'How alike (%)',
      help: 'Share of wording two posts must have in common to count as the same message.',
      percent: true,
    },
    {
      group: 'coposting',
      key: 'minWords',
      label: 'Fewest words',
      help: 'Shorter posts are too generic to show copying.',
    },
    {
      group: 'coposting',
      key: 'burstRatio',
      label: 'Times more than usual',
      help: 'How much more often than usual the message must appear.',
      step: 0.5,
    },
    {
      group: 'coposting',
      key: 'minNewShare',
      label: 'New accounts (%)',
      help: 'Listed when at least this share of the accounts are new…',
      percent: true,
    },
    {
      group: 'coposting',
      key: 'minDominance',
      label: 'Share of all posts (%)',
      help: '…or the message is at least this share of everything sent to the person at the time.',
      percent: true,
    },
  ],
  hashtag: burstFields('hashtag'),
  link: burstFields('link'),
  pileon: [
    {
      group: 'pileon',
      key: 'minAccounts',
      label: 'Fewest accounts',
      help: 'How many different accounts must reply.',
    },
    { group: 'pileon', key: 'windowMinutes', label: 'Time window (minutes)', help: WINDOW('the replies') },
    {
      group: 'pileon',
      key: 'surgeFactor',
      label: 'Times more than usual',
      help: 'How many times more repliers than this person’s posts usually draw.',
      step: 0.5,
    },
    {
      group: 'pileon',
      key: 'minHostileShare',
      label: 'Hostile replies (%)',
      help: 'Share of replies that must be abuse or political attack rather than support.',
      percent: true,
    },
  ],
};

function burstFields(group: 'hashtag' | 'link'): ParamField[] {
  const thing = group === 'hashtag' ? 'hashtag' : 'link';
  return [
    {
      group,
      key: 'minAccounts',
      label: 'Fewest accounts',
      help: `How many different accounts must use the ${thing}.`,
    },
    { group, key: 'windowMinutes', label: 'Time window (minutes)', help: WINDOW('the posts') },
    {
      group,
      key: 'focus',
      label: 'Aimed at the person (%)',
      help: `Share of the ${thing}’s posts that must mention this one person.`,
      percent: true,
    },
    {
      group,
      key: 'burstRatio',
      label: 'Times more than usual',
      help: `How much more often than usual the ${thing} must appear.`,
      step: 0.5,
    },
    {
      group,
      key: 'minNewShare',
      label: 'New accounts (%)',
      help: 'Listed when at least this share of the accounts are new…',
      percent: true,
    },
    {
      group,
      key: 'minAbusiveShare',
      label: 'Abusive posts (%)',
      help: '…or at least this share of the posts are abusive.',
      percent: true,
    },
  ];
}

export const HISTORY_FIELDS: ParamField[] = [
  {
    group: 'history',
    key: 'newAccountDays',
    label: 'New account (days old)',
    help: 'An account created this many days or fewer before it joined in counts as new.',
  },
  {
    group: 'history',
    key: 'lowHistoryPosts',
    label: 'Low history (posts)',
    help: 'An account with at most this many earlier posts here counts as low-history.',
  },
];
