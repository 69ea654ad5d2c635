import { Button, Flex, Progress, Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MessageKey } from '../../i18n/catalogues';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { loadShipments, type ShipmentStatus, type ShipmentSummary } from './shipments-api';
import { ShipmentStatusTag } from './shipment-status';

type Filter = ShipmentStatus | 'all';
const FILTER_LABEL: Record<Filter, MessageKey> = {
  open: 'shipments.filter.open',
  closed: 'shipments.filter.closed',
  cancelled: 'shipments.filter.cancelled',
  all: 'shipments.filter.all',
};
const FILTERS = Object.keys(FILTER_LABEL) as Filter[];

/** The shipments, open ones first by default (the filter is in the address bar), and a new one for the planner. */
export function ShipmentList({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const filter: Filter = FILTERS.find((f) => f === params.get('status')) ?? 'open';
  const status = filter === 'all' ? undefined : filter;
  const list = useCursorList(['shipments', 'list', filter], (cursor, signal) => loadShipments(status, cursor, signal));

  return (
    <>
      <PageTitle entry={entry} />
      <Flex gap="middle" align="center" justify="space-between" wrap className="shipments-bar">
        <Segmented<Filter>
          value={filter}
          onChange={(next) => setParams(next === 'open' ? {} : { status: next }, { replace: true })}
          options={FILTERS.map((f) => ({ value: f, label: t(FILTER_LABEL[f]) }))}
        />
        {!entry.readOnly && (
          <Link to={`${entry.path}/new`}>
            <Button type="primary">{t('shipments.new')}</Button>
          </Link>
        )}
      </Flex>
      {list.error && <ProblemAlert error={list.error} />}
      <Table<ShipmentSummary>
        rowKey="id"
        className="shipments-table"
        dataSource={list.rows}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(filter === 'open' ? 'shipments.noneOpen' : 'shipments.none') }}
        columns={[
          {
            key: 'number',
            title: t('shipments.number'),
            render: (_, s) => (
              <Link to={`${entry.path}/${s.id}`} className="shipments-code">
                {s.number}
              </Link>
            ),
          },
          { key: 'vehicle', title: t('shipments.vehicle'), dataIndex: 'vehicle' },
          { key: 'driver', title: t('shipments.driver'), render: (_, s) => s.driver ?? '' },
          { key: 'orders', title: t('shipments.orderCount'), align: 'right', dataIndex: 'orders' },
          {
            key: 'loaded',
            title: t('shipments.loaded'),
            render: (_, s) => <LoadedBar loaded={s.loaded} expected={s.expected} />,
          },
          { key: 'status', title: t('shipments.status'), render: (_, s) => <ShipmentStatusTag shipment={s} /> },
          {
            key: 'createdAt',
            title: t('shipments.createdAt'),
            render: (_, s) => formatDateTime(s.createdAt, language),
          },
          {
            key: 'closedAt',
            title: t('shipments.closedAt'),
            render: (_, s) => (s.closedAt ? formatDateTime(s.closedAt, language) : ''),
          },
        ]}
      />
      <MoreButton list={list} label="shipments.more" className="shipments-more" />
    </>
  );
}

/** Packages loaded of those expected, as a bar with the two counts. */
export function LoadedBar({ loaded, expected }: { loaded: number; expected: number }) {
  const done = expected > 0 && loaded >= expected;
  return (
    <Flex gap="small" align="center" className="shipments-loaded">
      <Progress
        percent={expected === 0 ? 0 : Math.round((loaded / expected) * 100)}
        showInfo={false}
        size="small"
        status={done ? 'success' : 'normal'}
        className="shipments-loaded-bar"
      />
      <Tag color={done ? 'success' : undefined} className="shipments-count">
        {loaded}/{expected}
      </Tag>
    </Flex>
  );
}
