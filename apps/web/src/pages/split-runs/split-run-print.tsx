import { Button, Spin } from 'antd';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { ProblemAlert } from '../problem-alert';
import { CutPlanSection, DiagramLegend } from './cut-plans';
import { useCutPlans, useMaterialSpecs, usePartNames, useSplitRun } from './split-run-queries';
import { summaryNumber, YieldSummary } from './split-run-list';

/**
 * The cut plans of a run as a plain page for the browser's print to A4: no menu or header of the app (the page is
 * drawn over it, and the app is hidden while it is open), a header naming the run, its orders and dates, then one
 * material per printed page with every bar and sheet whole (split-runs.css, `@media print`).
 */
export function SplitRunPrint({ entryPath }: { entryPath: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const run = useSplitRun(id);
  const plans = useCutPlans(id);
  const specs = useMaterialSpecs();
  const names = usePartNames(id);

  useEffect(() => {
    document.body.classList.add('split-print-mode');
    return () => document.body.classList.remove('split-print-mode');
  }, []);

  const error = run.error ?? plans.error;
  const ready = run.data && plans.data && !specs.isPending && !names.isPending;
  return createPortal(
    <div className="split-print">
      <div className="split-print-toolbar">
        <Link to={`${entryPath}/${id}`}>{t('splitRuns.printBack')}</Link>
        <Button type="primary" onClick={() => window.print()} disabled={!ready}>
          {t('splitRuns.printNow')}
        </Button>
      </div>
      {error && <ProblemAlert error={error} />}
      {!ready && !error && <Spin description={t('page.loading')} />}
      {ready && (
        <>
          <header className="split-print-header">
            <h1>{t('splitRuns.printTitle')}</h1>
            <dl>
              <dt>{t('splitRuns.printRun')}</dt>
              <dd>{run.data.id.slice(0, 8)}</dd>
              <dt>{t('splitRuns.orders')}</dt>
              <dd className="split-print-orders">{run.data.orders.map((o) => o.orderNo).join('、')}</dd>
              <dt>{t('splitRuns.createdAt')}</dt>
              <dd>
                {formatDateTime(run.data.createdAt, language)}
                {run.data.createdBy ? ` · ${run.data.createdBy.username}` : ''}
              </dd>
              <dt>{t('splitRuns.printedAt')}</dt>
              <dd>{formatDateTime(new Date().toISOString(), language)}</dd>
              <dt>{t('splitRuns.doors')}</dt>
              <dd>{formatNumber(summaryNumber(run.data, 'doors') ?? 0, language)}</dd>
              <dt>{t('splitRuns.yield')}</dt>
              <dd>
                <YieldSummary run={run.data} />
              </dd>
            </dl>
            <DiagramLegend />
          </header>
          {plans.data.length === 0 && <p>{t('splitRuns.cutPlans.none')}</p>}
          {plans.data.map((plan) => (
            <CutPlanSection
              key={plan.n}
              plan={plan}
              spec={specs.data?.get(plan.material)}
              names={names.data}
              runId={id}
              printable
            />
          ))}
        </>
      )}
    </div>,
    document.body,
  );
}
