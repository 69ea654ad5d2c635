import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type ApiError } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import { formatDate, formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';

type Order = components['schemas']['OrderSummaryDto'];
type OrderStatus = components['schemas']['OrderStatus'];

const PAGE_SIZE = 50;
const STATUS_LABEL: Record<OrderStatus, MessageKey> = {
  draft: 'orderStatus.draft',
  confirmed: 'orderStatus.confirmed',
  split: 'orderStatus.split',
  in_production: 'orderStatus.in_production',
  packed: 'orderStatus.packed',
  shipped: 'orderStatus.shipped',
  cancelled: 'orderStatus.cancelled',
};

/** The factory's orders, newest pages fetched on demand with the api's cursor. */
export default function OrdersPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const orders = useInfiniteQuery<
    components['schemas']['OrderSummaryPage'],
    ApiError | Error,
    { pages: components['schemas']['OrderSummaryPage'][] },
    ['orders'],
    string | undefined
  >({
    queryKey: ['orders'],
    initialPageParam: undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(await api.GET('/api/v1/orders', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = orders.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageTitle entry={entry} />
      {orders.error && <ProblemAlert error={orders.error} />}
      <Table<Order>
        rowKey="id"
        dataSource={rows}
        loading={orders.isFetching}
        pagination={false}
        locale={{ emptyText: t('orders.empty') }}
        columns={[
          { key: 'orderNo', title: t('orders.orderNo'), dataIndex: 'orderNo' },
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
                <Tag>{t(STATUS_LABEL[order.status])}</Tag>
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
      {orders.hasNextPage && (
        <Button className="orders-more" onClick={() => void orders.fetchNextPage()} loading={orders.isFetchingNextPage}>
          {t('orders.more')}
        </Button>
      )}
    </>
  );
}
