import { useQuery } from '@tanstack/react-query';
import { Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime, formatMm } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { CUT_KIND_LABEL } from '../part-labels';
import { ProblemAlert } from '../problem-alert';
import { stockSize, type Material } from './material-form';
import { profileText, UNIT_LABEL } from './material-labels';

/** Every version of a material, newest first, read-only: what each split run may have cut from. */
export function MaterialVersions({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const versions = useQuery({
    queryKey: ['materials', code, 'versions'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/materials/{code}/versions', { params: { path: { code } }, signal })),
  });
  const rows = [...(versions.data ?? [])].reverse();
  const mm = (value: number | null) => (value === null ? '' : formatMm(value, language));

  return (
    <Drawer
      open
      title={t('materials.versionsTitle', { code })}
      onClose={onClose}
      size={960}
      className="material-versions"
    >
      <Typography.Paragraph type="secondary">{t('materials.versionsHint')}</Typography.Paragraph>
      {versions.error && <ProblemAlert error={versions.error} />}
      <Table<Material>
        rowKey="version"
        size="small"
        dataSource={rows}
        loading={versions.isPending}
        pagination={false}
        columns={[
          {
            key: 'version',
            title: t('materials.version'),
            render: (_, m) => (
              <>
                {t('materials.versionTag', { version: m.version })}
                {m.version === rows[0]?.version && <Tag className="material-current">{t('materials.current')}</Tag>}
              </>
            ),
          },
          { key: 'savedAt', title: t('materials.savedAt'), render: (_, m) => formatDateTime(m.createdAt, language) },
          { key: 'name', title: t('materials.name'), render: (_, m) => (language === 'en' ? m.nameEn : m.nameZh) },
          { key: 'cutKind', title: t('materials.cutKindLabel'), render: (_, m) => t(CUT_KIND_LABEL[m.cutKind]) },
          { key: 'unit', title: t('materials.unit'), render: (_, m) => t(UNIT_LABEL[m.unit]) },
          { key: 'stock', title: t('materials.stock'), render: (_, m) => stockSize(m, language) },
          { key: 'profile', title: t('materials.profileColumn'), render: (_, m) => profileText(m, t, language) },
          { key: 'thickness', title: t('materials.thickness'), align: 'right', render: (_, m) => mm(m.thickness) },
          { key: 'kerf', title: t('materials.kerf'), align: 'right', render: (_, m) => mm(m.kerf) },
          { key: 'trim', title: t('materials.trim'), align: 'right', render: (_, m) => mm(m.trim) },
        ]}
      />
    </Drawer>
  );
}
