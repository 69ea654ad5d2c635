import { Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { localMessage } from '../../api/localized-message';
import { currentLanguage } from '../../i18n/i18n';
import { saveBlob } from '../split-runs/download';
import { type PaperSize, travelerPdf } from './production-api';

/**
 * Downloads a traveler PDF (the route needs the token); a refusal shows as the api's problem. Before release the
 * api refuses travelers (production.work_order_not_released): the buttons are off then, with the hint to release.
 */
export function TravelerButton({
  of,
  label,
  notReleased = false,
}: {
  of: { workOrder: string } | { run: string };
  label: string;
  notReleased?: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (size: PaperSize) => {
    setBusy(true);
    setError(null);
    try {
      const name = 'workOrder' in of ? of.workOrder : `run-${of.run.slice(0, 8)}`;
      saveBlob(await travelerPdf(of, size), `traveler-${name}-${size}.pdf`);
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space size={4} wrap>
      <Tooltip title={notReleased ? t('workOrders.travelerNotReleased') : undefined}>
        <Space size={4}>
          <Button
            size="small"
            loading={busy}
            disabled={notReleased}
            onClick={() => void download('A4')}
            data-testid="traveler-a4"
          >
            {label} A4
          </Button>
          <Button size="small" loading={busy} disabled={notReleased} onClick={() => void download('A5')}>
            A5
          </Button>
        </Space>
      </Tooltip>
      {notReleased && (
        <Typography.Text type="secondary" className="traveler-hint" data-testid="traveler-not-released">
          {t('workOrders.releaseFirst')}
        </Typography.Text>
      )}
      {error && (
        <Typography.Text type="danger">
          {error instanceof ApiError ? localMessage(error.problem.detail, language, t) : t('error.network')}
        </Typography.Text>
      )}
    </Space>
  );
}
