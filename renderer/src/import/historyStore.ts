/** imports.list: the import history, refetched when the API says the imports table changed. */
import { api } from '../api/client';
import { createResource } from '../stores/resource';

export const HISTORY_LIMIT = 200;

export const useImportHistoryStore = createResource(
  () => api('imports.list', { limit: HISTORY_LIMIT }),
  ['imports'],
  undefined,
);
