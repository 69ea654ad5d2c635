import { useQuery } from '@tanstack/react-query';
import { Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import {
  CODE_WIDTH,
  formatQuantity,
  formatYuan,
  ListTable,
  NUMBER_COLUMN,
  numberColumn,
  type Schemas,
} from './warehouse-common';

/** Stock value at standard cost (库存金额), and the items to reorder (below their reorder point). */
export default function ValuePage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const value = useQuery({
    queryKey: ['warehouse', 'value'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/stock/value', { signal })),
  });
  const reorder = useQuery({
    queryKey: ['warehouse', 'reorder'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/items/below-reorder-point', { signal })),
  });
  const code = (item: string) => (
    <Link to={`/warehouse/balances?${new URLSearchParams({ item })}`} className="wh-code">
      {item}
    </Link>
  );

  return (
    <>
      <PageTitle entry={entry} />
      <Typography.Title level={4}>{t('warehouse.reorder.title')}</Typography.Title>
      {reorder.error && <ProblemAlert error={reorder.error} />}
      <ListTable<Schemas['BelowReorderPointDto']>
        rowKey="item"
        dataSource={reorder.data ?? []}
        loading={reorder.isFetching}
        empty="warehouse.reorder.empty"
        columns={[
          { key: 'item', title: t('warehouse.field.itemCode'), width: CODE_WIDTH, render: (_, r) => code(r.item) },
          {
            key: 'name',
            title: t('warehouse.field.itemName'),
            render: (_, r) => (language === 'en' ? r.nameEn : r.name),
          },
          numberColumn('onHand', t('warehouse.reorder.onHand'), (r) => formatQuantity(r.onHand, language, r.unit, t)),
          numberColumn('reorderPoint', t('warehouse.items.reorderPoint'), (r) =>
            formatQuantity(r.reorderPoint, language, r.unit, t),
          ),
          {
            key: 'short',
            title: t('warehouse.reorder.short'),
            ...NUMBER_COLUMN,
            render: (_, r) => (
              <strong className="wh-num wh-negative">
                {formatQuantity(r.reorderPoint - r.onHand, language, r.unit, t)}
              </strong>
            ),
          },
        ]}
      />

      <div className="wh-section">
        <Typography.Title level={4}>{t('warehouse.value.title')}</Typography.Title>
        {value.error && <ProblemAlert error={value.error} />}
        {value.data && (
          <Statistic
            className="wh-filters"
            title={t('warehouse.value.total')}
            value={formatYuan(value.data.total, language)}
          />
        )}
        <ListTable<Schemas['ItemValueDto']>
          rowKey="item"
          dataSource={value.data?.items ?? []}
          loading={value.isFetching}
          empty="warehouse.value.empty"
          columns={[
            { key: 'item', title: t('warehouse.field.itemCode'), width: CODE_WIDTH, render: (_, r) => code(r.item) },
            numberColumn('quantity', t('warehouse.field.quantity'), (r) => formatQuantity(r.quantity, language)),
            numberColumn('standardCost', t('warehouse.items.standardCost'), (r) =>
              formatYuan(r.standardCost, language),
            ),
            numberColumn('value', t('warehouse.value.value'), (r) => formatYuan(r.value, language), 150),
          ]}
        />
      </div>
    </>
  );
}
