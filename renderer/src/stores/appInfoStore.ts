/** app.info: database path, schema version and the post/people counts that decide "first run". */
import { api } from '../api/client';
import { createResource } from './resource';

export const useAppInfoStore = createResource(() => api('app.info', {}), ['posts', 'people'], undefined);
