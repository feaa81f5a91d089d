import { defineConfig } from 'vite';

// The renderer is plain React + TSX compiled by Vite's built-in transform (no plugin needed). `base: './'`
// lets the same build load from file:// in Electron and from the web shell over http.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  oxc: { jsx: { runtime: 'automatic' } },
});
