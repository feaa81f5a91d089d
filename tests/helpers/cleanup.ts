/**
 * Vitest setup file: removes the temp folders a test file made once its own afterAll hooks have run
 * (hooks run in stack order, so this root-level hook comes last, after databases are closed).
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './tmp';

afterAll(() => {
  removeTempDirs();
});
