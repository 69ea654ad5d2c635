import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  Modal,
  Select,
  Space,
  Table,
  type TableProps,
  Typography,
} from 'antd';
import type { ColumnType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { components } from '../../../../../clients/typescript/schema';
import { api, ApiError, type ProblemCode, unwrap } from '../../api/client';
import { type FieldName, problemFields } from '../../api/field-errors';
import { localMessage } from '../../api/localized-message';
import { formatNumber, labelColon } from '../../i18n/format';
import { currentLanguage, type Language } from '../../i18n/i18n';
import type { MenuEntry, MessageKey } from '../../shell/menu';
import { type CursorList, CursorTable } from '../cursor-list';
import { PageTitle } from '../page-title';
import './warehouse.css';

export type Schemas = components['schemas'];
export type Unit = Schemas['Unit'];
export type ItemKind = Schemas['ItemKind'];
export type LocationType = Schemas['LocationType'];
export type MoveType = Schemas['MoveType'];
export type CountStatus = Schemas['CountStatus'];
export type PickListStatus = Schemas['PickListStatus'];

export const PAGE_SIZE = 50;

export const UNIT_LABEL: Record<Unit, MessageKey> = {
  sheet: 'warehouse.unit.sheet',
  piece: 'warehouse.unit.piece',
  m: 'warehouse.unit.m',
  m2: 'warehouse.unit.m2',
  kg: 'warehouse.unit.kg',
  set: 'warehouse.unit.set',
};

/** One of a unit, where a language says it differently from several (1 sheet, 2 sheets). */
export const UNIT_ONE_LABEL: Record<Unit, MessageKey> = {
  sheet: 'warehouse.unitOne.sheet',
  piece: 'warehouse.unitOne.piece',
  m: 'warehouse.unitOne.m',
  m2: 'warehouse.unitOne.m2',
  kg: 'warehouse.unitOne.kg',
  set: 'warehouse.unitOne.set',
};

export const ITEM_KIND_LABEL: Record<ItemKind, MessageKey> = {
  board: 'warehouse.kind.board',
  moulding: 'warehouse.kind.moulding',
  veneer: 'warehouse.kind.veneer',
  hardware: 'warehouse.kind.hardware',
  glass: 'warehouse.kind.glass',
  consumable: 'warehouse.kind.consumable',
  wip: 'warehouse.kind.wip',
  package: 'warehouse.kind.package',
  remnant: 'warehouse.kind.remnant',
};

export const LOCATION_TYPE_LABEL: Record<LocationType, MessageKey> = {
  receiving: 'warehouse.locationType.receiving',
  storage: 'warehouse.locationType.storage',
  production: 'warehouse.locationType.production',
  packing: 'warehouse.locationType.packing',
  shipping: 'warehouse.locationType.shipping',
  scrap: 'warehouse.locationType.scrap',
};

export const MOVE_TYPE_LABEL: Record<MoveType, MessageKey> = {
  receipt: 'warehouse.moveType.receipt',
  issue: 'warehouse.moveType.issue',
  completion: 'warehouse.moveType.completion',
  transfer: 'warehouse.moveType.transfer',
  adjustment: 'warehouse.moveType.adjustment',
};

export const COUNT_STATUS_LABEL: Record<CountStatus, MessageKey> = {
  open: 'warehouse.countStatus.open',
  completed: 'warehouse.countStatus.completed',
  completed_with_discrepancies: 'warehouse.countStatus.completed_with_discrepancies',
};

export const PICK_STATUS_LABEL: Record<PickListStatus, MessageKey> = {
  open: 'warehouse.pickStatus.open',
  complete: 'warehouse.pickStatus.complete',
};

/** A quantity as the language writes numbers, up to the ledger's 3 decimals, with its unit when given. */
export function formatQuantity(
  value: number,
  language: Language,
  unit?: string,
  t?: (key: MessageKey) => string,
): string {
  const number = formatNumber(Math.round(value * 1000) / 1000, language);
  if (!unit || !t) return number;
  const label = (value === 1 ? UNIT_ONE_LABEL : UNIT_LABEL)[unit as Unit];
  return `${number} ${label ? t(label) : unit}`;
}

/** Yuan, two decimals, as the language writes money. */
export function formatYuan(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY' }).format(value);
}

/** Column widths and alignments that keep the tables readable. */
export const CODE_WIDTH = 150;
export const NUMBER_COLUMN = { align: 'right' as const, width: 120 };

/** A column of codes (item, location, lot), in the codes' type. */
export function codeColumn<T>(
  key: string,
  title: string,
  code: (row: T) => ReactNode,
  width: number = CODE_WIDTH,
): ColumnType<T> {
  return { key, title, width, render: (_, row) => <span className="wh-code">{code(row)}</span> };
}

/** A column of numbers (quantities, money), right-aligned in even digits. */
export function numberColumn<T>(
  key: string,
  title: string,
  text: (row: T) => ReactNode,
  width: number = NUMBER_COLUMN.width,
): ColumnType<T> {
  return { key, title, ...NUMBER_COLUMN, width, render: (_, row) => <span className="wh-num">{text(row)}</span> };
}

/** The page's filters, kept in the URL query so a filtered list can be bookmarked, shared and reloaded. */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [Partial<Record<K, string>>, (next: Partial<Record<K, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const setFilters = (next: Partial<Record<K, string | undefined>>) => {
    const query = new URLSearchParams(params);
    for (const key of keys) {
      const value = next[key]?.trim();
      if (value) query.set(key, value);
      else query.delete(key);
    }
    setParams(query, { replace: true });
  };
  return [filters, setFilters];
}

/**
 * A table of these screens: all its rows at once (a paged list asks for more below it), middle-sized, scrolling
 * sideways on a narrow screen, saying `empty` when it has no rows.
 */
export function ListTable<T extends object>({ empty, ...props }: TableProps<T> & { empty: MessageKey }) {
  const { t } = useTranslation();
  return (
    <Table<T>
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t(empty) }}
      {...props}
    />
  );
}

/** A list the api pages (`useCursorList`): what went wrong, the rows so far, and "more". */
export function PagedTable<T extends object>({
  list,
  empty,
  ...props
}: Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'> & { list: CursorList<T>; empty: MessageKey }) {
  const { t } = useTranslation();
  return (
    <CursorTable<T>
      list={list}
      moreLabel="warehouse.more"
      moreClassName="wh-more"
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t(empty) }}
      {...props}
    />
  );
}

/** The page's title with its one action beside it, hidden from who may only look. */
export function TitleBar({ entry, action, onAction }: { entry: MenuEntry; action: MessageKey; onAction: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="wh-toolbar">
      <PageTitle entry={entry} />
      {!entry.readOnly && (
        <Button type="primary" onClick={onAction}>
          {t(action)}
        </Button>
      )}
    </div>
  );
}

/** A label map's codes as a select's choices, in the screen's language. */
export function labelOptions<K extends string>(labels: Record<K, MessageKey>, t: (key: MessageKey) => string) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: t(labels[value]) }));
}

export type FilterField<K extends string> =
  | { name: K; label: MessageKey; kind?: 'text'; width?: number }
  | { name: K; label: MessageKey; kind: 'select'; options: { value: string; label: string }[]; width?: number }
  | { name: K; label: MessageKey; kind: 'date'; width?: number };

/** The filter bar above a list: applying it writes the filters into the URL query. */
export function FilterBar<K extends string>({
  fields,
  values,
  onApply,
  extra,
}: {
  fields: FilterField<K>[];
  values: Partial<Record<K, string>>;
  onApply: (values: Partial<Record<K, string | undefined>>) => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Partial<Record<K, string | Dayjs>>>();
  const clear = () => {
    const empty = Object.fromEntries(fields.map((f) => [f.name, undefined])) as Partial<Record<K, undefined>>;
    form.setFieldsValue(empty);
    onApply(empty);
  };
  return (
    <Form
      name="filters"
      form={form}
      layout="inline"
      // the colon is written with the label, full-width after Chinese (antd's is always ":")
      colon={false}
      className="wh-filters"
      initialValues={Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          fields.find((f) => f.name === name)?.kind === 'date' ? dayjs(value as string) : value,
        ]),
      )}
      // the URL is the source of the filters: re-read it when it changes (back, a link)
      key={JSON.stringify(values)}
      onFinish={(applied: Record<string, unknown>) =>
        onApply(
          Object.fromEntries(
            Object.entries(applied).map(([name, value]) => [
              name,
              dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : (value as string | undefined),
            ]),
          ) as Partial<Record<K, string>>,
        )
      }
    >
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name as string}
          label={`${t(field.label)}${labelColon(currentLanguage())}`}
        >
          {field.kind === 'select' ? (
            <Select allowClear options={field.options} style={{ width: field.width ?? 160 }} />
          ) : field.kind === 'date' ? (
            <DatePicker style={{ width: field.width ?? 160 }} />
          ) : (
            <Input allowClear style={{ width: field.width ?? 160 }} />
          )}
        </Form.Item>
      ))}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('warehouse.filter.apply')}
          </Button>
          <Button onClick={clear}>{t('warehouse.filter.clear')}</Button>
          {extra}
        </Space>
      </Form.Item>
    </Form>
  );
}

/**
 * A refused save: the api's field errors go to the form's fields, whatever else it said is returned for the
 * page to show above the form (or the network message when the api was not reached).
 */
export function showProblemAtFields(
  form: FormInstance,
  error: unknown,
  hasField: (name: FieldName) => boolean,
  t: (key: MessageKey, values?: Record<string, unknown>) => string,
): string[] {
  if (!(error instanceof ApiError)) return [t('error.network')];
  const known = knownRefusal(error.problem, t);
  const { fields, elsewhere } = problemFields(error.problem, hasField);
  form.setFields(fields.map(({ name, errors }) => ({ name, errors: known ? [known] : errors })));
  if (known && fields.length === 0) return [known];
  return elsewhere;
}

/** What the api said of a refused save that no field of the form shows. */
export function ElsewhereAlert({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return <Alert type="error" showIcon title={messages.join('; ')} className="wh-filters" />;
}

/**
 * A dialog around a form: OK submits the form (saving while `pending`), Cancel closes; above the form its `hint`
 * and what the api said that no field shows.
 */
export function FormModal({
  form,
  title,
  okText,
  hint,
  elsewhere,
  pending,
  width,
  onClose,
  children,
}: {
  form: FormInstance;
  title: string;
  okText?: MessageKey;
  hint?: MessageKey;
  elsewhere: string[];
  pending: boolean;
  width?: number;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={t(okText ?? 'warehouse.save')}
      cancelText={t('warehouse.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      destroyOnHidden
    >
      {hint && <Typography.Paragraph type="secondary">{t(hint)}</Typography.Paragraph>}
      <ElsewhereAlert messages={elsewhere} />
      {children}
    </Modal>
  );
}

/** A field the form has: a top-level name, or `barcodes[2]` of a list field. */
export function formHas(names: readonly string[]): (name: FieldName) => boolean {
  return (name) => names.includes(String(name[0]));
}

/** The refusals these screens provoke, said in the screen's language rather than as the api's bilingual detail. */
export const REFUSAL_TEXT: Partial<Record<ProblemCode, MessageKey>> = {
  'count.closed': 'warehouse.refused.countClosed',
  'count.overlaps_open_count': 'warehouse.refused.countOverlaps',
  'count.item_not_counted': 'warehouse.refused.itemNotCounted',
  'count.location_not_counted': 'warehouse.refused.locationNotCounted',
  'item.already_exists': 'warehouse.refused.itemExists',
  'item.inactive': 'warehouse.refused.itemInactive',
  'location.already_exists': 'warehouse.refused.locationExists',
  'location.inactive': 'warehouse.refused.locationInactive',
  'barcode.in_use': 'warehouse.refused.barcodeInUse',
  'item.under_count': 'warehouse.refused.itemUnderCount',
  'location.under_count': 'warehouse.refused.locationUnderCount',
  'stock.insufficient': 'warehouse.refused.insufficient',
  'stock.fractional_quantity': 'warehouse.refused.fractionalQuantity',
  'pick_list.already_exists': 'warehouse.refused.pickListExists',
  'pick_list.run_not_succeeded': 'warehouse.refused.runNotSucceeded',
  'pick_list.beyond_need': 'warehouse.refused.beyondNeed',
  'pick_list.complete': 'warehouse.refused.pickListComplete',
  'pick_list.item_not_listed': 'warehouse.refused.notOnPickList',
  'pick_list.over_issue_reason': 'warehouse.refused.overIssueReason',
  'pick_list.other_run': 'warehouse.refused.pickListOtherRun',
  'remnant.larger_than_stock': 'warehouse.refused.remnantLargerThanStock',
  'remnant.run_not_succeeded': 'warehouse.refused.remnantRunNotSucceeded',
  'remnant.reserved': 'warehouse.refused.remnantReserved',
  'remnant.not_receivable': 'warehouse.refused.remnantNotReceivable',
  'remnant.not_cut': 'warehouse.refused.remnantNotCut',
  'remnant.impossible_size': 'warehouse.refused.remnantImpossibleSize',
  'remnant.below_minimum': 'warehouse.refused.remnantBelowMinimum',
  'remnant.run_superseded': 'warehouse.refused.remnantRunSuperseded',
  'resource.not_found': 'warehouse.refused.notFound',
};

/** A known refusal's text in the screen's language, filled with the facts the api gave (sizes, quantities). */
export function knownRefusal(
  problem: { code: string; params?: unknown },
  t: (key: MessageKey, values?: Record<string, unknown>) => string,
): string | undefined {
  const key = REFUSAL_TEXT[problem.code as ProblemCode];
  if (!key) return undefined;
  const params = typeof problem.params === 'object' && problem.params !== null ? problem.params : {};
  // a list (the materials no item takes, each with why) reads as the materials it names
  const listed = (value: unknown[]) =>
    value
      .map((v) => (typeof v === 'object' && v !== null && 'material' in v ? String(v.material) : String(v)))
      .join(', ');
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? listed(value) : value]),
  );
  return t(key, values);
}

/**
 * What went wrong, in words: a known refusal in the screen's language, else the api's detail in that language,
 * else the network.
 */
export function refusalText(error: unknown, t: (key: MessageKey, values?: Record<string, unknown>) => string): string {
  if (!(error instanceof ApiError)) return t('error.network');
  return knownRefusal(error.problem, t) ?? localMessage(error.problem.detail, currentLanguage(), t);
}

/**
 * Items or locations as choices for a select (code · name), the first 500 by code; a select also takes a
 * typed code, so a longer list is never a dead end.
 */
export function useChoices(kind: 'items' | 'locations', language: Language) {
  return useQuery({
    queryKey: ['warehouse', kind, 'choices'],
    queryFn: async ({ signal }) => {
      const page =
        kind === 'items'
          ? unwrap(await api.GET('/api/v1/items', { params: { query: { limit: 500 } }, signal }))
          : unwrap(await api.GET('/api/v1/locations', { params: { query: { limit: 500 } }, signal }));
      return page.items;
    },
    select: (rows) =>
      rows
        .filter((row) => row.active)
        .map((row) => ({ value: row.code, label: `${row.code} · ${language === 'en' ? row.nameEn : row.nameZh}` })),
  });
}
