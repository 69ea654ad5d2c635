import { Button, DatePicker, Input, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDate, formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { CursorTable, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { filtersFromSearch, hasFilters, listQuery, searchFromFilters, type OrderFilters } from './order-filters';
import { ORDER_STATUSES, STATUS_COLOR, STATUS_LABEL, type OrderSummary } from './order-types';

const PAGE_SIZE = 50;

const range = (from?: string, to?: string): [Dayjs | null, Dayjs | null] | null =>
  from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null;
const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

/** The factory's orders, newest first, narrowed by filters kept in the address bar (a reload or a link keeps them). */
export function OrderList({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const query = listQuery(filters);
  const apply = (change: Partial<OrderFilters>) =>
    setSearch(searchFromFilters({ ...filters, ...change }), { replace: true });

  const orders = useCursorList(['orders', query], async (cursor, signal) =>
    unwrap(
      await api.GET('/api/v1/orders', {
        params: { query: { ...query, limit: PAGE_SIZE, cursor } },
        signal,
      }),
    ),
  );

  return (
    <>
      <div className="orders-heading">
        <PageTitle entry={entry} />
        {!entry.readOnly && (
          <Space>
            <Link to={`${entry.path}/import`}>
              <Button>{t('orders.import.open')}</Button>
            </Link>
            <Link to={`${entry.path}/new`}>
              <Button type="primary">{t('orders.new')}</Button>
            </Link>
          </Space>
        )}
      </div>
      <div className="orders-filters" role="search" aria-label={t('orders.filters')}>
        <Select<string[]>
          mode="multiple"
          allowClear
          className="orders-filter-status"
          placeholder={t('orders.filter.status')}
          aria-label={t('orders.filter.status')}
          value={filters.status}
          onChange={(status) => apply({ status: status as OrderFilters['status'] })}
          options={ORDER_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABEL[status]) }))}
        />
        <Input.Search
          key={`q:${filters.q}`}
          id="orders-filter-q"
          allowClear
          className="orders-filter-text"
          placeholder={t('orders.filter.orderNo')}
          aria-label={t('orders.filter.orderNo')}
          defaultValue={filters.q}
          onSearch={(q) => apply({ q })}
        />
        <Input.Search
          key={`customer:${filters.customer}`}
          id="orders-filter-customer"
          allowClear
          className="orders-filter-text"
          placeholder={t('orders.filter.customer')}
          aria-label={t('orders.filter.customer')}
          defaultValue={filters.customer}
          onSearch={(customer) => apply({ customer })}
        />
        <DatePicker.RangePicker
          id={{ start: 'orders-filter-due-from', end: 'orders-filter-due-to' }}
          allowEmpty={[true, true]}
          placeholder={[t('orders.filter.dueFrom'), t('orders.filter.dueTo')]}
          value={range(filters.dueFrom, filters.dueTo)}
          onChange={(dates) => apply({ dueFrom: day(dates?.[0]), dueTo: day(dates?.[1]) })}
        />
        <DatePicker.RangePicker
          id={{ start: 'orders-filter-created-from', end: 'orders-filter-created-to' }}
          allowEmpty={[true, true]}
          placeholder={[t('orders.filter.createdFrom'), t('orders.filter.createdTo')]}
          value={range(filters.createdFrom, filters.createdTo)}
          onChange={(dates) => apply({ createdFrom: day(dates?.[0]), createdTo: day(dates?.[1]) })}
        />
        {hasFilters(filters) && (
          <Button onClick={() => setSearch(new URLSearchParams(), { replace: true })}>
            {t('orders.filter.reset')}
          </Button>
        )}
      </div>
      <CursorTable<OrderSummary>
        list={orders}
        moreLabel="orders.more"
        moreClassName="orders-more"
        rowKey="id"
        className="orders-table"
        locale={{ emptyText: hasFilters(filters) ? t('orders.emptyFiltered') : t('orders.empty') }}
        columns={[
          {
            key: 'orderNo',
            title: t('orders.orderNo'),
            render: (_, order) => <Link to={`${entry.path}/${order.id}`}>{order.orderNo}</Link>,
          },
          { key: 'customer', title: t('orders.customer'), dataIndex: 'customer' },
          {
            key: 'dueDate',
            title: t('orders.dueDate'),
            render: (_, order) => (order.dueDate ? formatDate(order.dueDate, language) : ''),
          },
          {
            key: 'status',
            title: t('orders.status'),
            render: (_, order) => (
              <>
                <Tag color={STATUS_COLOR[order.status]}>{t(STATUS_LABEL[order.status])}</Tag>
                {order.splitStale && <Tag color="warning">{t('orders.splitStale')}</Tag>}
              </>
            ),
          },
          {
            key: 'createdAt',
            title: t('orders.createdAt'),
            render: (_, order) => formatDateTime(order.createdAt, language),
          },
        ]}
      />
    </>
  );
}
