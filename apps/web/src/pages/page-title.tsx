import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageProps } from './page-props';

export function PageTitle({ entry }: PageProps) {
  const { t } = useTranslation();
  return (
    <Space align="baseline">
      <Typography.Title level={3}>{t(entry.label)}</Typography.Title>
      {entry.readOnly && <Tag>{t('page.readOnly')}</Tag>}
    </Space>
  );
}
