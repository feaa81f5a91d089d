/**
 * Handles as staff and rosters write them — "@jane", "https://x.com/jane", "bsky.app/profile/jane.bsky.social",
 * "facebook.com/profile.php?id=123", "@jane@mastodon.social" — turned into what the matcher compares:
 * the bare handle (no '@', case kept for display) and, where the address carries one, the account id.
 * Pure functions (no Node), so the API's zod schemas can use them.
 */
export const PLATFORMS = [
  'x',
  'bluesky',
  'mastodon',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  reddit: 'Reddit',
};

export interface NormalHandle {
  handle: string | null;
  accountId: string | null;
}

export type HandleResult = { ok: true; value: NormalHandle } | { ok: false; message: string };

const HOSTS: Partial<Record<Platform, RegExp>> = {
  x: /(^|\.)(x|twitter)\.com$/i,
  bluesky: /(^|\.)bsky\.app$/i,
  facebook: /(^|\.)(facebook|fb)\.com$/i,
  instagram: /(^|\.)instagram\.com$/i,
  youtube: /(^|\.)youtube\.com$/i,
  tiktok: /(^|\.)tiktok\.com$/i,
  reddit: /(^|\.)reddit\.com$/i,
};

const RULES: Record<Platform, { re: RegExp; explain: string }> = {
  // Lengths are generous on purpose: a handle already on record must never block saving an edit.
  x: { re: /^[A-Za-z0-9_]{1,50}$/, explain: 'X handles use only letters, digits and underscores' },
  bluesky: {
    re: /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i,
    explain: 'Bluesky handles look like a web address, e.g. name.bsky.social',
  },
  mastodon: {
    re: /^\w[\w.-]*@(?:[a-z0-9-]+\.)+[a-z]{2,}$/i,
    explain: 'Mastodon handles include the server, e.g. name@mastodon.social',
  },
  facebook: {
    re: /^[\w.-]{1,100}$/,
    explain: 'Facebook page names use letters, digits, dots, dashes and underscores',
  },
  instagram: {
    re: /^[\w.]{1,60}$/,
    explain: 'Instagram handles use only letters, digits, dots and underscores',
  },
  youtube: {
    re: /^[\w.-]{1,100}$/,
    explain: 'YouTube handles use letters, digits, dots, dashes and underscores',
  },
  tiktok: {
    re: /^[\w.]{1,60}$/,
    explain: 'TikTok handles use only letters, digits, dots and underscores',
  },
  reddit: {
    re: /^[A-Za-z0-9_-]{1,60}$/,
    explain: 'Reddit user names use only letters, digits, dashes and underscores',
  },
};

function parseUrl(raw: string): URL | null {
  const withScheme = /^https?:\/\//i.test(raw)
    ? raw
    : /^[\w.-]+\.[a-z]{2,}\//i.test(raw)
      ? `https://${raw}`
      : null;
  if (!withScheme) return null;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/** Reads a handle or account id out of a profile address; null when the address says neither. */
function fromUrl(platform: Platform, url: URL): NormalHandle | null {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const first = parts[0] ?? '';
  switch (platform) {
    case 'x':
      if (url.searchParams.get('user_id'))
        return { handle: null, accountId: url.searchParams.get('user_id') };
      return first && !['intent', 'i', 'home', 'search'].includes(first.toLowerCase())
        ? { handle: first.replace(/^@/, ''), accountId: null }
        : null;
    case 'bluesky': {
      const who = parts[0] === 'profile' ? parts[1] : undefined;
      if (!who) return null;
      return who.startsWith('did:') ? { handle: null, accountId: who } : { handle: who, accountId: null };
    }
    case 'mastodon': {
      const user = first.startsWith('@') ? first.slice(1) : parts[0] === 'users' ? parts[1] : undefined;
      return user ? { handle: `${user}@${url.hostname}`, accountId: null } : null;
    }
    case 'facebook': {
      const id = url.searchParams.get('id');
      if (first === 'profile.php' && id) return { handle: null, accountId: id };
      if (first === 'people' && parts[2]) return { handle: null, accountId: parts[2] };
      if (first === 'pages' && parts.length >= 3)
        return { handle: null, accountId: parts[parts.length - 1]! };
      return first ? { handle: first, accountId: null } : null;
    }
    case 'youtube':
      if (first.startsWith('@')) return { handle: first.slice(1), accountId: null };
      if (first === 'channel' && parts[1]) return { handle: null, accountId: parts[1] };
      if ((first === 'c' || first === 'user') && parts[1]) return { handle: parts[1], accountId: null };
      return null;
    case 'tiktok':
      return first ? { handle: first.replace(/^@/, ''), accountId: null } : null;
    case 'reddit':
      return (first === 'u' || first === 'user') && parts[1] ? { handle: parts[1], accountId: null } : null;
    default:
      return first ? { handle: first.replace(/^@/, ''), accountId: null } : null;
  }
}

/**
 * Normalises one handle for a platform. `accountId` (optional) is kept as given. Returns a message a
 * person can act on when the handle cannot be right for that platform.
 */
export function normaliseHandle(
  platform: Platform,
  rawHandle: string | null | undefined,
  rawAccountId?: string | null,
): HandleResult {
  const label = PLATFORM_LABELS[platform];
  let handle = (rawHandle ?? '').trim();
  let accountId = (rawAccountId ?? '').trim() || null;
  if (handle) {
    const url = parseUrl(handle);
    if (url) {
      const host = HOSTS[platform];
      if (host && !host.test(url.hostname)) {
        return {
          ok: false,
          message: `${url.hostname} is not ${/^[AEIOUX]/.test(label) ? 'an' : 'a'} ${label} address. Paste the ${label} handle or profile link.`,
        };
      }
      const got = fromUrl(platform, url);
      if (!got)
        return {
          ok: false,
          message: `Bulwark could not find a ${label} handle in ${handle}. Type the handle instead.`,
        };
      handle = got.handle ?? '';
      accountId = accountId ?? got.accountId;
    } else {
      if (platform === 'reddit') handle = handle.replace(/^\/?u\//i, '');
      handle = handle.replace(/^[@＠]/, '');
    }
  }
  if (!handle && !accountId) return { ok: false, message: `Give a ${label} handle or account id.` };
  if (handle && !RULES[platform].re.test(handle)) {
    return {
      ok: false,
      message: `"${rawHandle?.trim()}" is not a valid ${label} handle: ${RULES[platform].explain}.`,
    };
  }
  if (accountId && !/^[\w:.@-]{1,200}$/.test(accountId)) {
    return {
      ok: false,
      message: `"${accountId}" is not a valid ${label} account id (letters, digits, ':', '.', '-' or '_').`,
    };
  }
  return { ok: true, value: { handle: handle || null, accountId } };
}

/** The key two handles share when they are the same account for matching purposes. */
export function handleKey(platform: string, h: NormalHandle): string {
  return `${platform}\u0000${(h.handle ?? '').toLowerCase()}\u0000${h.accountId ?? ''}`;
}
