/**
 * API tests against a demo database: one demo made once per test file, each test on its own copy,
 * served in-process by the real ApiService. Registers its own vitest hooks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../../electron/api/contract';
import { ApiService } from '../../electron/api/service';
import type { ApiEvent, ApiResult } from '../../electron/api/types';
import { tempDbPath, tempDir } from './tmp';

export interface DemoApi {
  /** A service on a fresh copy of the demo (or an empty database), with a reviewer name set unless null. */
  open(opts?: { demo?: boolean; reviewer?: string | null; workerFile?: string }): ApiService;
  /** Every event the current test's service emitted. */
  events: ApiEvent[];
}

export function useDemoApi(demo: { posts: number; seed: number }, defaultReviewer: string): DemoApi {
  let template = '';
  let service: ApiService | undefined;
  const events: ApiEvent[] = [];
  beforeAll(async () => {
    template = path.join(tempDir('bulwark-api-template-'), 'bulwark.db');
    const s = new ApiService({ dbPath: template, shell: 'in-process' });
    const res = await s.call('demo.load', demo);
    if (!res.ok) throw new Error(res.error.message);
    await s.close();
  });
  afterAll(() => fs.rmSync(path.dirname(template), { recursive: true, force: true }));
  afterEach(async () => {
    await service?.close();
    service = undefined;
    events.length = 0;
  });
  return {
    events,
    open({ demo: withDemo = true, reviewer = defaultReviewer, workerFile } = {}) {
      const file = tempDbPath();
      if (withDemo) fs.copyFileSync(template, file);
      service = new ApiService({ dbPath: file, shell: 'in-process', workerFile });
      service.on((e) => events.push(e));
      if (reviewer !== null)
        service.ctx.db
          .prepare("INSERT INTO settings VALUES ('ui.reviewerName', ?)")
          .run(JSON.stringify(reviewer));
      return service;
    },
  };
}

/** Calls a method and returns its value, failing the test with the API's own message otherwise. */
export async function ok<M extends MethodName>(
  s: ApiService,
  m: M,
  args: MethodInput<M>,
): Promise<MethodResult<M>> {
  const r = await s.call(m, args);
  if (!r.ok) throw new Error(`${m}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** Asserts a call failed and returns its error. */
export function fail(r: ApiResult<unknown>): { code: string; message: string } {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}
