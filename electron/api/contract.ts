/**
 * The one API contract: every operation, once, with the zod schema of its input and the type of its
 * result. Electron IPC, the web shell's HTTP API and in-process callers (CLI, tests) all serve exactly
 * this map (handlers/index.ts must implement every entry, or the build fails). Each domain declares
 * its methods in methods/<domain>.ts; this file only joins them.
 */
import type { z } from 'zod';
import { accountMethods } from './methods/accounts';
import { analyticsMethods } from './methods/analytics';
import { caseMethods } from './methods/cases';
import { coreMethods } from './methods/core';
import { dashboardMethods } from './methods/dashboard';
import { importMethods } from './methods/imports';
import { peopleMethods } from './methods/people';
import { postMethods } from './methods/posts';
import { reviewMethods } from './methods/review';
import { taxonomyMethods } from './methods/taxonomy';

export type { MethodSpec } from './method';

export const contract = {
  ...coreMethods,
  ...importMethods,
  ...peopleMethods,
  ...postMethods,
  ...reviewMethods,
  ...taxonomyMethods,
  ...caseMethods,
  ...dashboardMethods,
  ...accountMethods,
  ...analyticsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodArgs<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = NonNullable<Contract[M]['result']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
