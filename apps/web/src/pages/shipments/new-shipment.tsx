import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { components } from '../../../../../clients/typescript/schema';
import { api, ApiError, unwrap } from '../../api/client';
import { localMessage } from '../../api/localized-message';
import { formatDate } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton, useCursorList } from '../cursor-list';
import { showProblem, topLevel } from '../machines/form-problem';
import { STATUS_COLOR, STATUS_LABEL } from '../orders/order-types';
import type { PageProps } from '../page-props';
import { ProblemAlert } from '../problem-alert';
import { createShipment } from './shipments-api';
import { moveStop, withSelection } from './stops';

type Order = components['schemas']['OrderSummaryDto'];
type Values = { vehicle: string; driver?: string };

const PAGE_SIZE = 50;
/** Orders a shipment may take (the api's rule): packed ones, and ones still in production (shipped as they are). */
const SHIPPABLE: Order['status'][] = ['packed', 'in_production'];

/**
 * A new shipment: the truck and its driver, the orders ticked from those packed (or still in production, marked),
 * lined up in delivery order by dragging or with the arrows. The api refuses an order on another open shipment.
 */
export function NewShipment({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const [stops, setStops] = useState<string[]>([]);
  // the orders seen so far, by id: a stop keeps its number and customer when a search hides it from the list
  const [known, setKnown] = useState(new Map<string, Order>());
  const [failure, setFailure] = useState<string[]>([]);
  const dragged = useRef<number | null>(null);

  const orders = useCursorList(['orders', 'shippable', search], async (cursor, signal) =>
    unwrap(
      await api.GET('/api/v1/orders', {
        params: { query: { limit: PAGE_SIZE, cursor, status: SHIPPABLE, q: search === '' ? undefined : search } },
        signal,
      }),
    ),
  );
  const rows = orders.rows.filter((o) => SHIPPABLE.includes(o.status));

  const create = useMutation({
    mutationFn: (values: Values) =>
      createShipment({ vehicle: values.vehicle.trim(), driver: values.driver?.trim() || undefined, orderIds: stops }),
    onMutate: () => setFailure([]),
    onSuccess: (shipment) => {
      void queryClient.invalidateQueries({ queryKey: ['shipments'] });
      void navigate(`${entry.path}/${shipment.id}`, { replace: true });
    },
    onError: (error) => {
      const elsewhere = showProblem(form, error, topLevel(['vehicle', 'driver']), t('error.network'));
      // a refusal about the orders (on another open shipment, not shippable) names them in its detail, in both
      // languages; the field errors of `orderIds` say less
      setFailure(
        elsewhere.length > 0 && error instanceof ApiError
          ? [localMessage(error.problem.detail, language, t)]
          : elsewhere,
      );
      // an order shipped or planned elsewhere since the list was read: read it again
      void queryClient.invalidateQueries({ queryKey: ['orders', 'shippable'] });
    },
  });

  const select = (ids: string[]) => {
    setKnown((now) => new Map([...now, ...rows.filter((o) => ids.includes(o.id)).map((o) => [o.id, o] as const)]));
    setStops((now) => withSelection(now, ids));
  };
  const move = (from: number, to: number) => setStops((now) => moveStop(now, from, to));

  return (
    <>
      <Space direction="vertical" size={0}>
        <Link to={entry.path}>{t('shipments.backToList')}</Link>
        <Typography.Title level={3}>{t('shipments.newTitle')}</Typography.Title>
      </Space>
      <Typography.Paragraph type="secondary">{t('shipments.newHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="shipment"
        layout="inline"
        className="shipments-form"
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item
          name="vehicle"
          label={t('shipments.vehicle')}
          rules={[{ required: true, whitespace: true, message: t('shipments.vehicleRequired') }]}
        >
          <Input maxLength={40} placeholder={t('shipments.vehiclePlaceholder')} />
        </Form.Item>
        <Form.Item name="driver" label={t('shipments.driver')}>
          <Input maxLength={40} placeholder={t('shipments.driverPlaceholder')} />
        </Form.Item>
        <Tooltip title={stops.length === 0 ? t('shipments.chooseOrders') : undefined}>
          <Button type="primary" htmlType="submit" disabled={stops.length === 0} loading={create.isPending}>
            {t('shipments.create')}
          </Button>
        </Tooltip>
      </Form>
      {failure.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="shipments-failure"
          title={failure.map((line) => (
            <div key={line}>{line}</div>
          ))}
        />
      )}
      <Flex gap="large" wrap align="start" className="shipments-plan">
        <Card size="small" title={t('shipments.shippableOrders')} className="shipments-orders">
          <Input.Search
            allowClear
            className="shipments-search"
            placeholder={t('shipments.searchOrder')}
            aria-label={t('shipments.searchOrder')}
            onSearch={(value) => setSearch(value.trim())}
          />
          {orders.error && <ProblemAlert error={orders.error} />}
          <Table<Order>
            rowKey="id"
            size="small"
            className="shipments-order-table"
            dataSource={rows}
            loading={orders.isFetching}
            pagination={false}
            locale={{ emptyText: t('shipments.noShippableOrders') }}
            rowSelection={{
              selectedRowKeys: stops,
              preserveSelectedRowKeys: true,
              onChange: (keys) => select(keys.map(String)),
            }}
            columns={[
              { key: 'orderNo', title: t('shipments.order.orderNo'), dataIndex: 'orderNo' },
              { key: 'customer', title: t('shipments.order.customer'), dataIndex: 'customer' },
              {
                key: 'dueDate',
                title: t('shipments.order.dueDate'),
                render: (_, o) => (o.dueDate ? formatDate(o.dueDate, language) : ''),
              },
              {
                key: 'status',
                title: t('shipments.order.status'),
                render: (_, o) => <OrderStatusTag status={o.status} />,
              },
            ]}
          />
          <MoreButton list={orders} label="shipments.more" className="shipments-more" />
        </Card>
        <Card size="small" title={t('shipments.stops')} className="shipments-stops">
          <Typography.Paragraph type="secondary">{t('shipments.stopsHint')}</Typography.Paragraph>
          <Table<string>
            rowKey={(id) => id}
            size="small"
            className="shipments-stop-table"
            dataSource={stops}
            pagination={false}
            locale={{ emptyText: t('shipments.noStops') }}
            onRow={(_, index = 0) => ({
              draggable: true,
              onDragStart: () => (dragged.current = index),
              onDragOver: (event) => event.preventDefault(),
              onDrop: () => {
                if (dragged.current !== null) move(dragged.current, index);
                dragged.current = null;
              },
            })}
            columns={[
              { key: 'stop', title: t('shipments.stop'), width: 56, render: (_, _id, index) => index + 1 },
              {
                key: 'order',
                title: t('shipments.order.orderNo'),
                render: (_, id) => <span className="shipments-code">{known.get(id)?.orderNo ?? id}</span>,
              },
              { key: 'customer', title: t('shipments.order.customer'), render: (_, id) => known.get(id)?.customer },
              {
                key: 'status',
                title: t('shipments.order.status'),
                render: (_, id) => {
                  const order = known.get(id);
                  return order && <OrderStatusTag status={order.status} />;
                },
              },
              {
                key: 'move',
                title: t('shipments.move'),
                render: (_, id, index) => (
                  <Space size={4}>
                    <Button
                      size="small"
                      aria-label={t('shipments.moveUp')}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      aria-label={t('shipments.moveDown')}
                      disabled={index === stops.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      ↓
                    </Button>
                    <Button size="small" type="link" onClick={() => setStops((now) => now.filter((s) => s !== id))}>
                      {t('shipments.remove')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Flex>
    </>
  );
}

/** An order's status; one still in production is marked: it ships with what is packed, the rest is missing. */
function OrderStatusTag({ status }: { status: Order['status'] }) {
  const { t } = useTranslation();
  if (status !== 'in_production') return <Tag color={STATUS_COLOR[status]}>{t(STATUS_LABEL[status])}</Tag>;
  return (
    <Tooltip title={t('shipments.inProductionHint')}>
      <Tag color="warning" className="shipments-not-packed">
        {t('shipments.notAllPacked')}
      </Tag>
    </Tooltip>
  );
}
