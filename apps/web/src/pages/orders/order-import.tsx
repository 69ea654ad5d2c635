import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isProblem } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import type { PageProps } from '../page-props';
import { localMessage } from '../../api/localized-message';
import {
  importRefusal,
  type ImportErrorRow,
  type ImportRefusal,
  importWarningRows,
  type ImportWarningRow,
} from './import-outcome';
import { useDoorModels } from './orders-api';
import type { ImportResult } from './order-types';

type Outcome = { file: string } & ({ accepted: ImportResult } | { refused: ImportRefusal });

/**
 * Import orders from an .xlsx or .csv dropped on the page: all rows or none, every problem listed; what an accepted
 * file held that was not imported (unknown columns) is listed next to the orders it created.
 */
export function OrderImport({ entry }: PageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [templateError, setTemplateError] = useState(false);

  const upload = useMutation({
    mutationFn: async (file: File): Promise<Outcome> => {
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        const answer = await api.POST('/api/v1/orders/import', { body: { file: '' }, bodySerializer: () => form });
        if (answer.data) return { file: file.name, accepted: answer.data };
        return {
          file: file.name,
          refused: importRefusal(isProblem(answer.error) ? answer.error : null, answer.response.status),
        };
      } catch {
        // the connection dropped (a server that stops reading an oversized upload resets it)
        return { file: file.name, refused: importRefusal(null) };
      }
    },
    onMutate: () => setOutcome(null),
    onSuccess: async (result) => {
      setOutcome(result);
      if ('accepted' in result) await queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });

  const models = useDoorModels();
  const [model, setModel] = useState<string | undefined>();

  /** The general template, or one model's (its inputs as columns with drop-down lists). */
  const downloadTemplate = async (code?: string) => {
    setTemplateError(false);
    const request = code
      ? api.GET('/api/v1/products/{code}/import-template.xlsx', { params: { path: { code } }, parseAs: 'blob' })
      : api.GET('/api/v1/orders/import-template.xlsx', { parseAs: 'blob' });
    const answer = await request.catch(() => ({ data: undefined }));
    if (!(answer.data instanceof Blob)) return setTemplateError(true);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(answer.data);
    const suffix = code ? `-${code}` : '';
    link.download = currentLanguage() === 'en' ? `order-import-template${suffix}.xlsx` : `订单导入模板${suffix}.xlsx`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  if (entry.readOnly) return <Alert type="info" title={t('orders.form.readOnly')} />;

  return (
    <>
      <Link to={entry.path}>{t('orders.backToList')}</Link>
      <div className="orders-heading">
        <Typography.Title level={3}>{t('orders.import.title')}</Typography.Title>
        <Button onClick={() => void downloadTemplate()}>{t('orders.import.template')}</Button>
      </div>
      <Space wrap className="orders-import-model-template">
        <Typography.Text>{t('orders.import.modelTemplate')}</Typography.Text>
        <Select
          showSearch
          allowClear
          className="orders-import-model-select"
          aria-label={t('orders.import.modelTemplatePick')}
          placeholder={t('orders.import.modelTemplatePick')}
          loading={models.isLoading}
          value={model}
          onChange={setModel}
          options={[...(models.data?.values() ?? [])].map((m) => ({
            value: m.code,
            label: `${m.code} ${currentLanguage() === 'en' ? m.nameEn : m.nameZh}`,
          }))}
        />
        <Button disabled={!model} onClick={() => void downloadTemplate(model)}>
          {t('orders.import.modelTemplateDownload')}
        </Button>
        <Typography.Text type="secondary">{t('orders.import.modelTemplateHint')}</Typography.Text>
      </Space>
      {templateError && (
        <Alert className="orders-alert" type="error" showIcon title={t('orders.import.templateFailed')} />
      )}
      <Typography.Paragraph type="secondary">{t('orders.import.help')}</Typography.Paragraph>
      <Upload.Dragger
        className="orders-dragger"
        height={180}
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        customRequest={({ file }) => upload.mutate(file as File)}
      >
        <p className="orders-dragger-text">{upload.isPending ? t('orders.import.reading') : t('orders.import.drop')}</p>
        <Typography.Text type="secondary">{t('orders.import.dropHint')}</Typography.Text>
      </Upload.Dragger>
      {outcome && 'accepted' in outcome && <Accepted entry={entry} file={outcome.file} result={outcome.accepted} />}
      {outcome && 'refused' in outcome && <Refused file={outcome.file} refusal={outcome.refused} />}
    </>
  );
}

function Accepted({ entry, file, result }: PageProps & { file: string; result: ImportResult }) {
  const { t } = useTranslation();
  const warnings = importWarningRows(result);
  return (
    <Card className="orders-import-result">
      <Alert type="success" showIcon title={t('orders.import.accepted', { file, n: result.created })} />
      <Space wrap className="orders-import-created">
        {result.orders.map((order) => (
          <Link key={order.id} to={`${entry.path}/${order.id}`}>
            {order.orderNo}
          </Link>
        ))}
      </Space>
      <ImportWarnings warnings={warnings} />
    </Card>
  );
}

/** What a file holds that is not imported (unknown columns, values a row's model has no input for). */
function ImportWarnings({ warnings }: { warnings: ImportWarningRow[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (warnings.length === 0) return null;
  return (
    <div className="orders-import-warnings">
      <Alert type="warning" showIcon title={t('orders.import.warnings', { n: warnings.length })} />
      <Table<ImportWarningRow>
        rowKey="key"
        size="small"
        bordered
        className="orders-import-warning-table"
        pagination={warnings.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        dataSource={warnings}
        columns={[
          {
            key: 'column',
            title: t('orders.import.column'),
            width: 180,
            render: (_, warning) => `${warning.column} ${warning.header || t('orders.import.noHeader')}`,
          },
          {
            key: 'row',
            title: t('orders.import.row'),
            width: 100,
            render: (_, warning) => (warning.row === null ? '—' : warning.row),
          },
          {
            key: 'message',
            title: t('orders.import.message'),
            render: (_, warning) => localMessage(warning.message, language, t),
          },
        ]}
      />
    </div>
  );
}

function Refused({ file, refusal }: { file: string; refusal: ImportRefusal }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="orders-import-errors">
      <Alert
        type="error"
        showIcon
        className="orders-alert"
        title={t(refusal.text, { ...refusal.values, file })}
        description={refusal.detail && localMessage(refusal.detail, language, t)}
      />
      {refusal.rows.length > 0 && (
        <Table<ImportErrorRow>
          rowKey="key"
          size="small"
          bordered
          className="orders-import-table"
          pagination={refusal.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          dataSource={refusal.rows}
          columns={[
            {
              key: 'row',
              title: t('orders.import.row'),
              width: 100,
              render: (_, error) => (error.row === null ? '—' : error.row),
            },
            {
              key: 'column',
              title: t('orders.import.column'),
              width: 180,
              render: (_, error) => (error.column ? `${t(error.column)} (${error.field})` : error.field),
            },
            {
              key: 'message',
              title: t('orders.import.message'),
              render: (_, error) => localMessage(error.message, language, t),
            },
          ]}
        />
      )}
      <ImportWarnings warnings={refusal.warnings} />
    </div>
  );
}
