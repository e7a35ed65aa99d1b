import tseslint from 'typescript-eslint';

// Layer boundaries: shared/ is pure, renderer/ reaches the Node side only through the typed API,
// and only the Electron host files import 'electron'.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads'];
const nativeAndIo = ['better-sqlite3', 'nodejieba', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*', 'word-extractor', 'iconv-lite', 'docx'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...nodeBuiltins, ...nativeAndIo, 'electron', 'react', 'react-dom', 'react-dom/*', '../electron/*', '../renderer/*', '../../electron/*', '../../renderer/*'], message: 'shared/ is pure TypeScript: no Node, DOM, Electron or native modules.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...nodeBuiltins, ...nativeAndIo, 'electron', '../electron/*', '../../electron/*', '../../../electron/*'], message: 'renderer/ talks to the Node side only through the typed API client.' }],
      }],
    },
  },
  {
    // The one adapter that draws PDF pages in the window with pdf.js.
    files: ['renderer/lib/pdf-pages.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...nodeBuiltins, ...nativeAndIo.filter((m) => !m.startsWith('pdfjs-dist')), 'electron', '../electron/*', '../../electron/*'], message: 'renderer/ talks to the Node side only through the typed API client.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: "Only the Electron host files (electron/main/) import 'electron'." }],
        patterns: [{ group: ['../renderer/*', '../../renderer/*'], message: 'The Node side does not import the renderer.' }],
      }],
    },
  },
);
