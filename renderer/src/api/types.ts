/**
 * The API's shared types, re-exported for the renderer so screens import them from one place. Type-only:
 * erased at build, so no domain code reaches the bundle.
 */
export type {
  ApiEvent,
  AppInfo,
  AuditRecord,
  DemoSummary,
  Overview,
  PersonSummary,
} from '../../../electron/api/types';
