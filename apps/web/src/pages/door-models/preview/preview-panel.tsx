import { Alert, Col, Form, Input, InputNumber, Row, Table, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { GRAIN_LABEL, PROCESS_LABEL } from '../../part-labels';
import type { Preview, PreviewLineForm, PreviewPart } from './preview-line';

export type PreviewState = {
  /** the parts of the last sizes and rules that gave any (kept while a newer attempt is refused) */
  shown: Preview | undefined;
  /** the newest attempt is out of date or refused: the parts shown are an earlier answer's */
  stale: boolean;
  /** the rules are refused: their fields say why */
  rulesRefused: boolean;
  /** why the sizes cannot be split, when not at a field of the form */
  notes: string[];
  fetching: boolean;
  waitingForSizes: boolean;
  /** the rules still have blanks to fill in */
  waitingForRules: boolean;
};

/** The door to try (width × height × wall…) and the parts the rules being edited give for it. */
export function PreviewPanel({
  form,
  initial,
  onLineChange,
  state,
}: {
  form: FormInstance<PreviewLineForm>;
  initial: PreviewLineForm;
  onLineChange: (line: PreviewLineForm) => void;
  state: PreviewState;
}) {
  const { t } = useTranslation();
  const number = (name: keyof PreviewLineForm, label: string, span: number) => (
    <Col span={span}>
      <Form.Item name={name} label={label}>
        <InputNumber min={0} suffix={name === 'quantity' ? undefined : 'mm'} className="model-preview-number" />
      </Form.Item>
    </Col>
  );
  return (
    <div className="model-preview">
      <Typography.Title level={4}>{t('doorModels.preview.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('doorModels.preview.hint')}</Typography.Paragraph>
      <Form
        form={form}
        name="preview"
        layout="vertical"
        size="small"
        initialValues={initial}
        onValuesChange={(_, all: PreviewLineForm) => onLineChange(all)}
        className="model-preview-line"
      >
        <Row gutter={8}>
          {number('width', t('doorModels.preview.width'), 8)}
          {number('height', t('doorModels.preview.height'), 8)}
          {number('wallThickness', t('doorModels.preview.wallThickness'), 8)}
          {number('masterWidth', t('doorModels.preview.masterWidth'), 6)}
          {number('quantity', t('doorModels.preview.quantity'), 4)}
          <Col span={7}>
            <Form.Item name="swing" label={t('doorModels.preview.swing')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="finish" label={t('doorModels.preview.finish')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {state.waitingForSizes && <Alert type="info" title={t('doorModels.preview.noSizes')} />}
      {state.waitingForRules && <Alert type="info" title={t('doorModels.preview.blanks')} />}
      {state.rulesRefused && <Alert type="warning" showIcon title={t('doorModels.preview.rulesError')} />}
      {state.notes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('doorModels.preview.sizeError')}
          description={state.notes.map((note) => (
            <div key={note}>{note}</div>
          ))}
        />
      )}
      <PartsTable preview={state.shown} dim={state.stale} loading={state.fetching} />
    </div>
  );
}

function PartsTable({ preview, dim, loading }: { preview: Preview | undefined; dim: boolean; loading: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const mm = (value: number) => formatNumber(value, language);
  return (
    <div className={dim ? 'model-preview-parts model-preview-stale' : 'model-preview-parts'}>
      <Table<PreviewPart>
        size="small"
        rowKey="component"
        dataSource={preview?.parts ?? []}
        loading={loading && !preview}
        pagination={false}
        locale={{ emptyText: t('doorModels.preview.empty') }}
        tableLayout="fixed"
        columns={[
          {
            key: 'component',
            title: t('doorModels.preview.part'),
            width: '29%',
            render: (_, part) => {
              const route = part.route.map((process) => t(PROCESS_LABEL[process])).join(' · ');
              return (
                <>
                  <div>{part.component}</div>
                  <div className="model-preview-route" title={route}>
                    {route}
                  </div>
                </>
              );
            },
          },
          {
            key: 'material',
            title: t('doorModels.preview.material'),
            dataIndex: 'material',
            width: '19%',
            ellipsis: true,
          },
          {
            key: 'size',
            title: `${t('doorModels.preview.size')} (mm)`,
            align: 'right',
            width: '21%',
            className: 'model-preview-size',
            render: (_, part) => (part.length > 0 || part.width > 0 ? `${mm(part.length)} × ${mm(part.width)}` : ''),
          },
          {
            key: 'thickness',
            title: t('doorModels.preview.thickness'),
            align: 'right',
            width: '9%',
            render: (_, part) => (part.thickness > 0 ? mm(part.thickness) : ''),
          },
          {
            key: 'quantity',
            title: t('doorModels.preview.quantityCol'),
            align: 'right',
            width: '9%',
            className: 'model-preview-quantity',
            render: (_, part) => (
              <span title={t('doorModels.preview.perDoor', { count: part.perDoor })}>
                {formatNumber(part.quantity, language)}
              </span>
            ),
          },
          {
            key: 'grain',
            title: t('doorModels.preview.grain'),
            width: '13%',
            render: (_, part) => t(GRAIN_LABEL[part.grain]),
          },
        ]}
        footer={
          preview
            ? () => t('doorModels.preview.totals', { parts: preview.totals.parts, pieces: preview.totals.pieces })
            : undefined
        }
      />
    </div>
  );
}
