import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { MenuEntry } from '../../shell/menu';
import { ProblemAlert } from '../problem-alert';
import type { Product } from './model-form';
import { useProductVersions } from './model-queries';

/** Every saved version of a model, newest first; a past one opens read-only. */
export function VersionsSection({ entry, code, shown }: { entry: MenuEntry; code: string; shown?: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const versions = useProductVersions(code);
  const rows = [...(versions.data ?? [])].reverse();
  const latest = rows[0]?.version;
  const link = (version: number) =>
    version === latest
      ? `${entry.path}/${encodeURIComponent(code)}`
      : `${entry.path}/${encodeURIComponent(code)}/versions/${version}`;
  return (
    <Card title={t('doorModels.section.versions')} size="small" className="model-section model-section-versions">
      {versions.error && <ProblemAlert error={versions.error} />}
      <Table<Product>
        size="small"
        rowKey="version"
        dataSource={rows}
        loading={versions.isFetching}
        pagination={false}
        columns={[
          {
            key: 'version',
            title: t('doorModels.version'),
            render: (_, product) =>
              product.version === shown ? (
                <Tag color="blue">{t('doorModels.versionTag', { version: product.version })}</Tag>
              ) : (
                <Link to={link(product.version)}>{t('doorModels.versionTag', { version: product.version })}</Link>
              ),
          },
          {
            key: 'name',
            title: t('doorModels.name'),
            render: (_, product) => (language === 'en' ? product.nameEn : product.nameZh),
          },
          {
            key: 'components',
            title: t('doorModels.componentCount'),
            align: 'right',
            render: (_, product) => formatNumber(product.components.length, language),
          },
          {
            key: 'rules',
            title: t('doorModels.rulesCount'),
            render: (_, product) =>
              t('doorModels.rulesCountValue', {
                inputs: product.inputs?.length ?? 0,
                derived: product.derived?.length ?? 0,
                tables: product.tables?.length ?? 0,
              }),
          },
          {
            key: 'createdAt',
            title: t('doorModels.updatedAt'),
            render: (_, product) => formatDateTime(product.createdAt, language),
          },
        ]}
      />
    </Card>
  );
}
