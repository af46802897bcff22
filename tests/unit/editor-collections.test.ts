import { describe, expect, it } from 'vitest';
import { EDITOR_COLLECTIONS, entryFilePath, type EditorCollectionName } from '../../src/admin/editor-collections';
import { placeFile } from '../../src/content-check/layout';

describe('where the editor saves a new entry', () => {
  it.each(Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[])(
    'is where the content check reads a %s from',
    (collection) => {
      const file = entryFilePath(collection, 'dongji-song-wennuan', '2026');
      expect(placeFile(file)).toEqual({ entry: { collection, id: 'dongji-song-wennuan', path: file } });
    },
  );
});
