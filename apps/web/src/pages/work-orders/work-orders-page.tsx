import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Input, Modal, Progress, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate, formatDateTime, formatNumber, labelColon } from '../../i18n/format';
import { useAuth } from '../../auth/auth';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { loadProcesses } from '../station/station-api';
import {
  holdWorkOrder,
  loadProgress,
  loadRecentRuns,
  loadWip,
  loadWorkOrders,
  type OrderProgress,
  resumeWorkOrder,
  WORK_ORDER_STATUSES,
  type WorkOrderStatus,
  type WorkOrderView,
} from './production-api';
import { TravelerButton } from './traveler-button';
import './work-orders.css';
import { STATUS_COLOR, STATUS_LABEL } from './work-order-labels';

/** Part of a total as a whole percentage (0 when nothing is planned). */
function percent(done: number, of: number): number {
  return of > 0 ? Math.min(100, Math.round((100 * done) / of)) : 0;
}

/** The process names of the factory by code, in the screen's language. */
function useProcessNames(): (code: string) => string {
  const language = currentLanguage();
  const processes = useQuery({
    queryKey: ['work-orders', 'processes'],
    queryFn: ({ signal }) => loadProcesses(signal),
  });
  return (code) => {
    const found = processes.data?.find((p) => p.code === code);
    return found ? (language === 'en' ? found.nameEn : found.nameZh) : code;
  };
}

/**
 * Production progress (生产进度): the work orders of the released split runs with their status and progress, what
 * each order and door has passed, and the work in progress per process. Planners hold and resume work orders;
 * managers and operators read.
 */
export default function WorkOrdersPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'list';
  return (
    <>
      <PageTitle entry={entry} />
      <Tabs
        className="work-orders-tabs"
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'list', label: t('workOrders.tab.list'), children: <WorkOrderList readOnly={entry.readOnly} /> },
          { key: 'progress', label: t('workOrders.tab.progress'), children: <OrderProgressView /> },
          { key: 'wip', label: t('workOrders.tab.wip'), children: <WipView /> },
        ]}
      />
    </>
  );
}

function WorkOrderList({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const processName = useProcessNames();
  const queries = useQueryClient();
  const [params] = useSearchParams();
  // a released run's link (下达生产 on the split run) opens its work orders
  const [run, setRun] = useState(params.get('run') ?? '');
  const { session } = useAuth();
  // operators read work orders, not split runs: they filter by order, process and status
  const readsRuns = (session?.user.roles ?? []).some((r) => r === 'planner' || r === 'manager' || r === 'admin');
  const runs = useQuery({
    queryKey: ['work-orders', 'runs'],
    queryFn: ({ signal }) => loadRecentRuns(signal),
    enabled: readsRuns,
  });
  const runOptions = (runs.data ?? []).map((r) => ({
    value: r.id,
    label: `${r.id.slice(0, 8)} · ${r.orders.join(', ')}`,
  }));
  // a run opened by its link may be older than the newest listed
  if (run !== '' && !runOptions.some((o) => o.value === run)) runOptions.push({ value: run, label: run.slice(0, 8) });
  const [order, setOrder] = useState('');
  const [process, setProcess] = useState<string>();
  const [status, setStatus] = useState<WorkOrderStatus>();
  const [holding, setHolding] = useState<WorkOrderView>();
  const [reason, setReason] = useState('');
  const processes = useQuery({
    queryKey: ['work-orders', 'processes'],
    queryFn: ({ signal }) => loadProcesses(signal),
  });

  const filters = {
    run: run || undefined,
    order: order.trim() || undefined,
    process,
    status,
  };
  const list = useCursorList(['work-orders', 'list', filters], (cursor, signal) =>
    loadWorkOrders({ ...filters, cursor, limit: 100 }, signal),
  );
  const change = useMutation({
    mutationFn: (what: { code: string; hold?: string }) =>
      what.hold !== undefined ? holdWorkOrder(what.code, what.hold) : resumeWorkOrder(what.code),
    onSuccess: () => {
      setHolding(undefined);
      setReason('');
      void queries.invalidateQueries({ queryKey: ['work-orders'] });
    },
  });
  const colon = labelColon(language);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {readsRuns && (
          <Select
            allowClear
            showSearch
            filterOption={(input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
            placeholder={t('workOrders.filter.run')}
            aria-label={t('workOrders.filter.run')}
            value={run || undefined}
            onChange={(id?: string) => setRun(id ?? '')}
            style={{ width: 280 }}
            options={runOptions}
          />
        )}
        <Input
          allowClear
          placeholder={t('workOrders.filter.order')}
          aria-label={t('workOrders.filter.order')}
          value={order}
          onChange={(e) => setOrder(e.target.value)}
          style={{ width: 180 }}
        />
        <Select
          allowClear
          placeholder={t('workOrders.filter.process')}
          aria-label={t('workOrders.filter.process')}
          value={process}
          onChange={setProcess}
          style={{ width: 160 }}
          options={(processes.data ?? []).map((p) => ({
            value: p.code,
            label: language === 'en' ? p.nameEn : p.nameZh,
          }))}
        />
        <Select
          allowClear
          placeholder={t('workOrders.filter.status')}
          aria-label={t('workOrders.filter.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 140 }}
          options={WORK_ORDER_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
        />
        {filters.run && (
          <TravelerButton
            of={{ run: filters.run }}
            label={t('workOrders.runTravelers')}
            notReleased={list.rows.length > 0 && list.rows.every((w) => w.status === 'planned')}
          />
        )}
      </Space>
      {list.error && <ProblemAlert error={list.error} />}
      {change.error && <ProblemAlert error={change.error} />}
      <Table<WorkOrderView>
        rowKey="id"
        size="small"
        className="work-orders-table"
        loading={list.isFetching && !list.isFetchingNextPage}
        dataSource={list.rows}
        pagination={false}
        // fits 1024 px: codes on one line, the orders cut with an ellipsis (whole on hover), the rest scrolls
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('workOrders.code'),
            dataIndex: 'code',
            fixed: 'left',
            render: (code: string) => <b className="work-orders-code">{code}</b>,
          },
          { title: t('workOrders.process'), dataIndex: 'process', render: (p: string) => processName(p) },
          {
            title: t('workOrders.orders'),
            dataIndex: 'orders',
            width: 160,
            ellipsis: { showTitle: true },
            render: (orders: WorkOrderView['orders']) => orders.map((o) => o.orderNo).join(', '),
          },
          {
            title: t('workOrders.status'),
            dataIndex: 'status',
            render: (s: WorkOrderView['status'], row) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLOR[s]} data-testid={`status-${row.code}`}>
                  {t(STATUS_LABEL[s])}
                </Tag>
                {!row.available && s !== 'done' && s !== 'planned' && (
                  <Tag color="orange">
                    {row.availableAt
                      ? t('workOrders.availableAt', { at: formatDateTime(row.availableAt, language) })
                      : t('workOrders.notAvailable')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('workOrders.progress'),
            key: 'progress',
            width: 200,
            render: (_: unknown, row) => (
              <div data-testid={`progress-${row.code}`}>
                <Progress
                  percent={percent(row.good + row.scrap, row.plannedQuantity)}
                  success={{ percent: percent(row.good, row.plannedQuantity) }}
                  size="small"
                  format={() => `${formatNumber(row.good, language)}/${formatNumber(row.plannedQuantity, language)}`}
                />
                {row.scrap > 0 && (
                  <Typography.Text type="danger">
                    {t('workOrders.scrap')}
                    {colon}
                    {formatNumber(row.scrap, language)}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('workOrders.actions'),
            key: 'actions',
            render: (_: unknown, row) => (
              <Space size={4} wrap>
                <TravelerButton
                  of={{ workOrder: row.code }}
                  label={t('workOrders.traveler')}
                  notReleased={row.status === 'planned'}
                />
                {!readOnly && (row.status === 'released' || row.status === 'in_progress') && (
                  <Button size="small" onClick={() => setHolding(row)}>
                    {t('workOrders.hold')}
                  </Button>
                )}
                {!readOnly && row.status === 'on_hold' && (
                  <Button size="small" loading={change.isPending} onClick={() => change.mutate({ code: row.code })}>
                    {t('workOrders.resume')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <MoreButton list={list} label="workOrders.more" className="work-orders-more" />
      <Modal
        open={holding !== undefined}
        title={t('workOrders.holdTitle', { code: holding?.code ?? '' })}
        okText={t('workOrders.hold')}
        okButtonProps={{ disabled: reason.trim() === '', loading: change.isPending }}
        onOk={() => holding && change.mutate({ code: holding.code, hold: reason.trim() })}
        onCancel={() => setHolding(undefined)}
      >
        <Input.TextArea
          aria-label={t('workOrders.holdReason')}
          placeholder={t('workOrders.holdReason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Space>
  );
}

function OrderProgressView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const order = params.get('order') ?? '';
  const [typed, setTyped] = useState(order);
  const progress = useQuery({
    queryKey: ['work-orders', 'progress', order],
    queryFn: ({ signal }) => loadProgress(order, signal),
    enabled: order !== '',
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Input.Search
        className="order-progress-search"
        placeholder={t('workOrders.progressOrder')}
        aria-label={t('workOrders.progressOrder')}
        enterButton={t('workOrders.show')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(value) => setParams({ tab: 'progress', order: value.trim() }, { replace: true })}
        style={{ maxWidth: 420 }}
      />
      {progress.error && <ProblemAlert error={progress.error} />}
      {progress.data && <OrderCard progress={progress.data} />}
      {order === '' && <Empty description={t('workOrders.progressHint')} />}
    </Space>
  );
}

function OrderCard({ progress }: { progress: OrderProgress }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const processName = useProcessNames();
  // the doors whose parts passed every process before packing (what the packers check)
  const ready = progress.doors.filter((d) => d.readyForPacking).length;
  return (
    <div className="order-progress" data-testid={`order-progress-${progress.orderNo}`}>
      <Space wrap align="baseline">
        <Typography.Title level={4}>{progress.orderNo}</Typography.Title>
        <span>{progress.customer}</span>
        {progress.dueDate && (
          <span>
            {t('workOrders.due')}
            {labelColon(language)}
            {formatDate(progress.dueDate, language)}
          </span>
        )}
        {progress.late && <Tag color="red">{t('workOrders.late')}</Tag>}
        <Tag color={ready > 0 ? 'green' : 'default'} data-testid="doors-ready">
          {t('workOrders.doorsReady', { count: ready })}
        </Tag>
        <Progress type="circle" size={40} percent={Math.round(progress.progress * 100)} />
      </Space>
      <Table
        rowKey="process"
        size="small"
        pagination={false}
        dataSource={progress.processes}
        columns={[
          { title: t('workOrders.process'), dataIndex: 'process', render: (p: string) => processName(p) },
          {
            title: t('workOrders.status'),
            dataIndex: 'status',
            render: (s: WorkOrderView['status']) => <Tag color={STATUS_COLOR[s]}>{t(STATUS_LABEL[s])}</Tag>,
          },
          { title: t('workOrders.planned'), dataIndex: 'planned' },
          { title: t('workOrders.good'), dataIndex: 'good' },
          { title: t('workOrders.scrap'), dataIndex: 'scrap' },
          {
            title: t('workOrders.progress'),
            key: 'bar',
            width: 180,
            render: (_: unknown, row: OrderProgress['processes'][number]) => (
              <Progress percent={percent(row.good, row.planned)} size="small" />
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('workOrders.doors')}</Typography.Title>
      <Table
        rowKey={(d) => `${d.lineNo}-${d.doorNo}`}
        size="small"
        pagination={false}
        dataSource={progress.doors}
        columns={[
          { title: t('workOrders.line'), dataIndex: 'lineNo' },
          { title: t('workOrders.door'), dataIndex: 'doorNo' },
          { title: t('workOrders.room'), dataIndex: 'room', render: (r: string | null) => r ?? '' },
          {
            title: t('workOrders.passed'),
            dataIndex: 'passed',
            render: (passed: string[]) => (
              <Space size={[0, 4]} wrap>
                {passed.map((p) => (
                  <Tag key={p} color="green">
                    {processName(p)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('workOrders.next'),
            dataIndex: 'next',
            render: (next: string | null) => (next ? processName(next) : ''),
          },
          {
            title: t('workOrders.readyForPacking'),
            dataIndex: 'readyForPacking',
            render: (ready: boolean) => (ready ? <Tag color="green">{t('workOrders.ready')}</Tag> : null),
          },
        ]}
      />
    </div>
  );
}

function WipView() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const wip = useQuery({ queryKey: ['work-orders', 'wip'], queryFn: ({ signal }) => loadWip(signal) });
  if (wip.error) return <ProblemAlert error={wip.error} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table
        rowKey="process"
        size="small"
        className="wip-table"
        loading={wip.isPending}
        pagination={false}
        dataSource={wip.data?.processes ?? []}
        columns={[
          {
            title: t('workOrders.process'),
            key: 'name',
            render: (_: unknown, p: { nameZh: string; nameEn: string }) => (language === 'en' ? p.nameEn : p.nameZh),
          },
          { title: t('workOrders.status.released'), dataIndex: 'released' },
          { title: t('workOrders.status.in_progress'), dataIndex: 'inProgress' },
          { title: t('workOrders.status.on_hold'), dataIndex: 'onHold' },
          { title: t('workOrders.piecesWaiting'), dataIndex: 'piecesWaiting' },
          { title: t('workOrders.piecesInProgress'), dataIndex: 'piecesInProgress' },
        ]}
      />
      <Typography.Title level={5}>{t('workOrders.lateOrders')}</Typography.Title>
      {wip.data && wip.data.lateOrders.length === 0 ? (
        <Alert type="success" showIcon title={t('workOrders.noLateOrders')} />
      ) : (
        <Table
          rowKey="orderNo"
          size="small"
          pagination={false}
          dataSource={wip.data?.lateOrders ?? []}
          columns={[
            { title: t('workOrders.order'), dataIndex: 'orderNo' },
            { title: t('workOrders.customer'), dataIndex: 'customer' },
            {
              title: t('workOrders.due'),
              dataIndex: 'dueDate',
              render: (d: string) => formatDate(d, language),
            },
            {
              title: t('workOrders.progress'),
              dataIndex: 'progress',
              render: (p: number) => <Progress percent={Math.round(p * 100)} size="small" />,
            },
          ]}
        />
      )}
    </Space>
  );
}
