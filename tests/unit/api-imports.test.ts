import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiService } from '../../electron/api/service';
import type { ApiEvent, ImportFileSummary } from '../../electron/api/types';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { xv2Line } from '../helpers/xv2';

let service: ApiService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function line(i: number): string {
  return xv2Line({
    id: String(900 + i),
    text: `post ${i}`,
    createdAt: '2025-05-01T12:00:00.000Z',
    authorId: '7',
    username: 'someone',
    name: 'Some One',
    mentions: [],
  });
}

function fileWith(name: string, content: string): string {
  const f = path.join(tempDir(), name);
  fs.writeFileSync(f, content);
  return f;
}

describe('imports over the API', () => {
  it('previews a file: its layout and format, or its columns and a suggested mapping', async () => {
    service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
    const x = await service.call('imports.preview', { path: fileWith('a.jsonl', line(1) + '\n') });
    expect(x.ok && x.value).toMatchObject({ container: 'ndjson', format: 'x-v2-flat', header: null });
    const csv = await service.call('imports.preview', {
      path: fileWith('b.csv', 'Message,Date,Post ID\nhello,2025-01-01,1\n'),
    });
    expect(csv.ok && csv.value).toMatchObject({
      container: 'csv',
      format: null,
      header: ['Message', 'Date', 'Post ID'],
      suggestedMapping: { text: 'Message', created_at: 'Date', id: 'Post ID' },
    });
    const missing = await service.call('imports.preview', { path: '/nonexistent/file.json' });
    expect(missing.ok && missing.value.problem).toBeTruthy();
  });

  it('runs an import as a job with progress and a summary event, then lists it with its rejects', async () => {
    service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
    const events: ApiEvent[] = [];
    service.on((e) => events.push(e));
    const file = fileWith('mixed.jsonl', [line(1), 'not json at all', line(2)].join('\n'));
    const started = await service.call('imports.start', { files: [{ path: file }] });
    if (!started.ok) throw new Error(started.error.message);
    const finished = await new Promise<ApiEvent>((resolve) => {
      const check = () => {
        const f = events.find((e) => e.type === 'job-finished' && e.jobId === started.value.jobId);
        if (f) resolve(f);
        else setTimeout(check, 10);
      };
      check();
    });
    expect(finished.type === 'job-finished' && finished.ok).toBe(true);
    const files = (
      finished.type === 'job-finished' ? (finished.result as { files: ImportFileSummary[] }).files : []
    )!;
    expect(files[0]).toMatchObject({ file: 'mixed.jsonl', inserted: 2, rejected: 1, status: 'done' });
    expect(events.some((e) => e.type === 'data-changed' && e.tables.includes('posts'))).toBe(true);

    const list = await service.call('imports.list', {});
    expect(list.ok && list.value[0]).toMatchObject({
      file_name: 'mixed.jsonl',
      inserted_count: 2,
      rejected_count: 1,
      status: 'done',
    });
    const rejects = await service.call('imports.rejects', { importId: files[0]!.importId });
    expect(rejects.ok && rejects.value).toMatchObject({
      total: 1,
      rows: [{ line: 2, raw: 'not json at all' }],
    });
    const csv = await service.call('imports.exportRejects', { importId: files[0]!.importId });
    expect(csv.ok && csv.value.fileName).toBe('mixed-rejected.csv');
    expect(csv.ok && csv.value.csv).toMatch(/^line,reason,record\r\n2,"?line 2 is not valid JSON/);
    const posts = await service.call('posts.list', { importId: files[0]!.importId });
    expect(posts.ok && posts.value.total).toBe(2);
  });

  it('rejects a missing import id clearly', async () => {
    service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
    const r = await service.call('imports.exportRejects', { importId: 999 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
