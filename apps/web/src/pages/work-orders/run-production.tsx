import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { localMessage } from '../../api/localized-message';
import { useAuth } from '../../auth/auth';
import { currentLanguage } from '../../i18n/i18n';
import { loadWorkOrders, releaseRun } from './production-api';
import { TravelerButton } from './traveler-button';

/**
 * On a succeeded split run: 下达生产 (release its work orders to the shop floor; planners) and its travelers (流转卡)
 * as one PDF. A second release answers that it was released already; a refusal (a run re-split since) says why.
 */
export function RunProduction({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useAuth();
  const plans = (session?.user.roles ?? []).some((r) => r === 'planner' || r === 'admin');
  const queryClient = useQueryClient();
  // travelers print once the run is released: one work order tells (a release releases them all)
  const firstKey = ['work-orders', 'list', { run: runId, limit: 1 }];
  const release = useMutation({
    mutationFn: () => releaseRun(runId),
    // the run's package labels (打印包装标签) read the same query
    onSuccess: () => queryClient.invalidateQueries({ queryKey: firstKey }),
  });
  const first = useQuery({
    queryKey: firstKey,
    queryFn: ({ signal }) => loadWorkOrders({ run: runId, limit: 1 }, signal),
  });
  const released = release.data !== undefined || first.data?.items.some((w) => w.status !== 'planned') === true;
  return (
    <Space wrap className="run-production">
      {plans && (
        <Button type="primary" onClick={() => release.mutate()} loading={release.isPending} data-testid="release-run">
          {t('workOrders.release')}
        </Button>
      )}
      {release.data && (
        <Typography.Text type="success" data-testid="release-done">
          {release.data.alreadyReleased ? t('workOrders.alreadyReleased') : t('workOrders.releasedNow')}{' '}
          <Link to={`/shop-floor/work-orders?run=${runId}`}>{t('workOrders.openWorkOrders')}</Link>
        </Typography.Text>
      )}
      {release.error && (
        <Typography.Text type="danger" data-testid="release-refused">
          {release.error instanceof ApiError
            ? localMessage(release.error.problem.detail, language, t)
            : t('error.network')}
        </Typography.Text>
      )}
      <TravelerButton of={{ run: runId }} label={t('workOrders.runTravelers')} notReleased={!released} />
    </Space>
  );
}
