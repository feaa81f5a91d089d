import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { setSetting } from '../../db/settings';
import { importFile } from '../../electron/ingest/pipeline';
import { reclassifyAll } from '../../electron/labelling/reclassify';
import { bulwark } from '../helpers/cli';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { xv2Line } from '../helpers/xv2';

const texts = [
  'you voted to cut benefits, you coward',
  'I know where you live and I will kill you',
  'Thank you for visiting our school today!',
  'hope you die in a fire',
];

function file(): string {
  const f = path.join(tempDir(), 'posts.jsonl');
  const lines = texts.map((text, i) =>
    xv2Line({
      id: String(10 + i),
      text,
      createdAt: '2025-06-01T10:00:00.000Z',
      authorId: '5',
      username: 'someone',
      name: 'Someone',
      mentions: [],
    }),
  );
  fs.writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

const tools = { progress: () => undefined, isCancelled: () => false };

describe('classification in the app', () => {
  it('classifies posts as they are imported, with explained labels and the classifier version', async () => {
    const db = openDatabase(tempDbPath());
    await importFile(db, file());
    const verdict = (id: string) =>
      db.prepare('SELECT abusive, severity, top_category FROM posts WHERE platform_post_id = ?').get(id) as {
        abusive: number;
        severity: number;
        top_category: string | null;
      };
    expect(verdict('10')).toEqual({ abusive: 0, severity: 0, top_category: 'political_criticism' });
    expect(verdict('11')).toMatchObject({ abusive: 1, severity: 4, top_category: 'threat' });
    expect(verdict('12')).toMatchObject({ abusive: 0, severity: 0 });
    expect(verdict('13').abusive).toBe(1);
    const label = db.prepare("SELECT * FROM labels WHERE category_key = 'threat'").get() as {
      explanation: string;
      classifier_version: string;
      source: string;
    };
    expect(label.classifier_version).toMatch(/^rules-\d+\..+\+model-/);
    expect(JSON.parse(label.explanation).spans.length).toBeGreaterThan(0);
  });

  it('reclassifying never overwrites a human decision, and follows staff severity changes', async () => {
    const db = openDatabase(tempDbPath());
    await importFile(db, file());
    // A reviewer decided the threat post is not abuse.
    db.prepare(
      "UPDATE posts SET review_status = 'rejected', abusive = 0, severity = 0 WHERE platform_post_id = '11'",
    ).run();
    // Staff lowered the severity of harm_incitement to S2.
    db.prepare("UPDATE categories SET default_severity = 2 WHERE key = 'harm_incitement'").run();
    const r = reclassifyAll(db, tools);
    expect(r.posts).toBe(4);
    expect(db.prepare("SELECT abusive, severity FROM posts WHERE platform_post_id = '11'").get()).toEqual({
      abusive: 0,
      severity: 0,
    });
    expect(db.prepare("SELECT severity FROM posts WHERE platform_post_id = '13'").pluck().get()).toBe(2);
    // The machine labels were refreshed beside the human decision, not lost.
    expect(
      db
        .prepare(
          "SELECT count(*) FROM labels l JOIN posts p ON p.id = l.post_id WHERE p.platform_post_id = '11' AND l.source != 'human'",
        )
        .pluck()
        .get(),
    ).toBeGreaterThan(0);
  });

  it('thresholds are settings: a stricter rule threshold changes the verdicts after reclassifying', async () => {
    const db = openDatabase(tempDbPath());
    await importFile(db, file());
    const before = db.prepare('SELECT sum(abusive) FROM posts').pluck().get() as number;
    setSetting(db, 'classify.thresholds', {
      rule: 1.01,
      ruleWithModel: 1.01,
      offensive: 1.01,
      targeted: 1.01,
      sexism: 1.01,
      antisemitism: 1.01,
      politicalModel: 1.01,
    });
    reclassifyAll(db, tools);
    expect(before).toBeGreaterThan(0);
    expect(db.prepare('SELECT sum(abusive) FROM posts').pluck().get()).toBe(0);
  });

  it('bulwark label-texts reads NDJSON and writes one verdict per line', () => {
    const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\nnot json\n';
    const r = bulwark(['label-texts'], { input });
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 0, abusive: false, severity: 'S0' });
    expect(out[0].categories[0].key).toBe('political_criticism');
    expect(out[1]).toMatchObject({ id: 1, abusive: true, severity: 'S4' });
    expect(out[1].spans[0]).toEqual({
      start: expect.any(Number),
      end: expect.any(Number),
      category: expect.any(String),
    });
    expect(out[4]).toEqual({ id: null, error: 'line 5 is not valid JSON' });
  });
});
