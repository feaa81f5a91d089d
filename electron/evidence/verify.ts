/**
 * Checks a pack against its manifest: every file's SHA-256 and size, files missing or added, every
 * post's raw record (line N of posts.jsonl against post N of the manifest), and the manifest's own seal.
 * Works on the ZIP's bytes alone: no database, no network.
 */
import type { PackCheck } from '../api/types';
import { sha256Hex } from './jsonl';
import { platformName } from './postFields';
import { MANIFEST_FILE, MANIFEST_FORMAT, sealMatches, type Manifest, type ManifestPost } from './manifest';
import { readZip, ZipUnreadable } from './zip';

function unreadable(problem: string): PackCheck {
  return {
    status: 'unreadable',
    packId: null,
    caseTitle: null,
    generatedAt: null,
    files: 0,
    posts: 0,
    changedFiles: [],
    missingFiles: [],
    extraFiles: [],
    alteredPosts: [],
    problems: [problem],
  };
}

function postName(p: ManifestPost | undefined, line: number): string {
  return p ? `post ${p.line} (${platformName(p.platform)} post ${p.postId})` : `line ${line} of posts.jsonl`;
}

function checkPosts(manifest: Manifest, jsonl: Uint8Array, out: PackCheck): void {
  const text = new TextDecoder('utf-8').decode(jsonl);
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text ? text.split('\n') : [];
  const n = Math.max(lines.length, manifest.posts.length);
  for (let i = 0; i < n; i++) {
    const entry = manifest.posts[i];
    const line = lines[i];
    if (line === undefined) {
      out.alteredPosts.push(postName(entry, i + 1));
      out.problems.push(`The raw record of ${postName(entry, i + 1)} is missing from posts.jsonl.`);
    } else if (!entry) {
      out.alteredPosts.push(postName(undefined, i + 1));
      out.problems.push(`posts.jsonl has an extra record on line ${i + 1} that the manifest does not list.`);
    } else if (sha256Hex(line) !== entry.rawSha256) {
      out.alteredPosts.push(postName(entry, i + 1));
      out.problems.push(
        `The raw record of ${postName(entry, i + 1)} was changed (its SHA-256 no longer matches).`,
      );
    }
  }
}

export function verifyPack(zip: Uint8Array): PackCheck {
  let files: Map<string, Uint8Array>;
  let damaged: string[];
  try {
    ({ files, damaged } = readZip(zip));
  } catch (err) {
    if (err instanceof ZipUnreadable) return unreadable(`This file cannot be checked: ${err.message}.`);
    throw err;
  }
  const raw = files.get(MANIFEST_FILE);
  if (!raw)
    return unreadable(
      damaged.includes(MANIFEST_FILE)
        ? 'manifest.json in this ZIP is damaged and cannot be read, so nothing can be checked.'
        : 'This ZIP has no manifest.json: it is not a Bulwark evidence pack, or its manifest was removed.',
    );
  const out: PackCheck = {
    status: 'intact',
    packId: null,
    caseTitle: null,
    generatedAt: null,
    files: files.size,
    posts: 0,
    changedFiles: [],
    missingFiles: [],
    extraFiles: [],
    alteredPosts: [],
    problems: [],
  };
  const manifestText = new TextDecoder('utf-8').decode(raw);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    out.status = 'tampered';
    out.changedFiles.push(MANIFEST_FILE);
    out.problems.push(
      'manifest.json was altered: it is no longer valid JSON, so the other files cannot be checked against it.',
    );
    return out;
  }
  const sealOk = sealMatches(manifestText);
  if (
    !manifest ||
    manifest.format !== MANIFEST_FORMAT ||
    !Array.isArray(manifest.files) ||
    !Array.isArray(manifest.posts)
  ) {
    if (sealOk) return unreadable('manifest.json is not a Bulwark evidence-pack manifest.');
    out.status = 'tampered';
    out.changedFiles.push(MANIFEST_FILE);
    out.problems.push('manifest.json was altered: it no longer has the shape of a Bulwark manifest.');
    return out;
  }
  out.packId = typeof manifest.packId === 'string' ? manifest.packId : null;
  out.caseTitle = manifest.case?.title ?? null;
  out.generatedAt = manifest.generatedAt ?? null;
  out.posts = manifest.posts.length;
  if (!sealOk) {
    out.changedFiles.push(MANIFEST_FILE);
    out.problems.push(
      'manifest.json was altered after the pack was made (its seal does not match its content).',
    );
  }
  const listed = new Set<string>([MANIFEST_FILE]);
  for (const f of manifest.files) {
    listed.add(f.name);
    const data = files.get(f.name);
    if (damaged.includes(f.name)) {
      out.changedFiles.push(f.name);
      out.problems.push(`${f.name} is damaged inside the ZIP and cannot be read.`);
    } else if (!data) {
      out.missingFiles.push(f.name);
      out.problems.push(`${f.name} is missing from the pack.`);
    } else if (sha256Hex(data) !== f.sha256 || data.byteLength !== f.bytes) {
      out.changedFiles.push(f.name);
      out.problems.push(`${f.name} was changed (its SHA-256 no longer matches the manifest).`);
    }
  }
  for (const name of [...files.keys(), ...damaged])
    if (!listed.has(name) && !out.extraFiles.includes(name)) {
      out.extraFiles.push(name);
      out.problems.push(`${name} was added to the pack; the manifest does not list it.`);
    }
  const jsonl = files.get('posts.jsonl');
  if (jsonl) checkPosts(manifest, jsonl, out);
  for (const p of manifest.posts)
    if (!p.redacted && !p.encoding && p.rawSha256 !== p.importedRawSha256) {
      out.problems.push(
        `The manifest's two hashes for ${postName(p, p.line)} disagree, though the pack is not redacted.`,
      );
      if (!out.changedFiles.includes(MANIFEST_FILE)) out.changedFiles.push(MANIFEST_FILE);
    }
  if (out.problems.length) out.status = 'tampered';
  return out;
}
