import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { PageProps } from '../page-props';
import { NewSplitRun } from './new-split-run';
import { SplitRunList } from './split-run-list';
import { SplitRunPrint } from './split-run-print';
import { SplitRunView } from './split-run-view';
import './split-runs.css';

/**
 * 拆单: the runs, a new run over chosen confirmed orders, one run's progress and results, and its printable
 * cut plans (`:id/print`).
 */
export default function SplitRunsPage({ entry }: PageProps) {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<SplitRunList entry={entry} />} />
      <Route
        path="new"
        element={entry.readOnly ? <Navigate to={entry.path} replace /> : <NewSplitRun entry={entry} />}
      />
      <Route path=":id" element={<SplitRunView entry={entry} />} />
      <Route path=":id/print" element={<SplitRunPrint entryPath={entry.path} />} />
      <Route path="*" element={<Result status="404" title={t('page.notFound')} />} />
    </Routes>
  );
}
