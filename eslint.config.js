// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Staff content is not code; the rest are outputs, caches and scratch copies.
  globalIgnores(['content/', 'sample/', 'dist/', 'dist-hub/', '.dist-*/', '.astro/', '.bench/', '.test-*/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The ideographic space (U+3000) is ordinary Chinese typography in page text.
      'no-irregular-whitespace': ['error', { skipJSXText: true, skipStrings: true, skipTemplates: true }],
    },
  },
  {
    // Tests read feeds, calendars and pages as loosely typed documents and say what they expect of them.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
