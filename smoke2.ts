import { units, sharedFile } from './tests/fixtures/ingest/load';
import { detectMapper } from './electron/ingest/mappers';
const [f, ...ids] = process.argv.slice(2);
const us = units(f!.startsWith('/') ? f! : sharedFile(f!));
for (const u of us) {
  const r = detectMapper(u)!.map(u);
  for (const p of r.posts) {
    if (ids.length && !ids.includes(p.post.platformPostId)) continue;
    const { raw, ...rest } = p.post;
    console.log(JSON.stringify({ ...rest, raw: raw.length, author: p.author, mh: p.mentionedHandles, mi: p.mentionedAccountIds }));
  }
  for (const j of r.rejects) console.log('REJECT', j.index, j.reason);
}
