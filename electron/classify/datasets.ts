import fs from 'node:fs';
import path from 'node:path';
import { fnv1a } from './hash';

/**
 * Readers for the labelled sets in ../shared/datasets and the one definition of their splits, used by
 * both training and evaluation so a held-out row can never leak into training.
 *
 * Splits are deterministic: FNV-1a of "<dataset>:<row id>" mod 10 — 0 → test, 1 → validation
 * (threshold and hyper-parameter tuning), else train. EDOS ships its own dev split; we use it as test.
 */
export type Split = 'train' | 'val' | 'test';
export type Head = 'offensive' | 'targeted' | 'sexism' | 'antisemitism';
export const HEADS: Head[] = ['offensive', 'targeted', 'sexism', 'antisemitism'];

export interface Example {
  dataset: 'olid' | 'edos' | 'guest' | 'isca' | 'davidson';
  id: string;
  text: string;
  split: Split;
  labels: Partial<Record<Head, 0 | 1>>;
}

export function splitOf(dataset: string, id: string): Split {
  const r = fnv1a(`${dataset}:${id}`) % 10;
  return r === 0 ? 'test' : r === 1 ? 'val' : 'train';
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (!header) return [];
  return rows
    .filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Undo HTML escaping left in scraped tweets ("&amp;", "&#8220;"). */
export function unescapeHtml(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** EDOS writes placeholders as [USER]/[URL]; OLID as @USER/URL. Use OLID's everywhere. */
function edosPlaceholders(s: string): string {
  return s.replaceAll('[USER]', '@USER').replaceAll('[URL]', 'URL');
}

export function loadOlid(dir: string): Example[] {
  const lines = fs
    .readFileSync(path.join(dir, 'olid', 'olid-training-v1.0.tsv'), 'utf8')
    .split('\n')
    .slice(1);
  const out: Example[] = [];
  for (const line of lines) {
    const [id, text, a, b] = line.replace(/\r$/, '').split('\t');
    if (!id || text === undefined || !a) continue;
    out.push({
      dataset: 'olid',
      id,
      text,
      split: splitOf('olid', id),
      labels: { offensive: a === 'OFF' ? 1 : 0, targeted: b === 'TIN' ? 1 : 0 },
    });
  }
  return out;
}

export function loadEdos(dir: string): Example[] {
  return readCsv(path.join(dir, 'edos', 'edos_train_dev.csv')).map((r) => {
    const id = r.rewire_id ?? '';
    const split: Split = r.split === 'dev' ? 'test' : splitOf('edos', id) === 'train' ? 'train' : 'val';
    return {
      dataset: 'edos',
      id,
      text: edosPlaceholders(r.text ?? ''),
      split,
      labels: { sexism: r.label_sexist === 'sexist' ? 1 : 0 },
    };
  });
}

export function loadGuest(dir: string): Example[] {
  return readCsv(path.join(dir, 'guest_misogyny', 'guest_train.csv'))
    .filter((r) => (r.body ?? '').trim() !== '' && r.body !== '[deleted]' && r.body !== '[removed]')
    .map((r) => {
      const id = r.entry_id ?? '';
      return {
        dataset: 'guest',
        id,
        text: r.body ?? '',
        split: splitOf('guest', id),
        labels: { sexism: r.level_1 === 'Misogynistic' ? 1 : 0 },
      };
    });
}

export function loadIsca(dir: string): Example[] {
  return readCsv(path.join(dir, 'isca_antisemitism', 'isca_80pct.csv')).map((r) => {
    const id = r.TweetID ?? '';
    return {
      dataset: 'isca',
      id,
      text: unescapeHtml((r.Text ?? '').replaceAll('\\n', '\n')),
      split: splitOf('isca', id),
      labels: { antisemitism: r.Biased === '1' ? 1 : 0 },
    };
  });
}

/** Davidson et al.: auxiliary only (noisy, with a documented bias against African-American English). */
export function loadDavidson(dir: string): Example[] {
  return readCsv(path.join(dir, 'davidson', 'labeled_data.csv')).map((r) => {
    const id = r[''] ?? '';
    return {
      dataset: 'davidson',
      id,
      text: unescapeHtml(r.tweet ?? ''),
      split: splitOf('davidson', id),
      labels: { offensive: r.class === '2' ? 0 : 1 },
    };
  });
}

export function loadAll(dir: string): Example[] {
  return [...loadOlid(dir), ...loadEdos(dir), ...loadGuest(dir), ...loadIsca(dir), ...loadDavidson(dir)];
}

export function datasetsAvailable(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'olid', 'olid-training-v1.0.tsv'));
}
