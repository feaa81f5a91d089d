/** people.list: everyone Bulwark watches for, with how many posts mention them. */
import { api } from '../api/client';
import { createResource } from './resource';

export const usePeopleStore = createResource(
  () => api('people.list', {}),
  ['people', 'person_handles', 'person_aliases', 'mentions', 'posts'],
  undefined,
);
