/**
 * manifest.json: what the pack holds and how to check it. It lists the SHA-256 of every other file and
 * of every post's raw record, and the provenance of each import. Its last field, `seal`, is the SHA-256
 * of the manifest's own bytes with the seal written as 64 zeros, so an edit anywhere in the manifest
 * (even one byte of spacing) shows. The pack id is derived from the content, not a random number: the
 * same posts, case and redaction always give the same id.
 */
import { sha256Hex } from './jsonl';
import type { PackData, RedactionSummary } from './types';

export const MANIFEST_FORMAT = 'bulwark-evidence-pack';
export const MANIFEST_FILE = 'manifest.json';
export const ZERO_SEAL = '0'.repeat(64);

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface ManifestPost {
  /** Line in posts.jsonl (1-based), which is also the post's number in the report and posts.csv. */
  line: number;
  platform: string;
  postId: string;
  /** SHA-256 of the record as it is in posts.jsonl. */
  rawSha256: string;
  /** SHA-256 recorded when the record was imported (equal to rawSha256 unless redacted). */
  importedRawSha256: string;
  importId: number | null;
  redacted?: true;
  encoding?: 'json-string';
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  formatVersion: 1;
  packId: string;
  generatedAt: string;
  app: { name: string; version: string };
  classifierVersions: string[];
  case: {
    id: number | null;
    title: string;
    person: string | null;
    status: string;
    references: PackData['case']['references'];
  };
  period: { first: string | null; last: string | null };
  preparedBy: string;
  redaction: { applied: string[]; handlesReplaced: number; reviewersReplaced: number; description: string[] };
  files: ManifestFile[];
  posts: ManifestPost[];
  imports: {
    id: number;
    fileName: string;
    fileSha256: string | null;
    importedAt: string;
    format: string | null;
  }[];
  howToVerify: string;
  seal: string;
}

/** BWK-XXXX-XXXX-XXXX-XXXX from the content's hashes. */
export function packIdFor(parts: string[]): string {
  const hex = sha256Hex(parts.join('\n')).slice(0, 16).toUpperCase();
  return `BWK-${hex.match(/.{4}/g)!.join('-')}`;
}

export function manifestPosts(data: PackData, hashes: string[], encoded: Set<number>): ManifestPost[] {
  return data.posts.map((p, i) => ({
    line: i + 1,
    platform: p.platform,
    postId: p.platformPostId,
    rawSha256: hashes[i]!,
    importedRawSha256: p.storedRawSha256,
    importId: p.importId,
    ...(hashes[i] !== p.storedRawSha256 && !encoded.has(i) ? { redacted: true as const } : {}),
    ...(encoded.has(i) ? { encoding: 'json-string' as const } : {}),
  }));
}

export function buildManifest(input: {
  data: PackData;
  packId: string;
  generatedAt: string;
  redaction: RedactionSummary;
  files: ManifestFile[];
  posts: ManifestPost[];
}): string {
  const { data } = input;
  const m: Manifest = {
    format: MANIFEST_FORMAT,
    formatVersion: 1,
    packId: input.packId,
    generatedAt: input.generatedAt,
    app: { name: 'Bulwark', version: data.appVersion },
    classifierVersions: data.classifierVersions,
    case: {
      id: data.case.id,
      title: data.case.title,
      person: data.case.person,
      status: data.case.status,
      references: data.case.references,
    },
    period: {
      first: data.posts[0]?.createdAt ?? null,
      last: data.posts.at(-1)?.createdAt ?? null,
    },
    preparedBy: data.preparedBy,
    redaction: {
      applied: input.redaction.options,
      handlesReplaced: input.redaction.handlesReplaced,
      reviewersReplaced: input.redaction.reviewersReplaced,
      description: input.redaction.description,
    },
    files: input.files,
    posts: input.posts,
    imports: data.imports.map((i) => ({
      id: i.id,
      fileName: i.fileName,
      fileSha256: i.fileSha256,
      importedAt: i.importedAt,
      format: i.format,
    })),
    howToVerify:
      'Run "bulwark verify-pack PACK.zip", or compare the SHA-256 of each file with "files", and of each line of posts.jsonl with "posts". "seal" is the SHA-256 of this file with the seal written as 64 zeros.',
    seal: ZERO_SEAL,
  };
  const unsealed = `${JSON.stringify(m, null, 2)}\n`;
  return sealed(unsealed, sha256Hex(unsealed));
}

function sealed(text: string, seal: string): string {
  const at = text.lastIndexOf(`"seal": "${ZERO_SEAL}"`);
  return `${text.slice(0, at)}"seal": "${seal}"${text.slice(at + `"seal": "${ZERO_SEAL}"`.length)}`;
}

/** Checks the seal: the text with its seal zeroed must hash to the seal. */
export function sealMatches(text: string): boolean {
  const m = /"seal": "([0-9a-f]{64})"\s*}\s*$/.exec(text);
  if (!m) return false;
  const zeroed = `${text.slice(0, m.index)}"seal": "${ZERO_SEAL}"${text.slice(m.index + `"seal": "${m[1]}"`.length)}`;
  return sha256Hex(zeroed) === m[1];
}
