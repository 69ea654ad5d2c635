import type { ApiProblem, ProblemCode } from '../../api/client';
import type { MessageKey } from '../../i18n/catalogues';
import { type ImportResult, LINE_FIELD_LABEL } from './order-types';

/** An import's fields: a line's, and `line` for a rule of the model that fails for the row as a whole. */
const IMPORT_FIELD_LABEL: Record<string, MessageKey> = { ...LINE_FIELD_LABEL, line: 'orders.import.wholeLine' };

/** One row of the import's error table: where in the spreadsheet, which column, what is wrong. */
export type ImportErrorRow = {
  key: string;
  /** the spreadsheet's row number (1 = the header row); null for a problem of the whole file */
  row: number | null;
  field: string;
  /** the column's title when the field is a known one */
  column: MessageKey | null;
  message: string;
};

/** The problem's `errors[]` as table rows, by spreadsheet row then as the api listed them. */
export function importErrorRows(problem: Pick<ApiProblem, 'errors'>): ImportErrorRow[] {
  return (problem.errors ?? [])
    .map((error, index) => ({
      key: `${index}`,
      row: error.row ?? null,
      field: error.field,
      // a model input's problem names the column as the file headed it (顶窗): shown as it is
      column: IMPORT_FIELD_LABEL[error.field] ?? null,
      message: error.message,
    }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || Number(a.key) - Number(b.key));
}

/** One row of an accepted import's warnings: a column not imported, or one cell of it. */
export type ImportWarningRow = {
  key: string;
  /** `F 单价`: the column's letter and its header as the file wrote it */
  column: string;
  header: string;
  row: number | null;
  message: string;
};

/** The warnings of an accepted import, whole columns first (in the file's order), then cells by row. */
export function importWarningRows(result: Pick<ImportResult, 'warnings'>): ImportWarningRow[] {
  return (result.warnings ?? [])
    .map((warning, index) => ({
      key: `${index}`,
      column: warning.column,
      header: warning.header,
      row: warning.row ?? null,
      message: warning.message,
    }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || Number(a.key) - Number(b.key));
}

/** What a refused import says above its table, in the screen's words, by the problem's code. */
export type ImportRefusal = {
  text: MessageKey;
  values?: Record<string, unknown>;
  rows: ImportErrorRow[];
  warnings: ImportWarningRow[];
  /** the api's own sentence, for a refusal this screen has no words of its own for */
  detail?: string;
};

/** The import's own refusals, each in words; only a file's bad rows come with the table. */
const WORDS: Partial<
  Record<
    ProblemCode,
    {
      text: MessageKey;
      table?: boolean;
      values?: (problem: ApiProblem, rows: ImportErrorRow[]) => Record<string, unknown>;
    }
  >
> = {
  'order_import.rejected': { text: 'orders.import.rejected', table: true, values: (_p, rows) => ({ n: rows.length }) },
  'order_import.busy': {
    text: 'orders.import.busy',
    values: (problem) => ({ seconds: Number(problem.params?.retryAfterSeconds ?? 5) }),
  },
  'order_import.file_too_large': { text: 'orders.import.tooLarge' },
  'order_import.inflated_too_large': { text: 'orders.import.tooLarge' },
  'request.payload_too_large': { text: 'orders.import.tooLarge' },
  'order_import.too_many_rows': {
    text: 'orders.import.tooManyRows',
    values: (problem) => ({ max: Number(problem.params?.max ?? 5000) }),
  },
  'order_import.unsupported_file': { text: 'orders.import.unsupported' },
  'order_import.unreadable': { text: 'orders.import.unreadable' },
  'order_import.upload_timed_out': { text: 'orders.import.timedOut' },
  'order_import.no_file': { text: 'orders.import.noFile' },
};

export function importRefusal(problem: ApiProblem | null, httpStatus?: number): ImportRefusal {
  if (!problem) {
    // a proxy's 413 or a dropped connection carries no problem
    return { text: httpStatus === 413 ? 'orders.import.tooLarge' : 'orders.import.failed', rows: [], warnings: [] };
  }
  const rows = importErrorRows(problem);
  // a refused file also says what it holds that would not be imported, so the next upload has nothing new to say
  const warnings = importWarningRows({ warnings: (problem as { warnings?: ImportResult['warnings'] }).warnings ?? [] });
  const words = WORDS[problem.code];
  if (!words) return { text: 'orders.import.failed', rows, warnings, detail: problem.detail };
  return { text: words.text, values: words.values?.(problem, rows), rows: words.table ? rows : [], warnings };
}
