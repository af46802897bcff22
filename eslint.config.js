// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Staff content is not code; the rest are outputs, caches and scratch copies.
  globalIgnores(['content/', 'dist/', '.dist-*/', '.astro/', '.bench/', '.test-*/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
