import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { localMessage } from '../api/localized-message';
import { currentLanguage } from '../i18n/i18n';

/** A failed load: the api's own words (in the screen's language) when it refused, otherwise "cannot reach the server". */
export function ProblemAlert({ error }: { error: Error }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <Alert
      type="error"
      showIcon
      title={problem ? localMessage(problem.detail, currentLanguage(), t) : t('error.network')}
      description={problem ? t('error.requestId', { requestId: problem.requestId }) : undefined}
    />
  );
}
