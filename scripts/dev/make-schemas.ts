/**
 * Writes a JSON Schema of each collection, generated from the zod schemas, into the content folder's
 * .schema/ (content/.schema/ in a county's site),
 * so editors (VS Code and others that read JSON Schema) complete and flag fields as staff type.
 * npm run schemas after changing src/schema/; a test fails while the files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editorSchemas } from '../../src/schema/editor-schemas.ts';
import { contentRoot } from '../../src/lib/content-root.ts';

const dir = path.resolve(contentRoot(), '.schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(editorSchemas())) {
  writeFileSync(path.join(dir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`已更新 ${path.relative(process.cwd(), dir)}/ 中的编辑器字段说明。`);
