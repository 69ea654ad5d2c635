import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import { formatDate, formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { STATUS_LABEL as ORDER_STATUS_LABEL } from '../orders/order-types';
import { ProblemAlert } from '../problem-alert';
import { refusedOrderNumbers, startRefusal } from './run-text';

type Order = components['schemas']['OrderSummaryDto'];

const PAGE_SIZE = 50;
/** Orders a run may include: confirmed ones, and split ones to split again (the api's order state machine). */
const SPLITTABLE: Order['status'][] = ['confirmed', 'split'];

/** Choose confirmed orders and start a split run over them. */
export function NewSplitRun({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);

  const orders = useCursorList(['orders', 'splittable', search], async (cursor, signal) =>
    unwrap(
      await api.GET('/api/v1/orders', {
        params: {
          query: { limit: PAGE_SIZE, cursor, status: SPLITTABLE, q: search === '' ? undefined : search },
        },
        signal,
      }),
    ),
  );
  // the api filters by status; the check here keeps the table right with an api that does not
  const rows = orders.rows.filter((o) => SPLITTABLE.includes(o.status));

  // a double click must start one run, not two: the second click comes before React has drawn the first's spinner
  const starting = useRef(false);
  const start = useMutation({
    mutationFn: async (orderIds: string[]) => unwrap(await api.POST('/api/v1/split-runs', { body: { orderIds } })),
    onSuccess: (run) => {
      // the 202 answer is the run's first state (queued, 0 %): the run's page shows it until its first poll
      queryClient.setQueryData(['split-run', run.id], run);
      void queryClient.invalidateQueries({ queryKey: ['split-runs'] });
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      void navigate(`${entry.path}/${run.id}`, { replace: true });
    },
    onError: (error) => {
      // an order changed since the list was read (cancelled, split elsewhere): read it again, and unselect the
      // orders the api named, so the next start is not refused for them again
      const refused = refusedOrderNumbers(error);
      if (refused.length > 0) {
        const ids = rows.filter((o) => refused.includes(o.orderNo)).map((o) => o.id);
        setSelected((now) => now.filter((id) => !ids.includes(id)));
      }
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });
  const refusal = start.error instanceof ApiError ? startRefusal(start.error.problem) : null;

  return (
    <>
      <Space direction="vertical" size={0}>
        <Link to={entry.path}>{t('splitRuns.backToList')}</Link>
        <Typography.Title level={3}>{t('splitRuns.newTitle')}</Typography.Title>
      </Space>
      <Typography.Paragraph type="secondary">{t('splitRuns.newHint')}</Typography.Paragraph>
      <Flex gap="middle" align="center" wrap className="split-new-bar">
        <Input.Search
          allowClear
          className="split-new-search"
          placeholder={t('splitRuns.searchOrder')}
          aria-label={t('splitRuns.searchOrder')}
          onSearch={(value) => setSearch(value.trim())}
        />
        <Typography.Text>{t('splitRuns.selected', { value: selected.length })}</Typography.Text>
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={start.isPending}
          onClick={() => {
            if (starting.current) return;
            starting.current = true;
            start.mutate(selected, { onSettled: () => (starting.current = false) });
          }}
        >
          {t('splitRuns.start')}
        </Button>
      </Flex>
      {start.error &&
        (refusal ? (
          <Alert
            type="error"
            showIcon
            className="split-alert"
            title={t('splitRuns.refused.title')}
            description={t(refusal.key, refusal.params)}
          />
        ) : (
          <ProblemAlert error={start.error} />
        ))}
      {orders.error && <ProblemAlert error={orders.error} />}
      <Table<Order>
        rowKey="id"
        dataSource={rows}
        loading={orders.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('splitRuns.noSplittableOrders') }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String)),
        }}
        onRow={(order) => ({
          onClick: () =>
            setSelected((now) => (now.includes(order.id) ? now.filter((id) => id !== order.id) : [...now, order.id])),
        })}
        columns={[
          { key: 'orderNo', title: t('splitRuns.order.orderNo'), dataIndex: 'orderNo' },
          { key: 'customer', title: t('splitRuns.order.customer'), dataIndex: 'customer' },
          {
            key: 'dueDate',
            title: t('splitRuns.order.dueDate'),
            render: (_, order) => (order.dueDate ? formatDate(order.dueDate, language) : ''),
          },
          {
            key: 'status',
            title: t('splitRuns.order.status'),
            render: (_, order) => (
              <>
                <Tag color={order.status === 'confirmed' ? 'blue' : undefined}>
                  {t(ORDER_STATUS_LABEL[order.status])}
                </Tag>
                {order.splitStale && <Tag color="warning">{t('splitRuns.order.stale')}</Tag>}
              </>
            ),
          },
          {
            key: 'createdAt',
            title: t('splitRuns.order.createdAt'),
            render: (_, order) => formatDateTime(order.createdAt, language),
          },
        ]}
      />
      <MoreButton list={orders} label="splitRuns.more" className="split-more" />
    </>
  );
}
