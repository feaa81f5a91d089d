/**
 * The Import screen's working state: files being uploaded and checked (the queue), and the imports
 * started from this window (runs) with their live progress and results. It lives in a store, not the
 * screen, so an import keeps reporting while the user looks at other screens and is still there when
 * they come back.
 */
import { create } from 'zustand';
import type { MethodInput } from '../../../electron/api/contract';
import type {
  ApiEvent,
  ImportFileSummary,
  ImportPreview,
  ImportProgressDetail,
} from '../../../electron/api/types';
import { api, client } from '../api/client';
import { formatNumber, plural } from '../format';
import { toApiError } from '../stores/resource';
import { requiredFields } from './labels';
import { useImportHistoryStore } from './historyStore';

export type FileRequest = MethodInput<'imports.start'>['files'][number];

export type QueueStage = 'uploading' | 'checking' | 'ready' | 'mapping' | 'problem';

export interface QueuedFile {
  key: string;
  /** The picked file (kept so a failed upload can be retried); null when re-queued from a result. */
  file: File | null;
  name: string;
  size: number;
  stage: QueueStage;
  /** Upload progress in the web shell (bytes sent). */
  sent: number;
  path: string | null;
  preview: ImportPreview | null;
  /** Bulwark field → the file's column, for files Bulwark does not recognise. */
  mapping: Record<string, string>;
  /** Platform of every post when no column says it. */
  platform: string;
  problem: string | null;
  /** Set once the user tried to import with the matching step incomplete: then we point at the gaps. */
  showMissing: boolean;
}

export interface RunFile {
  key: string;
  name: string;
  size: number;
  path: string;
  formatLabel: string | null;
  progress: ImportProgressDetail | null;
  summary: ImportFileSummary | null;
  /** The user chose to match this file's columns and try again (it went back to the queue). */
  requeued: boolean;
}

export interface ImportRun {
  localId: number;
  jobId: string | null;
  state: 'starting' | 'running' | 'cancelling' | 'finished';
  startedAt: string;
  files: RunFile[];
  /** The job as a whole failed (not one file): its message. */
  error: string | null;
}

interface ImportState {
  queue: QueuedFile[];
  runs: ImportRun[];
  /** The last thing said in the screen's polite live region. */
  announcement: string;
  startError: string | null;
  addFiles: (files: File[]) => void;
  remove: (key: string) => void;
  retry: (key: string) => void;
  setMapping: (key: string, field: string, column: string) => void;
  setPlatform: (key: string, platform: string) => void;
  start: () => Promise<void>;
  cancel: (localId: number) => Promise<void>;
  dismissRun: (localId: number) => void;
  remap: (localId: number, index: number) => Promise<void>;
}

const MAX_PARALLEL_STAGING = 2;
const HISTORY_REFRESH_MS = 2000;
const MAX_FILES = 500;
let nextKey = 1;
let nextRunId = 1;

/** What still needs choosing before a file in the matching step can be imported. */
export function missingChoices(q: Pick<QueuedFile, 'preview' | 'mapping' | 'platform'>): string[] {
  if (!q.preview) return [];
  const missing = requiredFields(q.preview.fields).filter((f) => !q.mapping[f]);
  if (!q.mapping.platform && !q.platform) missing.push('platform');
  return missing;
}

export function isImportable(q: QueuedFile): boolean {
  return q.stage === 'ready' || (q.stage === 'mapping' && missingChoices(q).length === 0);
}

export function isBusy(q: QueuedFile): boolean {
  return q.stage === 'uploading' || q.stage === 'checking';
}

function asDetail(detail: unknown): ImportProgressDetail | null {
  if (!detail || typeof detail !== 'object') return null;
  const d = detail as Partial<ImportProgressDetail>;
  return typeof d.index === 'number' && typeof d.bytes === 'number' ? (d as ImportProgressDetail) : null;
}

function asSummaries(result: unknown): ImportFileSummary[] {
  if (!result || typeof result !== 'object') return [];
  const files = (result as { files?: unknown }).files;
  return Array.isArray(files) ? (files as ImportFileSummary[]) : [];
}

function runOutcome(run: ImportRun, prefix = true): string {
  const done = run.files.filter((f) => f.summary);
  const added = done.reduce((n, f) => n + (f.summary?.inserted ?? 0), 0);
  const rejected = done.reduce((n, f) => n + (f.summary?.rejected ?? 0), 0);
  const failed = done.filter((f) => f.summary?.status === 'failed').length;
  const cancelled = done.some((f) => f.summary?.status === 'cancelled');
  const parts = [`${plural(added, 'new post')} added`];
  if (rejected) parts.push(`${plural(rejected, 'record')} rejected`);
  if (failed) parts.push(`${plural(failed, 'file')} could not be imported`);
  const text = `${plural(run.files.length, 'file')}: ${parts.join(', ')}.`;
  return prefix ? `${cancelled ? 'Import cancelled' : 'Import finished'}. ${text}` : text;
}

export const useImportStore = create<ImportState>((set, get) => {
  /** Events can overtake the answer to imports.start; hold them until we know the job id. */
  const early = new Map<string, ApiEvent[]>();
  let listening = false;
  const waiting: string[] = [];
  let staging = 0;
  let said = 0;
  let historyLoadedAt = 0;

  const announce = (text: string) => {
    // A trailing no-break space alternates so the same sentence twice is still announced twice.
    said++;
    set({ announcement: said % 2 ? text : `${text}\u00a0` });
  };

  const patchQueue = (key: string, patch: Partial<QueuedFile>) =>
    set((s) => ({ queue: s.queue.map((q) => (q.key === key ? { ...q, ...patch } : q)) }));

  const patchRun = (localId: number, fn: (r: ImportRun) => ImportRun) =>
    set((s) => ({ runs: s.runs.map((r) => (r.localId === localId ? fn(r) : r)) }));

  const applyEvent = (run: ImportRun, e: ApiEvent) => {
    if (e.type === 'progress') {
      const detail = asDetail(e.detail);
      if (!detail) return;
      const first = run.files[detail.index]?.progress === null;
      patchRun(run.localId, (r) => ({
        ...r,
        files: r.files.map((f, i) => (i === detail.index ? { ...f, progress: detail } : f)),
      }));
      // Keep the history's running row roughly in step (its first load also makes the row appear).
      const now = Date.now();
      if (first || now - historyLoadedAt > HISTORY_REFRESH_MS) {
        historyLoadedAt = now;
        void useImportHistoryStore.getState().load();
      }
      if (first && run.files.length > 1)
        announce(`Importing file ${detail.index + 1} of ${run.files.length}: ${detail.file}.`);
    } else if (e.type === 'job-finished') {
      const summaries = asSummaries(e.result);
      const error = e.ok ? null : (e.error ?? 'The import stopped without saying why.');
      patchRun(run.localId, (r) => ({
        ...r,
        state: 'finished',
        error,
        files: r.files.map((f, i) => ({ ...f, summary: summaries[i] ?? f.summary })),
      }));
      const after = get().runs.find((r) => r.localId === run.localId);
      announce(error ? `The import failed: ${error}` : after ? runOutcome(after) : 'Import finished.');
      void useImportHistoryStore.getState().load();
    }
  };

  const onEvent = (e: ApiEvent) => {
    if (e.type === 'data-changed' || !e.jobId.startsWith('import')) return;
    const run = get().runs.find((r) => r.jobId === e.jobId);
    if (run) {
      applyEvent(run, e);
      return;
    }
    const list = early.get(e.jobId) ?? [];
    list.push(e);
    early.set(e.jobId, list.slice(-50));
    // Another window's imports are not ours to show; keep the buffer small.
    while (early.size > 20) early.delete(early.keys().next().value!);
  };

  const listen = () => {
    if (listening) return;
    listening = true;
    client.on(onEvent);
  };

  const stageNext = () => {
    while (staging < MAX_PARALLEL_STAGING && waiting.length) {
      const key = waiting.shift()!;
      staging++;
      void stageOne(key).finally(() => {
        staging--;
        stageNext();
      });
    }
  };

  const stageOne = async (key: string) => {
    const item = get().queue.find((q) => q.key === key);
    if (!item?.file) return;
    try {
      const staged = await client.stageFile(item.file, (sent) => patchQueue(key, { sent }));
      if (!get().queue.some((q) => q.key === key)) return;
      patchQueue(key, { stage: 'checking', path: staged.path, sent: item.size });
      const preview = await api('imports.preview', { path: staged.path });
      if (!get().queue.some((q) => q.key === key)) return;
      if (preview.format) {
        patchQueue(key, { stage: 'ready', preview });
      } else if (preview.header && !preview.problem) {
        patchQueue(key, { stage: 'mapping', preview, mapping: { ...(preview.suggestedMapping ?? {}) } });
        announce(`${item.name}: Bulwark does not recognise its columns. Match them below to import it.`);
      } else {
        patchQueue(key, {
          stage: 'problem',
          preview,
          problem: preview.problem ?? 'Bulwark cannot read this file.',
        });
        announce(`${item.name} cannot be imported: ${preview.problem ?? 'Bulwark cannot read this file.'}`);
      }
    } catch (err) {
      patchQueue(key, { stage: 'problem', problem: toApiError(err).message });
      announce(`${item.name} could not be uploaded.`);
    }
    const q = get().queue;
    if (q.length && !q.some(isBusy)) {
      const ready = q.filter((f) => f.stage === 'ready').length;
      if (ready) announce(`${plural(ready, 'file')} ready to import.`);
    }
  };

  return {
    queue: [],
    runs: [],
    announcement: '',
    startError: null,

    addFiles: (files) => {
      listen();
      const have = get().queue;
      const fresh: QueuedFile[] = [];
      let skipped = 0;
      for (const file of files) {
        const dup = [...have, ...fresh].some(
          (q) =>
            q.file &&
            q.file.name === file.name &&
            q.file.size === file.size &&
            q.file.lastModified === file.lastModified,
        );
        if (dup || have.length + fresh.length >= MAX_FILES) {
          skipped++;
          continue;
        }
        fresh.push({
          key: `f${nextKey++}`,
          file,
          name: file.name,
          size: file.size,
          stage: 'uploading',
          sent: 0,
          path: null,
          preview: null,
          mapping: {},
          platform: '',
          problem: null,
          showMissing: false,
        });
      }
      if (!fresh.length) {
        if (skipped) announce('Those files are already in the list.');
        return;
      }
      set({ queue: [...have, ...fresh], startError: null });
      announce(`Checking ${plural(fresh.length, 'file')}…`);
      waiting.push(...fresh.map((f) => f.key));
      stageNext();
    },

    remove: (key) => {
      const item = get().queue.find((q) => q.key === key);
      set((s) => ({ queue: s.queue.filter((q) => q.key !== key) }));
      if (item) announce(`${item.name} removed from the list.`);
    },

    retry: (key) => {
      const item = get().queue.find((q) => q.key === key);
      if (!item?.file) return;
      patchQueue(key, { stage: 'uploading', sent: 0, problem: null, preview: null });
      waiting.push(key);
      stageNext();
    },

    setMapping: (key, field, column) =>
      set((s) => ({
        queue: s.queue.map((q) => {
          if (q.key !== key) return q;
          const mapping = { ...q.mapping };
          if (column) mapping[field] = column;
          else delete mapping[field];
          return { ...q, mapping };
        }),
      })),

    setPlatform: (key, platform) => patchQueue(key, { platform }),

    start: async () => {
      listen();
      const { queue, runs } = get();
      if (queue.some(isBusy) || runs.some((r) => r.state !== 'finished')) return;
      const incomplete = queue.filter((q) => q.stage === 'mapping' && missingChoices(q).length > 0);
      if (incomplete.length) {
        set({ queue: queue.map((q) => (incomplete.includes(q) ? { ...q, showMissing: true } : q)) });
        announce(
          `Match the required columns of ${incomplete.map((q) => q.name).join(', ')} first, or remove ${incomplete.length === 1 ? 'it' : 'them'}.`,
        );
        return;
      }
      const going = queue.filter(isImportable);
      if (!going.length) return;
      const requests: FileRequest[] = going.map((q) => {
        const base = { path: q.path!, name: q.name.slice(0, 300) };
        if (q.stage !== 'mapping') return base;
        return {
          ...base,
          format: 'generic',
          mapping: q.mapping,
          ...(q.mapping.platform ? {} : { platform: q.platform as FileRequest['platform'] }),
        };
      });
      const run: ImportRun = {
        localId: nextRunId++,
        jobId: null,
        state: 'starting',
        startedAt: new Date().toISOString(),
        error: null,
        files: going.map((q) => ({
          key: q.key,
          name: q.name,
          size: q.size,
          path: q.path!,
          formatLabel: q.stage === 'mapping' ? 'Columns you matched' : (q.preview?.formatLabel ?? null),
          progress: null,
          summary: null,
          requeued: false,
        })),
      };
      set((s) => ({
        queue: s.queue.filter((q) => !going.includes(q)),
        runs: [run, ...s.runs],
        startError: null,
      }));
      announce(`Import started: ${plural(going.length, 'file')}.`);
      try {
        const { jobId } = await api('imports.start', { files: requests });
        patchRun(run.localId, (r) => ({ ...r, jobId, state: r.state === 'starting' ? 'running' : r.state }));
        const buffered = early.get(jobId) ?? [];
        early.delete(jobId);
        for (const e of buffered) {
          const current = get().runs.find((r) => r.localId === run.localId);
          if (current) applyEvent(current, e);
        }
      } catch (err) {
        // Nothing started: put the files back so the user can try again.
        const message = toApiError(err).message;
        set((s) => ({
          runs: s.runs.filter((r) => r.localId !== run.localId),
          queue: [...going, ...s.queue],
          startError: message,
        }));
        announce(`The import could not start: ${message}`);
      }
    },

    cancel: async (localId) => {
      const run = get().runs.find((r) => r.localId === localId);
      if (!run?.jobId || run.state !== 'running') return;
      patchRun(localId, (r) => ({ ...r, state: 'cancelling' }));
      announce('Cancelling the import. Posts already saved are kept.');
      try {
        await api('imports.cancel', { jobId: run.jobId });
      } catch (err) {
        patchRun(localId, (r) => ({ ...r, state: r.state === 'cancelling' ? 'running' : r.state }));
        announce(`The import could not be cancelled: ${toApiError(err).message}`);
      }
    },

    dismissRun: (localId) => set((s) => ({ runs: s.runs.filter((r) => r.localId !== localId) })),

    remap: async (localId, index) => {
      const run = get().runs.find((r) => r.localId === localId);
      const file = run?.files[index];
      const needs = file?.summary?.needsMapping;
      if (!run || !file || !needs) return;
      let preview: ImportPreview;
      try {
        preview = await api('imports.preview', { path: file.path });
      } catch (err) {
        announce(`${file.name} can no longer be read: ${toApiError(err).message}`);
        return;
      }
      const item: QueuedFile = {
        key: `f${nextKey++}`,
        file: null,
        name: file.name,
        size: file.size,
        stage: 'mapping',
        sent: file.size,
        path: file.path,
        preview: { ...preview, header: needs.header, suggestedMapping: needs.suggested },
        mapping: { ...needs.suggested },
        platform: '',
        problem: null,
        showMissing: false,
      };
      patchRun(localId, (r) => ({
        ...r,
        files: r.files.map((f, i) => (i === index ? { ...f, requeued: true } : f)),
      }));
      set((s) => ({ queue: [...s.queue, item] }));
      announce(`${file.name} is back in the list above. Match its columns, then import it.`);
    },
  };
});

/** A run's outcome in one sentence; without the prefix under a heading that already says it. */
export function runSummaryText(run: ImportRun, prefix = true): string {
  if (run.error) return `The import failed: ${run.error}`;
  return runOutcome(run, prefix);
}

export function progressText(d: ImportProgressDetail): string {
  const parts = [`${plural(d.records, 'record')} read`];
  if (d.postsPerSecond > 0) parts.push(`${formatNumber(d.postsPerSecond)} posts a second`);
  return parts.join(' · ');
}
