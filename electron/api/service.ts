import { openDatabase } from '../../db/connection';
import { JobRunner } from '../jobs/runner';
import type { ApiContext } from './context';
import type { MethodInput, MethodName, MethodResult } from './contract';
import { dispatch } from './dispatch';
import type { ApiEvent, ApiResult } from './types';

export interface ServiceOptions {
  dbPath: string;
  shell: ApiContext['shell'];
  workerFile?: string;
  nativeBinding?: string;
}

/**
 * One open database plus the API over it: what the Electron main process, the web shell, the CLI and
 * the tests each create once. Transports call `dispatch`; in-process callers can use `call`.
 */
export class ApiService {
  readonly ctx: ApiContext;
  private readonly listeners = new Set<(e: ApiEvent) => void>();

  constructor(opts: ServiceOptions) {
    const db = openDatabase(opts.dbPath, { nativeBinding: opts.nativeBinding });
    const emit = (e: ApiEvent) => {
      for (const l of this.listeners) l(e);
    };
    this.ctx = {
      db,
      dbPath: opts.dbPath,
      shell: opts.shell,
      emit,
      jobs: new JobRunner({
        db,
        dbPath: opts.dbPath,
        emit,
        workerFile: opts.workerFile,
        nativeBinding: opts.nativeBinding,
      }),
    };
  }

  dispatch(method: string, args: unknown): Promise<ApiResult<unknown>> {
    return dispatch(this.ctx, method, args);
  }

  call<M extends MethodName>(method: M, args: MethodInput<M>): Promise<ApiResult<MethodResult<M>>> {
    return dispatch(this.ctx, method, args) as Promise<ApiResult<MethodResult<M>>>;
  }

  on(listener: (e: ApiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.ctx.jobs.close();
    this.ctx.db.close();
  }
}
