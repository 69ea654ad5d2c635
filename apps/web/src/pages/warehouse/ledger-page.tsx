import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import {
  codeColumn,
  FilterBar,
  formatQuantity,
  labelOptions,
  MOVE_TYPE_LABEL,
  type MoveType,
  numberColumn,
  PAGE_SIZE,
  PagedTable,
  type Schemas,
  useUrlFilters,
} from './warehouse-common';

type Move = Schemas['StockMoveViewDto'];
const FILTERS = ['item', 'location', 'type', 'lot', 'user', 'reference', 'splitRun', 'since', 'until'] as const;
const TYPE_COLOR: Record<MoveType, string> = {
  receipt: 'green',
  issue: 'orange',
  completion: 'cyan',
  transfer: 'blue',
  adjustment: 'purple',
};

/** A calendar day typed in the filter as the instant it starts, here (`until` is the day after, exclusive). */
function dayStart(day: string | undefined, plusDays = 0): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The stock ledger (库存流水), newest first: who moved what, where, when and why. */
export default function LedgerPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const query = {
    item: filters.item,
    location: filters.location,
    type: filters.type as MoveType | undefined,
    lot: filters.lot,
    user: filters.user,
    reference: filters.reference,
    splitRun: filters.splitRun,
    since: dayStart(filters.since),
    until: dayStart(filters.until, 1),
  };
  const list = useCursorList(['warehouse', 'moves', query], async (cursor, signal) =>
    unwrap(await api.GET('/api/v1/stock/moves', { params: { query: { ...query, limit: PAGE_SIZE, cursor } }, signal })),
  );
  const place = (code: string | null) =>
    code ? <span className="wh-code">{code}</span> : <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <>
      <PageTitle entry={entry} />
      <FilterBar
        fields={[
          { name: 'item', label: 'warehouse.field.item', width: 140 },
          { name: 'location', label: 'warehouse.field.location', width: 120 },
          {
            name: 'type',
            label: 'warehouse.ledger.type',
            kind: 'select',
            width: 130,
            options: labelOptions(MOVE_TYPE_LABEL, t),
          },
          { name: 'lot', label: 'warehouse.field.lot', width: 110 },
          { name: 'user', label: 'warehouse.ledger.user', width: 110 },
          { name: 'reference', label: 'warehouse.ledger.reference', width: 150 },
          { name: 'splitRun', label: 'warehouse.ledger.splitRun', width: 300 },
          { name: 'since', label: 'warehouse.ledger.since', kind: 'date', width: 150 },
          { name: 'until', label: 'warehouse.ledger.until', kind: 'date', width: 150 },
        ]}
        values={filters}
        onApply={setFilters}
      />
      <PagedTable<Move>
        rowKey="id"
        list={list}
        empty="warehouse.ledger.empty"
        columns={[
          {
            key: 'at',
            title: t('warehouse.ledger.at'),
            width: 160,
            render: (_, m) => <span className="wh-num">{formatDateTime(m.createdAt, language)}</span>,
          },
          {
            key: 'type',
            title: t('warehouse.ledger.type'),
            width: 90,
            render: (_, m) => <Tag color={TYPE_COLOR[m.type]}>{t(MOVE_TYPE_LABEL[m.type])}</Tag>,
          },
          codeColumn('item', t('warehouse.field.itemCode'), (m) => m.item, 130),
          numberColumn('quantity', t('warehouse.field.quantity'), (m) => formatQuantity(m.quantity, language), 90),
          { key: 'from', title: t('warehouse.ledger.from'), width: 90, render: (_, m) => place(m.from) },
          { key: 'to', title: t('warehouse.ledger.to'), width: 90, render: (_, m) => place(m.to) },
          {
            key: 'lot',
            title: t('warehouse.field.lot'),
            width: 100,
            render: (_, m) => (m.lot ? <span className="wh-code">{m.lot}</span> : ''),
          },
          {
            key: 'reference',
            title: t('warehouse.ledger.reference'),
            width: 150,
            ellipsis: true,
            render: (_, m) => (m.reference ? <span className="wh-code">{m.reference}</span> : ''),
          },
          { key: 'reason', title: t('warehouse.ledger.reason'), ellipsis: true, dataIndex: 'reason' },
          {
            key: 'user',
            title: t('warehouse.ledger.userDevice'),
            width: 130,
            render: (_, m) => [m.username, m.device].filter(Boolean).join(' · '),
          },
        ]}
      />
    </>
  );
}
