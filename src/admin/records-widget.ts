/**
 * The web editor's upload for a month of service records: staff choose the platform's export (.xlsx
 * or .csv), and the same importer `npm run import:hours` runs (src/lib/records-import.ts) turns it into
 * the CSV the site reads, in the browser. Every row it cannot read is listed, in Chinese, and then
 * nothing is kept: the field stays empty and saving is refused. Decap renders widgets with React; the
 * component is made with the createClass it puts on window.
 */
import { readSheet } from 'read-excel-file/browser';
import { parse } from 'csv-parse/sync';
import { importRecords } from '../lib/records-import.ts';
import { readExportSheet } from '../lib/records-sheet.ts';
import type { KnownEntries } from '../lib/references.ts';

type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface ControlProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
}
interface ReadState {
  problems: { line?: number; problem: string }[];
  said: string;
}
interface Component {
  props: ControlProps;
  state: ReadState;
  setState(state: Partial<ReadState>): void;
}

/** The records as a table: one row per team, with its Chinese name. */
function recordsTable(h: CreateElement, csv: string, known: KnownEntries) {
  const [header, ...rows] = parse(csv) as string[][];
  if (!header) return null;
  return h(
    'table',
    { className: 'xinfeng-records' },
    h('thead', null, h('tr', null, ...header.map((cell) => h('th', { scope: 'col' }, cell)))),
    h(
      'tbody',
      null,
      ...rows.map((row) =>
        h('tr', null, ...row.map((cell, i) => h('td', null, i === 0 ? (known.teams?.get(cell) ?? cell) : cell))),
      ),
    ),
  );
}

export function registerRecordsWidget(
  cms: { registerWidget(name: string, control: unknown, preview: unknown): void },
  known: KnownEntries,
): void {
  const h = (window as unknown as { h: CreateElement }).h;
  const createClass = (window as unknown as { createClass(spec: Record<string, unknown>): unknown }).createClass;
  const teams = [...(known.teams ?? new Map<string, string>())].map(([id, name]) => ({ id, name }));

  const control = createClass({
    getInitialState: (): ReadState => ({ problems: [], said: '' }),
    async read(this: Component, event: { target: HTMLInputElement }) {
      const file = event.target.files?.[0];
      if (!file) return;
      const reading = await readExportSheet(file.name, new Uint8Array(await file.arrayBuffer()), async (bytes) =>
        readSheet(bytes.slice().buffer),
      );
      const result = 'problem' in reading ? undefined : importRecords(reading.rows, teams);
      if (!result?.csv) {
        const problems = 'problem' in reading ? [{ problem: reading.problem }] : result!.problems;
        this.setState({ problems, said: `没有读取 ${file.name}：有 ${problems.length} 处读不懂，请改正后重新上传。` });
        this.props.onChange('');
        return;
      }
      const merged = result.teams.filter((t) => t.rows > 1).length;
      this.setState({
        problems: [],
        said: `已读取 ${file.name}：${result.teams.length} 支队伍${merged ? `，其中 ${merged} 支由几行合并` : ''}。${'note' in reading && reading.note ? reading.note : ''}保存后送审。`,
      });
      this.props.onChange(result.csv);
    },
    render(this: Component & { read(event: unknown): void }) {
      const { value, forID, classNameWrapper } = this.props;
      const { problems, said } = this.state;
      return h(
        'div',
        { className: classNameWrapper },
        h('input', { type: 'file', id: forID, accept: '.xlsx,.csv', onChange: (e: unknown) => void this.read(e) }),
        said ? h('p', { role: problems.length ? 'alert' : 'status', className: 'xinfeng-import-said' }, said) : null,
        problems.length
          ? h(
              'ol',
              { className: 'xinfeng-import-problems' },
              ...problems.map((p) => h('li', null, `${p.line ? `第 ${p.line} 行：` : ''}${p.problem}`)),
            )
          : null,
        value ? recordsTable(h, value, known) : h('p', null, '还没有上传本月的表格。'),
      );
    },
  });
  const preview = ({ value }: { value?: string }) =>
    value ? recordsTable(h, value, known) : h('p', null, '还没有上传本月的表格。');
  cms.registerWidget('xinfeng-records', control, preview);
}
