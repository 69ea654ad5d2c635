import { Card, Col, Empty, Row, Segmented, Table, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/catalogues';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import { ProblemAlert } from '../problem-alert';
import { Chart, type ChartOption } from './chart';
import { kpiLevel, LEVEL_COLOUR, percent } from './kpi';
import { ERROR_KIND_LABEL, errorBars, usePackingAccuracy, type AccuracyGroup } from './packing-accuracy-api';
import { periodRange } from './period';
import './packing-accuracy.css';

const PERIODS = ['today', 'last7', 'last30'] as const;
type AccuracyPeriod = (typeof PERIODS)[number];

const PERIOD_LABEL = {
  today: 'packingAccuracy.period.today',
  last7: 'packingAccuracy.period.last7',
  last30: 'packingAccuracy.period.last30',
} as const satisfies Record<AccuracyPeriod, MessageKey>;

// packing blue, loading orange: the two stations' colours on the charts
const PACK_COLOUR = '#1677ff';
const LOAD_COLOUR = '#fa8c16';

/**
 * 打包发货准确率 (issue 17, domain.md §6): the two accuracies, the errors the stations caught by kind, and the figures
 * by station and by user, over today, 7 or 30 days on the factory's clocks. Managers and admins only (the route's).
 */
export function PackingAccuracyCard({ timeZone, language }: { timeZone: string; language: Language }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<AccuracyPeriod>('today');
  const figures = usePackingAccuracy(period, () => periodRange(period, new Date(), null, timeZone), true);
  const totals = figures.data?.totals;
  const bars = totals ? errorBars(totals) : [];
  const number = (n: number) => formatNumber(n, language);

  const columns = (first: { title: string; render: (g: AccuracyGroup) => string }) => [
    { key: 'key', title: first.title, render: (_: unknown, g: AccuracyGroup) => first.render(g) },
    numeric('packScans', t('packingAccuracy.col.packScans'), (g) => number(g.pack.scans)),
    numeric('packed', t('packingAccuracy.col.packed'), (g) => number(g.pack.ok)),
    numeric('loadScans', t('packingAccuracy.col.loadScans'), (g) => number(g.load.scans)),
    numeric('errors', t('packingAccuracy.col.errors'), (g) => number(g.pack.errorsCaught + g.load.errorsCaught)),
    numeric('undone', t('packingAccuracy.col.undone'), (g) => number(g.pack.undone + g.load.undone)),
    {
      key: 'accuracy',
      title: t('packingAccuracy.col.accuracy'),
      className: 'dashboard-num',
      render: (_: unknown, g: AccuracyGroup) => <Ratio value={g.packingAccuracy} language={language} />,
    },
  ];

  return (
    <Card
      title={t('packingAccuracy.title')}
      size="small"
      data-testid="packing-accuracy"
      extra={
        <Segmented<AccuracyPeriod>
          data-testid="packing-accuracy-period"
          value={period}
          onChange={setPeriod}
          options={PERIODS.map((p) => ({ value: p, label: t(PERIOD_LABEL[p]) }))}
        />
      }
    >
      {figures.error && <ProblemAlert error={figures.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Tile
            testId="packing-accuracy-packing"
            label={t('packingAccuracy.packing')}
            hint={t('packingAccuracy.packingHint')}
            value={<Ratio value={totals?.packingAccuracy ?? null} language={language} />}
            level={kpiLevel('quality', totals?.packingAccuracy)}
            detail={t('packingAccuracy.packed', {
              correct: number(totals?.packagesPackedCorrect ?? 0),
              packed: number(totals?.packagesPacked ?? 0),
            })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Tile
            testId="packing-accuracy-shipping"
            label={t('packingAccuracy.shipping')}
            hint={t('packingAccuracy.shippingHint')}
            value={<Ratio value={totals?.shippingAccuracy ?? null} language={language} />}
            level={kpiLevel('quality', totals?.shippingAccuracy)}
            detail={t('packingAccuracy.shipments', {
              clean: number(totals?.shipments.clean ?? 0),
              closed: number(totals?.shipments.closed ?? 0),
              override: number(totals?.shipments.withOverride ?? 0),
            })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Tile
            testId="packing-accuracy-errors"
            label={t('packingAccuracy.errorsCaught')}
            hint={t('packingAccuracy.errorsCaughtHint')}
            value={number(totals?.errorsCaught ?? 0)}
            level="none"
            detail={t('packingAccuracy.scans', {
              pack: number(totals?.pack.scans ?? 0),
              load: number(totals?.load.scans ?? 0),
            })}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Tile
            testId="packing-accuracy-orders"
            label={t('packingAccuracy.orders')}
            value={
              <Ratio
                value={
                  totals && totals.orders.shipped > 0 ? totals.orders.shippedComplete / totals.orders.shipped : null
                }
                language={language}
              />
            }
            level={kpiLevel(
              'quality',
              totals && totals.orders.shipped > 0 ? totals.orders.shippedComplete / totals.orders.shipped : null,
            )}
            detail={t('packingAccuracy.ordersShipped', {
              complete: number(totals?.orders.shippedComplete ?? 0),
              shipped: number(totals?.orders.shipped ?? 0),
            })}
          />
        </Col>
        <Col xs={24} xxl={10}>
          <Card title={t('packingAccuracy.byKind')} size="small" type="inner">
            {totals && totals.errorsCaught > 0 ? (
              <Chart
                testId="packing-accuracy-kinds"
                height={48 + 26 * bars.length}
                option={errorKindsOption(
                  bars.map((b) => ({ ...b, label: t(ERROR_KIND_LABEL[b.kind]) })),
                  { pack: t('packingAccuracy.series.pack'), load: t('packingAccuracy.series.load') },
                )}
              />
            ) : (
              <Empty description={t('packingAccuracy.noErrors')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xxl={14}>
          <Card title={t('packingAccuracy.byStation')} size="small" type="inner">
            <Table<AccuracyGroup>
              data-testid="packing-accuracy-stations"
              rowKey={(g) => g.key ?? ''}
              size="small"
              pagination={false}
              loading={figures.isPending}
              dataSource={figures.data?.stations ?? []}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('packingAccuracy.empty') }}
              columns={columns({
                title: t('packingAccuracy.station'),
                render: (g) => (g.key === null ? t('packingAccuracy.loadingStation') : `${g.key} ${g.name ?? ''}`),
              })}
            />
          </Card>
          <Card title={t('packingAccuracy.byUser')} size="small" type="inner" className="packing-accuracy-users">
            <Table<AccuracyGroup>
              data-testid="packing-accuracy-users"
              rowKey={(g) => g.key ?? ''}
              size="small"
              pagination={false}
              loading={figures.isPending}
              dataSource={figures.data?.users ?? []}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('packingAccuracy.empty') }}
              columns={columns({ title: t('packingAccuracy.user'), render: (g) => g.name ?? '—' })}
            />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}

function numeric(key: string, title: string, render: (g: AccuracyGroup) => string) {
  return { key, title, className: 'dashboard-num', render: (_: unknown, g: AccuracyGroup) => render(g) };
}

function Ratio({ value, language }: { value: number | null; language: Language }) {
  return <span style={{ color: LEVEL_COLOUR[kpiLevel('quality', value)] }}>{percent(value, language)}</span>;
}

function Tile(props: {
  testId: string;
  label: string;
  hint?: string;
  value: ReactNode;
  level: ReturnType<typeof kpiLevel>;
  detail: string;
}) {
  const label = <div className="dashboard-kpi-label">{props.label}</div>;
  return (
    <Card size="small" className={`dashboard-kpi dashboard-kpi-${props.level}`} data-testid={props.testId}>
      {props.hint ? <Tooltip title={props.hint}>{label}</Tooltip> : label}
      <div className="dashboard-kpi-value">{props.value}</div>
      <div className="packing-accuracy-detail">{props.detail}</div>
    </Card>
  );
}

/** Errors caught by kind: a horizontal bar per kind, packing and loading stacked, the count at each bar's end. */
export function errorKindsOption(
  bars: readonly { label: string; pack: number; load: number }[],
  series: { pack: string; load: string },
): ChartOption {
  const stacked = (name: string, values: number[], colour: string) => ({
    type: 'bar' as const,
    name,
    stack: 'errors',
    data: values.map((v) => (v === 0 ? null : v)),
    itemStyle: { color: colour },
    label: { show: true, position: 'inside' as const, formatter: '{c}' },
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    // the first kind on top
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
    series: [
      stacked(
        series.pack,
        bars.map((b) => b.pack),
        PACK_COLOUR,
      ),
      stacked(
        series.load,
        bars.map((b) => b.load),
        LOAD_COLOUR,
      ),
    ],
  };
}
