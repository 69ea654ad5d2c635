import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDate, formatDateTime, formatMm, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { ProblemAlert } from '../problem-alert';
import { localMessage } from '../../api/localized-message';
import { allows, refusalText } from './order-actions';
import { doorCount } from './order-form-state';
import { doorTypeWords, optionPairs } from './order-line-words';
import { useDoorModels, useOrder } from './orders-api';
import { STATUS_COLOR, STATUS_LABEL, type Order, type OrderStatus } from './order-types';
import { OrderPrinting } from './order-printing';
import { DOOR_TYPE_LABEL } from '../door-models/labels';
import { handingLabel } from '../part-labels';

type LineView = Order['lines'][number];

/** One order: its header, state and lines; confirm, cancel or edit it when its state allows. */
export function OrderDetail({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id } = useParams();
  const queryClient = useQueryClient();
  const order = useOrder(id);
  // the labels of the lines' inputs: the models as they are now (a line keeps its values by input name)
  const models = useDoorModels();
  const [refusal, setRefusal] = useState<string | null>(null);

  const transition = useMutation({
    mutationFn: async (action: 'confirm' | 'cancel') =>
      unwrap(
        action === 'confirm'
          ? await api.POST('/api/v1/orders/{id}/confirm', { params: { path: { id: id! } } })
          : await api.POST('/api/v1/orders/{id}/cancel', { params: { path: { id: id! } } }),
      ),
    onMutate: () => setRefusal(null),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['order', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
    onError: async (error) => {
      setRefusal(
        error instanceof ApiError
          ? localMessage(
              refusalText(error.problem, t, (status) => t(STATUS_LABEL[status as OrderStatus])),
              language,
              t,
            )
          : t('error.network'),
      );
      // the screen was behind the api: show the order as it is now
      await queryClient.invalidateQueries({ queryKey: ['order', id] });
    },
  });

  if (order.error) return <ProblemAlert error={order.error} />;
  if (!order.data) return <Spin className="orders-loading" />;
  const o = order.data;
  const mm = (value: number | null) => (value === null ? '' : formatMm(value, language));
  const yesNo = { yes: t('orders.yes'), no: t('orders.no') };
  const modelOf = (line: LineView) => models.data?.get(line.productCode);

  return (
    <>
      <Link to={entry.path}>{t('orders.backToList')}</Link>
      <div className="orders-heading">
        <Space align="baseline">
          <Typography.Title level={3}>{t('orders.detail.title', { orderNo: o.orderNo })}</Typography.Title>
          <Tag color={STATUS_COLOR[o.status]} className="orders-status">
            {t(STATUS_LABEL[o.status])}
          </Tag>
          {o.splitStale && <Tag color="warning">{t('orders.splitStale')}</Tag>}
          {entry.readOnly && <Tag>{t('page.readOnly')}</Tag>}
        </Space>
        {!entry.readOnly && (
          <Space>
            {allows(o.status, 'edit') && (
              <Link to={`${entry.path}/${o.id}/edit`}>
                <Button>{t('orders.edit')}</Button>
              </Link>
            )}
            {allows(o.status, 'cancel') && (
              <Popconfirm
                title={t('orders.cancelAsk', { orderNo: o.orderNo })}
                okText={t('orders.cancelOrder')}
                cancelText={t('orders.keep')}
                okButtonProps={{ danger: true }}
                onConfirm={() => transition.mutate('cancel')}
              >
                <Button danger loading={transition.isPending && transition.variables === 'cancel'}>
                  {t('orders.cancelOrder')}
                </Button>
              </Popconfirm>
            )}
            {allows(o.status, 'confirm') && (
              <Popconfirm
                title={t('orders.confirmAsk', { orderNo: o.orderNo })}
                okText={t('orders.confirm')}
                cancelText={t('orders.keep')}
                onConfirm={() => transition.mutate('confirm')}
              >
                <Button type="primary" loading={transition.isPending && transition.variables === 'confirm'}>
                  {t('orders.confirm')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </div>
      {refusal && (
        <Alert
          className="orders-alert orders-refusal"
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          title={refusal}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'customer', label: t('orders.customer'), children: o.customer },
          { key: 'dueDate', label: t('orders.dueDate'), children: o.dueDate ? formatDate(o.dueDate, language) : '—' },
          { key: 'createdAt', label: t('orders.createdAt'), children: formatDateTime(o.createdAt, language) },
          { key: 'lines', label: t('orders.detail.lineCount'), children: formatNumber(o.lines.length, language) },
          { key: 'doors', label: t('orders.detail.doors'), children: formatNumber(doorCount(o.lines), language) },
        ]}
      />
      <OrderPrinting order={o} />
      <Typography.Title level={5} className="orders-lines-title">
        {t('orders.detail.lines')}
      </Typography.Title>
      <Table<LineView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={o.lines}
        scroll={{ x: 1200 }}
        columns={[
          { key: 'lineNo', title: '#', dataIndex: 'lineNo', width: 48 },
          {
            key: 'model',
            title: t('orders.line.model'),
            render: (_, line) => `${line.productCode} v${line.productVersion}`,
          },
          {
            key: 'doorType',
            title: t('orders.line.doorType'),
            render: (_, line) =>
              doorTypeWords(modelOf(line), line.options, language, (type) => t(DOOR_TYPE_LABEL[type])),
          },
          { key: 'width', title: t('orders.line.width'), align: 'right', render: (_, line) => mm(line.width) },
          { key: 'height', title: t('orders.line.height'), align: 'right', render: (_, line) => mm(line.height) },
          {
            key: 'wallThickness',
            title: t('orders.line.wallThickness'),
            align: 'right',
            render: (_, line) => mm(line.wallThickness),
          },
          {
            key: 'masterWidth',
            title: t('orders.line.masterWidth'),
            align: 'right',
            render: (_, line) => mm(line.masterWidth),
          },
          { key: 'swing', title: t('orders.line.swing'), render: (_, line) => handingLabel(line.swing, t) },
          { key: 'finish', title: t('orders.line.finish'), dataIndex: 'finish' },
          {
            key: 'quantity',
            title: t('orders.line.quantity'),
            align: 'right',
            render: (_, line) => formatNumber(line.quantity, language),
          },
          {
            key: 'options',
            title: t('orders.line.options'),
            render: (_, line) => (
              <Space size={[4, 4]} wrap>
                {optionPairs(modelOf(line), line.options, language, yesNo).map((pair) => (
                  <Tag key={pair.name}>
                    {pair.label} {pair.words}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { key: 'room', title: t('orders.line.room'), dataIndex: 'room' },
          { key: 'note', title: t('orders.line.note'), dataIndex: 'note' },
        ]}
      />
    </>
  );
}
