import { Alert, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { PageTitle } from '../page-title';
import { ProblemAlert } from '../problem-alert';
import { DoorModelEditor, type EditorMode } from './door-model-editor';
import { emptyModel, toModelForm } from './model-form';
import { useProduct, useProducts } from './model-queries';
import type { PreviewLineForm } from './preview/preview-line';
import { VersionsSection } from './versions-section';

/**
 * Loads what the editor shows: a new model (empty, or a copy of `?from=`), the latest version of `:code` to edit,
 * or `:code/versions/:version` to look at.
 */
export function DoorModelEditorPage({ entry }: PageProps) {
  const { t } = useTranslation();
  const { code, version: versionParam } = useParams();
  const [search] = useSearchParams();
  const { state } = useLocation() as { state: { previewLine?: PreviewLineForm } | null };
  const from = code === undefined ? (search.get('from') ?? undefined) : undefined;
  const version = versionParam === undefined ? undefined : Number(versionParam);
  const mode: EditorMode = code === undefined ? 'create' : version === undefined ? 'edit' : 'view';
  const product = useProduct(code ?? from, version);
  const latest = useProduct(mode === 'view' ? code : undefined);

  const loading = (code !== undefined || from !== undefined) && product.isPending;
  const title = (
    <Space align="baseline" wrap>
      <PageTitle entry={entry} />
      <Typography.Title level={4} className="model-editor-title">
        {mode === 'create'
          ? t('doorModels.newTitle')
          : `${code} · ${t('doorModels.versionTag', { version: product.data?.version ?? version ?? '' })}`}
      </Typography.Title>
    </Space>
  );
  if (product.error) {
    return (
      <>
        {title}
        <ProblemAlert error={product.error} />
        <Link to={entry.path}>{t('doorModels.back')}</Link>
      </>
    );
  }
  if (loading) {
    return (
      <>
        {title}
        <Spin />
      </>
    );
  }
  const initial = product.data
    ? { ...toModelForm(product.data), code: mode === 'create' ? '' : product.data.code }
    : emptyModel();
  return (
    <>
      {title}
      <DoorModelEditor
        // a new model, another model or another version is a fresh form
        key={`${mode}:${code ?? from ?? ''}:${version ?? ''}`}
        entry={entry}
        initial={initial}
        mode={mode}
        code={code}
        startLine={state?.previewLine}
        header={
          <>
            {mode === 'create' && <CopyFrom from={from} />}
            {mode === 'view' && (
              <Alert
                className="model-editor-alert"
                type="info"
                showIcon
                title={t('doorModels.oldVersion', { version })}
                action={
                  latest.data && latest.data.version !== version ? (
                    <Link to={`${entry.path}/${encodeURIComponent(code ?? '')}`}>{t('doorModels.openLatest')}</Link>
                  ) : undefined
                }
              />
            )}
            {mode === 'edit' && !entry.readOnly && (
              <Typography.Paragraph type="secondary">{t('doorModels.versionHint')}</Typography.Paragraph>
            )}
          </>
        }
      >
        {code !== undefined && <VersionsSection entry={entry} code={code} shown={product.data?.version} />}
      </DoorModelEditor>
    </>
  );
}

/** A new model may start from a copy of a stored one (its rules, without its code). */
function CopyFrom({ from }: { from: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const products = useProducts();
  const language = currentLanguage();
  return (
    <Space className="model-copy-from" wrap>
      <Typography.Text>{t('doorModels.copyFrom')}</Typography.Text>
      <Select
        className="model-copy-from-select"
        placeholder={t('doorModels.copyFromPlaceholder')}
        value={from}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={products.isPending}
        options={(products.data ?? []).map((p) => ({
          value: p.code,
          label: `${p.code} · ${language === 'en' ? p.nameEn : p.nameZh}`,
        }))}
        onChange={(value?: string) => void navigate(value ? `?from=${encodeURIComponent(value)}` : '.')}
      />
    </Space>
  );
}
