import { Card, Col, Empty, Progress, Row, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, labelColon } from '../../i18n/format';
import { useAuth } from '../../auth/auth';
import { currentLanguage, type Language } from '../../i18n/i18n';
import {
  machineName,
  STATE_LABEL,
  useHolidays,
  useMachines,
  useReasons,
  useShifts,
  type Machine,
} from '../machines/equipment-api';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { Chart } from './chart';
import { PackingAccuracyCard } from './packing-accuracy-card';
import { paretoOption, timelineOption, trendOption, type ChartWords } from './chart-options';
import { isState, pareto, reasonLabel, STATE_COLOUR, STATES, stopReasons, stopTime, timelineBars } from './charts';
import { duration, KPIS, kpiLevel, LEVEL_COLOUR, percent, type Kpi } from './kpi';
import { REFRESH_MS, usePeriodOee, useTimelines, useWip, type OeeRow, type WipProcess } from './oee-api';
import { BROWSER_TIME_ZONE, currentShift, PERIODS, periodRange, timelineRange, type Period } from './period';
import './dashboard.css';

const PERIOD_LABEL = {
  today: 'dashboard.period.today',
  shift: 'dashboard.period.shift',
  last7: 'dashboard.period.last7',
  last30: 'dashboard.period.last30',
} as const satisfies Record<Period, string>;

const KPI_LABEL = {
  oee: 'dashboard.kpi.oee',
  availability: 'dashboard.kpi.availability',
  performance: 'dashboard.kpi.performance',
  quality: 'dashboard.kpi.quality',
} as const satisfies Record<Kpi, string>;

type Figures = Pick<OeeRow, Kpi | 'good' | 'scrap' | 'downTime' | 'setupTime' | 'idleTime'>;
type MachineRow = Figures & { code: string; label: string; now: Machine['state']; topReason: string };

/** 设备效率看板: OEE per ISO 22400 for the factory and each machine, its losses, and the work waiting at each process. */
export default function DashboardPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  // the factory's days and shifts are on its clocks, not the browser's (a session from before the api said it has
  // none: the browser's zone then)
  const timeZone: string = (session?.user.factory as { timeZone?: string } | undefined)?.timeZone ?? BROWSER_TIME_ZONE;
  const [period, setPeriod] = useState<Period>('today');
  // undefined: the whole factory
  const [machine, setMachine] = useState<string | undefined>(undefined);
  const machines = useMachines(REFRESH_MS);
  const shifts = useShifts();
  const holidays = useHolidays();
  const calendarReady = !shifts.isPending && !holidays.isPending;

  // the range is taken at each fetch: "today" and "this shift" end now, and now moves with the minute refresh
  const range = () => {
    const now = new Date();
    const days = new Set((holidays.data ?? []).map((h) => h.day));
    return periodRange(period, now, currentShift(shifts.data ?? [], now, days, timeZone), timeZone);
  };
  const shift = useMemo(
    () => currentShift(shifts.data ?? [], new Date(), new Set((holidays.data ?? []).map((h) => h.day)), timeZone),
    [shifts.data, holidays.data, timeZone],
  );
  // 本班 by its name (白班 / Day shift), not its code
  const shiftShown = shift ? shifts.data?.find((s) => s.code === shift.code) : undefined;
  const shiftName = shiftShown
    ? language === 'en' && shiftShown.nameEn
      ? shiftShown.nameEn
      : shiftShown.name
    : (shift?.code ?? '');
  const oee = usePeriodOee(period, machine, range, calendarReady);
  const list = useMemo(() => (machines.data ?? []).filter((m) => m.active), [machines.data]);
  const timelines = useTimelines(
    period,
    list.map((m) => m.code),
    () => timelineRange(range()),
  );
  const wip = useWip();
  const reasons = useReasons();
  // the reason a machine is down (idle, in setup) for now, by name: the tablet sends its code
  const nowReason = (code: string) => {
    const reason = reasons.data?.find((r) => r.code === code);
    return reason ? reasonLabel({ reason: code, nameZh: reason.nameZh, nameEn: reason.nameEn }, language) : code;
  };

  const words: ChartWords = {
    oee: t('dashboard.kpi.oee'),
    availability: t('dashboard.kpi.availability'),
    performance: t('dashboard.kpi.performance'),
    quality: t('dashboard.kpi.quality'),
    minutes: t('dashboard.pareto.minutes'),
    cumulative: t('dashboard.pareto.cumulative'),
    stops: t('dashboard.pareto.stops'),
    colon: labelColon(language),
    state: Object.fromEntries(STATES.map((s) => [s, t(STATE_LABEL[s])])) as ChartWords['state'],
    duration: (seconds) =>
      duration(seconds, { h: t('dashboard.unit.h'), min: t('dashboard.unit.min'), s: t('dashboard.unit.s') }),
    timeZone,
    time: (at) =>
      new Intl.DateTimeFormat(language, {
        timeZone,
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(at),
  };

  const factory = oee.data?.factory ?? null;
  const paretoBars = pareto(stopReasons(factory?.downtimeByReason ?? []), language, t('dashboard.pareto.other'));
  const rows: MachineRow[] = list.map((machine) => {
    const row = oee.data?.machines.find((r) => r.machine === machine.code || r.machine === machine.id);
    const top = pareto(stopReasons(row?.downtimeByReason ?? []), language, '', 1)[0];
    return {
      ...(row ?? emptyRow()),
      code: machine.code,
      label: machineName(machine, language),
      now: machine.state,
      topReason: top ? `${top.label} (${words.duration(top.seconds)})` : '',
    };
  });
  const labels = list.map((m) => `${m.code} ${machineName(m, language)}`);
  const bars = timelines.data ? timelineBars(timelines.data.rows, language) : [];

  const failure = oee.error ?? machines.error ?? shifts.error ?? timelines.error;
  const updated = oee.dataUpdatedAt > 0 ? words.time(oee.dataUpdatedAt) : '';
  const shown = oee.data?.range;

  return (
    <div className="dashboard">
      <div className="dashboard-header">
        <PageTitle entry={entry} />
        <Space wrap>
          <Select
            data-testid="dashboard-machine"
            size="large"
            allowClear
            className="dashboard-machine"
            placeholder={t('dashboard.allMachines')}
            value={machine}
            onChange={(code?: string) => setMachine(code)}
            options={list.map((m) => ({ value: m.code, label: `${m.code} ${machineName(m, language)}` }))}
          />
          <Segmented<Period>
            data-testid="dashboard-period"
            size="large"
            value={period}
            onChange={setPeriod}
            options={PERIODS.map((p) => ({ value: p, label: t(PERIOD_LABEL[p]) }))}
          />
        </Space>
      </div>
      <Typography.Paragraph type="secondary" className="dashboard-range">
        {shown && t('dashboard.range', { from: words.time(shown.from.getTime()), to: words.time(shown.to.getTime()) })}
        {period === 'shift' &&
          (shift ? ` · ${t('dashboard.shiftName', { name: shiftName })}` : ` · ${t('dashboard.noShift')}`)}
        {updated && ` · ${t('dashboard.updated', { at: updated })}`}
      </Typography.Paragraph>
      {failure && <ProblemAlert error={failure} />}

      <Row gutter={[16, 16]} className="dashboard-kpis">
        {KPIS.map((kpi) => (
          <Col key={kpi} xs={12} lg={6}>
            <KpiTile kpi={kpi} value={factory?.[kpi] ?? null} label={t(KPI_LABEL[kpi])} language={language} />
          </Col>
        ))}
      </Row>

      <Card title={t('dashboard.machines.title')} size="small" data-testid="dashboard-machines">
        <Table<MachineRow>
          rowKey="code"
          size="small"
          pagination={false}
          // a row chosen shows that machine's tiles, trend and Pareto; chosen again, the factory's
          rowClassName={(r) => (r.code === machine ? 'dashboard-chosen' : 'dashboard-choosable')}
          onRow={(r) => ({ onClick: () => setMachine(r.code === machine ? undefined : r.code) })}
          loading={oee.isPending || machines.isPending}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('dashboard.machines.empty') }}
          columns={[
            {
              key: 'machine',
              title: t('dashboard.machines.machine'),
              // at 1024 px the table scrolls sideways under its machine column, which stays
              fixed: 'left',
              width: 150,
              ellipsis: true,
              render: (_, r) => (
                <span>
                  <span className="dashboard-code">{r.code}</span> {r.label}
                </span>
              ),
            },
            {
              key: 'state',
              title: t('dashboard.machines.now'),
              width: 120,
              ellipsis: true,
              render: (_, r) => (
                <Space size={4} className="dashboard-now" data-testid={`dashboard-now-${r.code}`}>
                  <StateTag state={r.now?.state ?? 'unknown'} label={t(STATE_LABEL[stateOf(r.now?.state)])} />
                  {r.now?.reason && <span>{nowReason(r.now.reason)}</span>}
                </Space>
              ),
            },
            ...KPIS.map((kpi) => ({
              key: kpi,
              title: t(KPI_LABEL[kpi]),
              render: (_: unknown, r: MachineRow) => <RatioBar kpi={kpi} value={r[kpi]} language={language} />,
            })),
            {
              key: 'counts',
              title: t('dashboard.machines.goodScrap'),
              className: 'dashboard-num',
              render: (_, r) => `${formatNumber(r.good, language)} / ${formatNumber(r.scrap, language)}`,
            },
            {
              key: 'down',
              title: (
                <Tooltip title={t('dashboard.machines.stopTimeHint')}>
                  <span className="dashboard-help">{t('dashboard.machines.stopTime')}</span>
                </Tooltip>
              ),
              className: 'dashboard-num',
              render: (_, r) => words.duration(stopTime(r)),
            },
            {
              key: 'reason',
              title: t('dashboard.machines.topReason'),
              dataIndex: 'topReason',
              ellipsis: { showTitle: true },
              width: 140,
            },
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={t(oee.data?.range.bucket === 'day' ? 'dashboard.trend.byDay' : 'dashboard.trend.byHour')}
            size="small"
          >
            <Chart
              testId="dashboard-trend"
              height={300}
              option={trendOption(oee.data?.trend ?? [], oee.data?.range.bucket ?? 'hour', words)}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.pareto.title')} size="small">
            {paretoBars.length > 0 ? (
              <Chart testId="dashboard-pareto" height={300} option={paretoOption(paretoBars, words)} />
            ) : (
              <Empty description={t('dashboard.pareto.empty')} />
            )}
          </Card>
        </Col>
      </Row>

      <Card
        title={t('dashboard.timeline.title')}
        size="small"
        extra={
          <Space size={4} wrap className="dashboard-legend">
            {STATES.map((s) => (
              <StateTag key={s} state={s} label={words.state[s]} />
            ))}
          </Space>
        }
      >
        {(period === 'last7' || period === 'last30') && (
          <Typography.Paragraph type="secondary">{t('dashboard.timeline.last24h')}</Typography.Paragraph>
        )}
        {list.length > 0 && timelines.data ? (
          <Chart
            testId="dashboard-timeline"
            height={48 + 36 * list.length}
            option={timelineOption(labels, bars, timelines.data.range, words)}
          />
        ) : (
          <Empty description={t('dashboard.machines.empty')} />
        )}
      </Card>

      <WipCard wip={wip} language={language} />

      {/* the accuracy route is the managers' (a planner reads this dashboard too) */}
      {session?.user.roles.some((r) => r === 'manager' || r === 'admin') && (
        <PackingAccuracyCard timeZone={timeZone} language={language} />
      )}
    </div>
  );
}

function emptyRow(): Figures {
  return {
    availability: null,
    performance: null,
    quality: null,
    oee: null,
    good: 0,
    scrap: 0,
    downTime: 0,
    setupTime: 0,
    idleTime: 0,
  };
}

function stateOf(state: string | undefined) {
  return state && isState(state) ? state : 'unknown';
}

function StateTag({ state, label }: { state: string; label: string }) {
  return (
    // no colour for 'no data': a pale tag with white text would not read
    <Tag color={stateOf(state) === 'unknown' ? undefined : STATE_COLOUR[stateOf(state)]} className="dashboard-state">
      {label}
    </Tag>
  );
}

function KpiTile({
  kpi,
  value,
  label,
  language,
}: {
  kpi: Kpi;
  value: number | null;
  label: string;
  language: Language;
}) {
  const level = kpiLevel(kpi, value);
  return (
    <Card size="small" className={`dashboard-kpi dashboard-kpi-${level}`} data-testid={`dashboard-kpi-${kpi}`}>
      <div className="dashboard-kpi-label">{label}</div>
      <div className="dashboard-kpi-value" style={{ color: LEVEL_COLOUR[level] }}>
        {percent(value, language)}
      </div>
    </Card>
  );
}

function RatioBar({ kpi, value, language }: { kpi: Kpi; value: number | null; language: Language }) {
  const level = kpiLevel(kpi, value);
  if (level === 'none') return <span className="dashboard-none">—</span>;
  return (
    <div className="dashboard-ratio">
      <Progress
        percent={Math.min((value ?? 0) * 100, 100)}
        showInfo={false}
        size="small"
        strokeColor={LEVEL_COLOUR[level]}
      />
      <span className="dashboard-num" style={{ color: LEVEL_COLOUR[level] }}>
        {percent(value, language)}
      </span>
    </div>
  );
}

function WipCard({ wip, language }: { wip: ReturnType<typeof useWip>; language: Language }) {
  const { t } = useTranslation();
  const name = (p: WipProcess) => reasonLabel({ reason: p.process, nameZh: p.nameZh, nameEn: p.nameEn }, language);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('dashboard.wip.title')} size="small" data-testid="dashboard-wip">
          {wip.error && <ProblemAlert error={wip.error} />}
          <Table<WipProcess>
            rowKey="process"
            size="small"
            pagination={false}
            loading={wip.isPending}
            dataSource={wip.data?.processes ?? []}
            locale={{ emptyText: t('dashboard.wip.empty') }}
            columns={[
              { key: 'process', title: t('dashboard.wip.process'), render: (_, p) => name(p) },
              {
                key: 'released',
                title: t('dashboard.wip.released'),
                dataIndex: 'released',
                className: 'dashboard-num',
              },
              {
                key: 'inProgress',
                title: t('dashboard.wip.inProgress'),
                dataIndex: 'inProgress',
                className: 'dashboard-num',
              },
              { key: 'onHold', title: t('dashboard.wip.onHold'), dataIndex: 'onHold', className: 'dashboard-num' },
              {
                key: 'piecesWaiting',
                title: t('dashboard.wip.piecesWaiting'),
                className: 'dashboard-num',
                render: (_, p) => formatNumber(p.piecesWaiting, language),
              },
              {
                key: 'piecesInProgress',
                title: t('dashboard.wip.piecesInProgress'),
                className: 'dashboard-num',
                render: (_, p) => formatNumber(p.piecesInProgress, language),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('dashboard.late.title')} size="small" data-testid="dashboard-late">
          <Table
            rowKey="orderNo"
            size="small"
            pagination={false}
            loading={wip.isPending}
            dataSource={wip.data?.lateOrders ?? []}
            locale={{ emptyText: t('dashboard.late.empty') }}
            columns={[
              { key: 'orderNo', title: t('dashboard.late.orderNo'), dataIndex: 'orderNo' },
              { key: 'customer', title: t('dashboard.late.customer'), dataIndex: 'customer' },
              {
                key: 'dueDate',
                title: t('dashboard.late.dueDate'),
                render: (_, o) => formatDate(o.dueDate.slice(0, 10), language),
              },
              {
                key: 'progress',
                title: t('dashboard.late.progress'),
                render: (_, o) => <Progress percent={Math.round(o.progress * 100)} size="small" />,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
