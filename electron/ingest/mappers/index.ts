/**
 * Every source format Bulwark reads, in detection order: formats with the most distinctive shape
 * first, so a unit that could loosely fit a broader pattern is claimed by its own mapper. Each
 * detect() is also strict enough on its own not to claim another format's units (tested as a matrix).
 */
import type { FormatMapper } from '../types';
import { blueskyMapper } from './bluesky';
import { crowdtangleApiMapper } from './crowdtangle-api';
import { crowdtangleCsvMapper } from './crowdtangle-csv';
import { mastodonApiMapper } from './mastodon-api';
import { mastodonOutboxMapper } from './mastodon-outbox';
import { redditListingMapper } from './reddit-listing';
import { redditPushshiftMapper } from './reddit-pushshift';
import { tiktokMapper } from './tiktok';
import { xArchiveMapper } from './x-archive';
import { xFlatMapper } from './x-v2-flat';
import { xApiV1Mapper } from './x-v1';
import { xApiV2Mapper } from './x-v2';
import { youtubeMapper } from './youtube';

export const MAPPERS: FormatMapper[] = [
  youtubeMapper,
  redditListingMapper,
  mastodonOutboxMapper,
  crowdtangleApiMapper,
  tiktokMapper,
  blueskyMapper,
  xArchiveMapper,
  xFlatMapper,
  xApiV2Mapper,
  xApiV1Mapper,
  mastodonApiMapper,
  redditPushshiftMapper,
  crowdtangleCsvMapper,
];

export function mapperByName(name: string): FormatMapper | undefined {
  return MAPPERS.find((m) => m.name === name);
}

/** The first mapper that claims the unit (call with the file's first unit). */
export function detectMapper(unit: unknown): FormatMapper | undefined {
  return MAPPERS.find((m) => m.detect(unit));
}

export { createXArchiveMapper } from './x-archive';
export type { ArchiveOwner } from './x-archive';
export { parseJsonLossless } from './lossless-json';
