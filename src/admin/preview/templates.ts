/**
 * The editor's preview pane shows the page (entry-page.ts) in the site's own style, for every kind of
 * entry. Decap renders previews with React; `h` is the React.createElement it puts on window.
 */
import type { KnownEntries } from '../../lib/references.ts';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from '../editor-collections.ts';
import { previewPage } from './entry-page.ts';
import { honoursPreview } from './honours-page.ts';

interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> }; get(key: 'slug'): string | undefined };
  getAsset(path: string): unknown;
}

type CreateElement = (type: string, props: Record<string, unknown>) => unknown;

export function registerPreviews(
  cms: { registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void },
  known: KnownEntries,
  source: string,
): void {
  const h = (window as unknown as { h: CreateElement }).h;
  for (const collection of Object.keys(EDITOR_COLLECTIONS) as EditorCollectionName[]) {
    cms.registerPreviewTemplate(collection, ({ entry, getAsset }) =>
      h('div', {
        className: 'preview-page',
        dangerouslySetInnerHTML: {
          __html: previewPage({
            collection,
            data: entry.get('data').toJS(),
            known,
            source,
            asset: (path) => String(getAsset(path) ?? path),
          }),
        },
      }),
    );
  }
  cms.registerPreviewTemplate('honours', ({ entry }) => {
    const data = entry.get('data').toJS();
    const year = entry.get('slug') || String(data.year ?? '');
    return h('div', {
      className: 'preview-page',
      dangerouslySetInnerHTML: { __html: honoursPreview(data, year, known) },
    });
  });
}
