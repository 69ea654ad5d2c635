import { Alert, Button, Card, Descriptions, Flex, Progress, Space, Spin, Statistic, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { formatDateTime } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { ProblemAlert } from '../problem-alert';
import { CutPatternsTab } from './cut-patterns';
import { CutPlansTab } from './cut-plans';
import { saveBlob } from './download';
import { RunLabelButtons } from './package-labels';
import { RUN_STATUS_COLOR, RUN_STATUS_LABEL } from './labels';
import { MaterialsTable, PackagesTable, PartsTable, WorkOrdersTable } from './result-tables';
import { reasonInLanguage } from '../../api/localized-message';
import { downloadName, progressStage, remnantUse, startRefusal } from './run-text';
import { useSplitRun, type SplitRun } from './split-run-queries';
import { RunProduction } from '../work-orders/run-production';
import { summaryNumber, YieldSummary } from './split-run-list';

/** One run: its progress while it runs, then why it failed or what it gave, in tabs. */
export function SplitRunView({ entry }: PageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const run = useSplitRun(id);

  return (
    <>
      <Space direction="vertical" size={0}>
        <Link to={entry.path}>{t('splitRuns.backToList')}</Link>
        <Typography.Title level={3}>{t('splitRuns.runTitle', { id: id.slice(0, 8) })}</Typography.Title>
      </Space>
      {run.error && <ProblemAlert error={run.error} />}
      {run.isPending && <Spin description={t('page.loading')} />}
      {run.data && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="split-run-facts">
            <Descriptions.Item label={t('splitRuns.status')}>
              <Tag color={RUN_STATUS_COLOR[run.data.status]} className="split-run-status">
                {t(RUN_STATUS_LABEL[run.data.status])}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('splitRuns.orders')}>
              <Space size={[0, 4]} wrap>
                {run.data.orders.map((o) => (
                  <Tag key={o.id}>{o.orderNo}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('splitRuns.createdAt')}>
              {formatDateTime(run.data.createdAt, language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('splitRuns.createdBy')}>{run.data.createdBy?.username ?? ''}</Descriptions.Item>
            {run.data.finishedAt && (
              <Descriptions.Item label={t('splitRuns.finishedAt')}>
                {formatDateTime(run.data.finishedAt, language)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {(run.data.status === 'queued' || run.data.status === 'running') && <RunProgress run={run.data} />}
          {run.data.status === 'failed' && (
            <Alert
              type="error"
              showIcon
              className="split-alert split-run-failed"
              title={t('splitRuns.failed')}
              description={run.data.error ? reasonInLanguage(run.data.error, language) : t('splitRuns.failedNoReason')}
              action={!entry.readOnly && <SplitAgain run={run.data} entryPath={entry.path} />}
            />
          )}
          {run.data.status === 'succeeded' && <RunResults run={run.data} entryPath={entry.path} />}
        </>
      )}
    </>
  );
}

/** A new run over the same orders (after the reason of a failure was put right: a material set up, a rule fixed). */
function SplitAgain({ run, entryPath }: { run: SplitRun; entryPath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const again = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/split-runs', { body: { orderIds: run.orderIds } })),
    onSuccess: (next) => {
      queryClient.setQueryData(['split-run', next.id], next);
      void queryClient.invalidateQueries({ queryKey: ['split-runs'] });
      void navigate(`${entryPath}/${next.id}`);
    },
  });
  const refusal = again.error instanceof ApiError ? startRefusal(again.error.problem) : null;
  return (
    <Space direction="vertical" align="end">
      <Button onClick={() => again.mutate()} loading={again.isPending}>
        {t('splitRuns.splitAgain')}
      </Button>
      {again.error && (
        <Typography.Text type="danger">
          {refusal ? t(refusal.key, refusal.params) : again.error.message}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The job's progress as the api reports it (0..1 and a note of the stage), asked again every POLL_MS. */
function RunProgress({ run }: { run: SplitRun }) {
  const { t } = useTranslation();
  const stage = progressStage(run.progressMessage);
  return (
    <Card className="split-progress" size="small">
      <Typography.Text strong>
        {run.status === 'queued' ? t('splitRuns.queuedHint') : t('splitRuns.runningHint')}
      </Typography.Text>
      <Progress
        percent={Math.round(run.progress * 100)}
        status="active"
        aria-label={t('splitRuns.progress')}
        className="split-progress-bar"
      />
      {stage && <Typography.Text type="secondary">{t(stage.key, stage.params)}</Typography.Text>}
    </Card>
  );
}

function RunResults({ run, entryPath }: { run: SplitRun; entryPath: string }) {
  const { session } = useAuth();
  // the stores read what a run needs from them (materials, cut plans and patterns), not its parts, work orders or
  // packages, which the api keeps to planners and managers
  const storesOnly = !(session?.user.roles ?? []).some((r) => r === 'planner' || r === 'manager' || r === 'admin');
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [csvError, setCsvError] = useState<Error | null>(null);
  const [csvBusy, setCsvBusy] = useState(false);

  const downloadCsv = async () => {
    setCsvBusy(true);
    setCsvError(null);
    try {
      // the route needs the bearer token: fetched through the api client, then saved as a file
      const answer = await api.GET('/api/v1/split-runs/{id}/cut-plans.csv', {
        params: { path: { id: run.id } },
        parseAs: 'blob',
      });
      // a refusal (403, 409…) shows as the api's problem, not as a lost connection
      saveBlob(unwrap(answer), downloadName(run.id, 'cut-list', 'csv'));
    } catch (error) {
      setCsvError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setCsvBusy(false);
    }
  };

  const stats: { key: string; title: string; value: number | null }[] = [
    { key: 'doors', title: t('splitRuns.doors'), value: summaryNumber(run, 'doors') },
    { key: 'parts', title: t('splitRuns.parts'), value: summaryNumber(run, 'parts') },
    { key: 'bars', title: t('splitRuns.bars'), value: summaryNumber(run, 'bars') },
    { key: 'sheets', title: t('splitRuns.sheets'), value: summaryNumber(run, 'sheets') },
    { key: 'packages', title: t('splitRuns.packagesCount'), value: summaryNumber(run, 'packages') },
  ];
  // bars and sheets above count those cut from remnants too: say how many were, and what new stock they spared
  const remnants = remnantUse(run.summary);
  if (remnants) {
    stats.push(
      { key: 'remnantsUsed', title: t('splitRuns.remnantsUsed'), value: remnants.used },
      { key: 'stockSaved', title: t('splitRuns.stockSaved'), value: remnants.saved },
    );
  }

  return (
    <>
      <Flex gap="large" wrap align="end" justify="space-between" className="split-summary">
        <Flex gap="large" wrap>
          {stats.map((s) => (
            <Statistic key={s.key} title={s.title} value={s.value ?? '–'} />
          ))}
          <Statistic title={t('splitRuns.yield')} valueRender={() => <YieldSummary run={run} />} />
        </Flex>
        <Space wrap>
          <Button onClick={() => void downloadCsv()} loading={csvBusy}>
            {t('splitRuns.downloadCsv')}
          </Button>
          {!storesOnly && (
            // the print view names each piece's part, which the stores do not read: they print the patterns' PDF
            <Button type="primary" onClick={() => void navigate(`${entryPath}/${run.id}/print`)}>
              {t('splitRuns.print')}
            </Button>
          )}
          {/* 下达生产 and the run's travelers (流转卡): planners release, managers print */}
          {!storesOnly && <RunProduction runId={run.id} />}
          {!storesOnly && <RunLabelButtons runId={run.id} />}
        </Space>
      </Flex>
      {csvError && <ProblemAlert error={csvError} />}
      <Tabs
        className="split-tabs"
        defaultActiveKey={storesOnly ? 'materials' : 'parts'}
        items={[
          { key: 'parts', label: t('splitRuns.tab.parts'), children: <PartsTable runId={run.id} />, planning: true },
          { key: 'materials', label: t('splitRuns.tab.materials'), children: <MaterialsTable runId={run.id} /> },
          { key: 'cut-plans', label: t('splitRuns.tab.cutPlans'), children: <CutPlansTab runId={run.id} /> },
          { key: 'cut-patterns', label: t('cutPatterns.title'), children: <CutPatternsTab runId={run.id} /> },
          {
            key: 'work-orders',
            label: t('splitRuns.tab.workOrders'),
            children: <WorkOrdersTable runId={run.id} />,
            planning: true,
          },
          {
            key: 'packages',
            label: t('splitRuns.tab.packages'),
            children: <PackagesTable runId={run.id} />,
            planning: true,
          },
        ].flatMap(({ planning, ...tab }) => (storesOnly && planning ? [] : [tab]))}
      />
    </>
  );
}
