import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import {
  codeColumn,
  FilterBar,
  formatQuantity,
  NUMBER_COLUMN,
  numberColumn,
  PAGE_SIZE,
  PagedTable,
  type Schemas,
  useUrlFilters,
} from './warehouse-common';

type Balance = Schemas['BalanceDto'];
const FILTERS = ['item', 'location', 'lot'] as const;

/** Stock on hand per item, location and lot (库存), filtered by the URL's query. */
export default function BalancesPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const query = { item: filters.item, location: filters.location, lot: filters.lot };
  const list = useCursorList(['warehouse', 'balances', query], async (cursor, signal) =>
    unwrap(
      await api.GET('/api/v1/stock/balances', { params: { query: { ...query, limit: PAGE_SIZE, cursor } }, signal }),
    ),
  );
  // the totals cover every matching balance, not only the pages loaded: the first page carries them
  const totals = list.data?.pages[0]?.totals ?? [];
  const units = new Map(list.rows.map((r) => [r.item, r.unit]));

  return (
    <>
      <PageTitle entry={entry} />
      <FilterBar
        fields={[
          { name: 'item', label: 'warehouse.field.item' },
          { name: 'location', label: 'warehouse.field.location' },
          { name: 'lot', label: 'warehouse.field.lot', width: 120 },
        ]}
        values={filters}
        onApply={setFilters}
      />
      <PagedTable<Balance>
        rowKey={(b) => `${b.item} ${b.location} ${b.lot}`}
        list={list}
        empty="warehouse.balances.empty"
        columns={[
          codeColumn('item', t('warehouse.field.itemCode'), (b) => b.item),
          {
            key: 'itemName',
            title: t('warehouse.field.itemName'),
            render: (_, b) => (language === 'en' ? b.itemNameEn : b.itemName),
          },
          codeColumn('location', t('warehouse.field.locationCode'), (b) => b.location, 120),
          {
            key: 'locationName',
            title: t('warehouse.field.locationName'),
            render: (_, b) => (language === 'en' ? b.locationNameEn : b.locationName),
          },
          {
            key: 'lot',
            title: t('warehouse.field.lot'),
            width: 130,
            render: (_, b) =>
              b.lot ? <span className="wh-code">{b.lot}</span> : <Typography.Text type="secondary">—</Typography.Text>,
          },
          numberColumn(
            'quantity',
            t('warehouse.field.quantity'),
            (b) => formatQuantity(b.quantity, language, b.unit, t),
            140,
          ),
          {
            key: 'ledger',
            title: '',
            width: 90,
            render: (_, b) => (
              <Link to={`/warehouse/ledger?${new URLSearchParams({ item: b.item, location: b.location })}`}>
                {t('warehouse.balances.moves')}
              </Link>
            ),
          },
        ]}
      />
      {totals.length > 0 && (
        <div className="wh-section">
          <Typography.Title level={5}>{t('warehouse.balances.totals')}</Typography.Title>
          <Table<Schemas['ItemTotalDto']>
            rowKey="item"
            size="small"
            pagination={false}
            dataSource={totals}
            style={{ maxWidth: 420 }}
            columns={[
              {
                key: 'item',
                title: t('warehouse.field.itemCode'),
                render: (_, row) => <span className="wh-code">{row.item}</span>,
              },
              {
                key: 'quantity',
                title: t('warehouse.field.quantity'),
                ...NUMBER_COLUMN,
                render: (_, row) => (
                  <span className="wh-num">{formatQuantity(row.quantity, language, units.get(row.item), t)}</span>
                ),
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
