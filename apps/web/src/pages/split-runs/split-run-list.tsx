import { Alert, Button, Flex, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { MoreButton, useCursorList } from '../cursor-list';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { RUN_STATUS_COLOR, RUN_STATUS_LABEL } from './labels';
import { formatPercent } from './run-text';
import { isFinished, POLL_MS, type SplitRun } from './split-run-queries';

const PAGE_SIZE = 50;
const SHOWN_ORDERS = 3;

/** The factory's split runs, newest first; asked again while one of them is still running. */
export function SplitRunList({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [order, setOrder] = useState('');
  const runs = useCursorList(
    ['split-runs', order],
    async (cursor, signal) =>
      unwrap(
        await api.GET('/api/v1/split-runs', {
          params: { query: { limit: PAGE_SIZE, cursor, order: order === '' ? undefined : order } },
          signal,
        }),
      ),
    {
      refetchInterval: (pages) =>
        pages.some((page) => page.items.some((run) => !isFinished(run))) ? POLL_MS * 2 : false,
    },
  );
  const rows = runs.rows;

  return (
    <>
      <Flex justify="space-between" align="baseline" wrap>
        <PageTitle entry={entry} />
        {!entry.readOnly && (
          <Button type="primary" onClick={() => void navigate('new')}>
            {t('splitRuns.new')}
          </Button>
        )}
      </Flex>
      <Input.Search
        allowClear
        className="split-list-search"
        placeholder={t('splitRuns.filterOrder')}
        aria-label={t('splitRuns.filterOrder')}
        onSearch={(value) => setOrder(value.trim())}
      />
      {runs.error &&
        (runs.error instanceof ApiError && runs.error.problem.code === 'resource.not_found' ? (
          <Alert type="warning" showIcon className="split-alert" title={t('splitRuns.noSuchOrder', { order })} />
        ) : (
          <ProblemAlert error={runs.error} />
        ))}
      <Table<SplitRun>
        rowKey="id"
        dataSource={rows}
        loading={runs.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: order === '' ? t('splitRuns.empty') : t('splitRuns.noRunsOfOrder') }}
        onRow={(run) => ({ onDoubleClick: () => void navigate(run.id) })}
        columns={[
          {
            key: 'createdAt',
            title: t('splitRuns.createdAt'),
            render: (_, run) => <Link to={run.id}>{formatDateTime(run.createdAt, language)}</Link>,
          },
          {
            key: 'orders',
            title: t('splitRuns.orders'),
            render: (_, run) => (
              <Space size={[0, 4]} wrap>
                {run.orders.slice(0, SHOWN_ORDERS).map((o) => (
                  <Tag key={o.id}>{o.orderNo}</Tag>
                ))}
                {run.orders.length > SHOWN_ORDERS && (
                  <Typography.Text type="secondary">
                    {t('splitRuns.moreOrders', { value: run.orders.length - SHOWN_ORDERS })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t('splitRuns.status'),
            width: 200,
            render: (_, run) =>
              run.status === 'running' ? (
                <Progress percent={Math.round(run.progress * 100)} size="small" status="active" />
              ) : (
                <Tag color={RUN_STATUS_COLOR[run.status]}>{t(RUN_STATUS_LABEL[run.status])}</Tag>
              ),
          },
          {
            key: 'doors',
            title: t('splitRuns.doors'),
            align: 'right',
            render: (_, run) => {
              const doors = summaryNumber(run, 'doors');
              return doors === null ? '' : formatNumber(doors, language);
            },
          },
          {
            key: 'yield',
            title: t('splitRuns.yield'),
            render: (_, run) => <YieldSummary run={run} />,
          },
          {
            key: 'createdBy',
            title: t('splitRuns.createdBy'),
            render: (_, run) => run.createdBy?.username ?? '',
          },
          {
            key: 'open',
            title: '',
            render: (_, run) => <Link to={run.id}>{t('splitRuns.open')}</Link>,
          },
        ]}
      />
      <MoreButton list={runs} label="splitRuns.more" className="split-more" />
    </>
  );
}

/** A number the succeeded run's summary holds (doors, parts, bars…), or null. */
export function summaryNumber(run: SplitRun, name: string): number | null {
  const value = run.summary?.[name];
  return typeof value === 'number' ? value : null;
}

/** The run's yields over bars and over sheets, as its summary gives them. */
export function YieldSummary({ run }: { run: SplitRun }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const yields = run.summary?.yield as { linear?: number | null; sheet?: number | null } | undefined;
  if (!yields) return null;
  const parts: string[] = [];
  if (typeof yields.linear === 'number')
    parts.push(t('splitRuns.yieldLinear', { value: formatPercent(yields.linear, language) }));
  if (typeof yields.sheet === 'number')
    parts.push(t('splitRuns.yieldSheet', { value: formatPercent(yields.sheet, language) }));
  return <>{parts.join(' · ')}</>;
}
