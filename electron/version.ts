// Injected by build/build.mjs from package.json; falls back for tests that run the TypeScript directly.
declare const __BULWARK_VERSION__: string | undefined;
export const APP_NAME = 'Bulwark';
export const APP_VERSION: string =
  typeof __BULWARK_VERSION__ === 'string' ? __BULWARK_VERSION__ : '0.0.0-dev';
