import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';

/** A screen of the menu that a later change builds. */
export default function PlaceholderPage({ entry }: PageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle entry={entry} />
      <Typography.Paragraph type="secondary">{t('page.comingNext')}</Typography.Paragraph>
    </>
  );
}
