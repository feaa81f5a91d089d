/**
 * Evidence packs from the API: start the build job (for a case or an explorer filter), read a finished
 * pack back for the browser to save, and check a pack file. Packs are written beside the database in
 * "Evidence packs" (see evidence/packsDir.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCase } from '../../../db/cases';
import { countPosts } from '../../../db/postFilter';
import { MAX_PACK_POSTS } from '../../evidence/exportCase';
import { packFileName, packsDir } from '../../evidence/packsDir';
import { verifyPack } from '../../evidence/verify';
import { actorName } from '../../people/service';
import { ApiError } from '../errors';
import { asApi } from './cases';
import type { HandlerMap } from './index';

export const evidenceHandlers: HandlerMap<
  'evidence.export' | 'evidence.exportFilter' | 'evidence.download' | 'evidence.verify'
> = {
  'evidence.export': (ctx, args) => {
    const c = asApi(() => getCase(ctx.db, args.caseId));
    if (c.posts === 0)
      throw new ApiError(
        'INVALID_INPUT',
        `Case ${c.id} has no posts yet. Add posts to it before making a pack.`,
      );
    const generatedAt = new Date().toISOString();
    const fileName = packFileName(c.id, c.title, generatedAt, args.redact.length > 0);
    const { jobId } = ctx.jobs.start('evidence', {
      caseId: c.id,
      redact: args.redact,
      out: path.join(packsDir(ctx.dbPath), fileName),
      generatedAt,
      actor: actorName(ctx.db),
    });
    return { jobId, fileName };
  },
  'evidence.exportFilter': (ctx, args) => {
    const n = countPosts(ctx.db, args.filter);
    if (n === 0)
      throw new ApiError('INVALID_INPUT', 'No posts match this filter, so there is nothing to pack.');
    if (n > MAX_PACK_POSTS)
      throw new ApiError(
        'INVALID_INPUT',
        `This filter matches ${n.toLocaleString('en-GB')} posts; a pack holds at most ${MAX_PACK_POSTS.toLocaleString('en-GB')}. Narrow it (dates, people, categories) first.`,
      );
    const generatedAt = new Date().toISOString();
    const fileName = packFileName(0, args.title, generatedAt, args.redact.length > 0).replace(
      /^case-0-/,
      'posts-',
    );
    const { jobId } = ctx.jobs.start('evidence', {
      filter: args.filter,
      title: args.title,
      redact: args.redact,
      out: path.join(packsDir(ctx.dbPath), fileName),
      generatedAt,
      actor: actorName(ctx.db),
    });
    return { jobId, fileName };
  },
  'evidence.download': (ctx, args) => {
    // The schema allows a bare file name only; basename() makes sure no path can reach outside.
    const file = path.join(packsDir(ctx.dbPath), path.basename(args.file));
    if (!fs.existsSync(file))
      throw new ApiError(
        'NOT_FOUND',
        `The pack ${args.file} is no longer in the "Evidence packs" folder (moved or deleted). Export it again.`,
      );
    const bytes = fs.readFileSync(file);
    return { fileName: path.basename(file), bytes: bytes.byteLength, base64: bytes.toString('base64') };
  },
  'evidence.verify': (_ctx, args) => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(args.path);
    } catch (err) {
      throw new ApiError('NOT_FOUND', `Could not open ${args.path}: ${(err as Error).message}`);
    }
    return verifyPack(bytes);
  },
};
