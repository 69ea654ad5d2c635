import {
  Alert,
  AutoComplete,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import {
  END_CUT_LABEL,
  FEATURE_KIND_LABEL,
  FEATURE_SIDE_LABEL,
  GRAIN_LABEL,
  HANDING_LABEL,
  HANDINGS,
  LEAF_LABEL,
  processLabel,
} from '../../part-labels';
import { useProcesses } from '../../processes/process-queries';
import { DOOR_TYPE_INPUT, EDGES, type InputForm, type ModelForm } from '../model-form';
import { noneAsEmpty } from '../sections/section';
import { typicalMasterWidth, type Preview, type PreviewLineForm, type PreviewPart } from './preview-line';

export type PreviewState = {
  /** the parts of the last sizes and rules that gave any (kept while a newer attempt is refused) */
  shown: Preview | undefined;
  /** the newest attempt is out of date or refused: the parts shown are an earlier answer's */
  stale: boolean;
  /** the rules are refused: their fields say why */
  rulesRefused: boolean;
  /** why the door cannot be split, when not at a field of the form */
  notes: string[];
  fetching: boolean;
  waitingForSizes: boolean;
  /** the rules still have blanks to fill in */
  waitingForRules: boolean;
};

/**
 * The door to try (width × height × wall, door type, handing, finish, each of the model's inputs) and the parts
 * the rules being edited give for it.
 */
export function PreviewPanel({
  form,
  initial,
  model,
  onLineChange,
  state,
}: {
  form: FormInstance<PreviewLineForm>;
  initial: PreviewLineForm;
  /** the rules as last typed: their inputs are the door's choices, a finish table's rows the finishes offered */
  model: Pick<ModelForm, 'inputs' | 'tables'>;
  onLineChange: (line: PreviewLineForm) => void;
  state: PreviewState;
}) {
  const { t } = useTranslation();
  const inputs = (model.inputs ?? []).filter((input) => (input?.name ?? '').trim() !== '');
  const doorTypeInput = inputs.find((input) => input.name.trim() === DOOR_TYPE_INPUT);
  const finishes = [
    ...new Set(
      (model.tables ?? [])
        .filter((table) => table?.key?.trim() === 'finish')
        .flatMap((table) => (table.rows ?? []).map((row) => (row?.when ?? '').trim()))
        .filter((when) => when !== ''),
    ),
  ];
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
        onValuesChange={(changed: Partial<PreviewLineForm>, all: PreviewLineForm) => {
          // a 子母门 is not split without its master leaf: switching to one brings a typical one along
          if (changed.options?.[DOOR_TYPE_INPUT] === 'unequal_pair' && !all.masterWidth && all.width) {
            form.setFieldValue('masterWidth', typicalMasterWidth(all.width));
            onLineChange({ ...all, masterWidth: typicalMasterWidth(all.width) });
            return;
          }
          onLineChange(all);
        }}
        className="model-preview-line"
      >
        <Row gutter={8}>
          {number('width', t('doorModels.preview.width'), 8)}
          {number('height', t('doorModels.preview.height'), 8)}
          {number('wallThickness', t('doorModels.preview.wallThickness'), 8)}
          {doorTypeInput && (
            <Col span={8}>
              <InputControl input={doorTypeInput} />
            </Col>
          )}
          {number('masterWidth', t('doorModels.preview.masterWidth'), doorTypeInput ? 8 : 12)}
          {number('quantity', t('doorModels.preview.quantity'), doorTypeInput ? 8 : 12)}
          <Col span={12}>
            <Form.Item name="swing" label={t('doorModels.preview.swing')} getValueProps={noneAsEmpty}>
              <Select
                allowClear
                placeholder={t('part.handing.none')}
                options={HANDINGS.map((code) => ({ value: code, label: t(HANDING_LABEL[code]) }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="finish" label={t('doorModels.preview.finish')}>
              {finishes.length > 0 ? (
                <AutoComplete
                  allowClear
                  options={finishes.map((value) => ({ value }))}
                  placeholder={t('doorModels.preview.finishPick')}
                />
              ) : (
                <Input maxLength={40} />
              )}
            </Form.Item>
          </Col>
          {inputs
            .filter((input) => input !== doorTypeInput)
            .map((input) => (
              <Col span={12} key={input.name}>
                <InputControl input={input} />
              </Col>
            ))}
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

/** One model input's value for the door, by its type; left empty, the line takes the input's default. */
function InputControl({ input }: { input: InputForm }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = input.name.trim();
  const label = (language === 'en' ? input.labelEn : input.labelZh) || name;
  const options = (input.options ?? [])
    .filter((o) => (o?.value ?? '').trim() !== '')
    .map((o) => ({ value: o.value.trim(), label: (language === 'en' ? o.labelEn : o.labelZh) || o.value }));
  const fallback = input.default;
  const defaultWords =
    fallback === null || fallback === undefined || fallback === ''
      ? t('doorModels.preview.noDefault')
      : t('doorModels.preview.default', {
          value:
            typeof fallback === 'boolean'
              ? t(fallback ? 'doorModels.yes' : 'doorModels.no')
              : (options.find((o) => o.value === fallback)?.label ?? String(fallback)),
        });
  let control: ReactNode;
  switch (input.type) {
    case 'number':
      control = (
        <InputNumber
          className="model-preview-number"
          min={input.min ?? undefined}
          max={input.max ?? undefined}
          suffix={input.unit?.trim() || undefined}
          placeholder={defaultWords}
        />
      );
      break;
    case 'enum':
      control = <Select allowClear placeholder={defaultWords} options={options} />;
      break;
    case 'boolean':
      control = (
        <Select
          allowClear
          placeholder={defaultWords}
          options={[
            { value: true, label: t('doorModels.yes') },
            { value: false, label: t('doorModels.no') },
          ]}
        />
      );
      break;
    case 'text':
      control = <Input maxLength={80} placeholder={defaultWords} />;
  }
  return (
    <Form.Item name={['options', name]} label={label} getValueProps={noneAsEmpty}>
      {control}
    </Form.Item>
  );
}

/** What the shop reads on the part besides its size: end cuts, banded edges, machining, its leaf. */
function PartAttributes({ part }: { part: PreviewPart }) {
  const { t } = useTranslation();
  const tags: string[] = [];
  if (part.endCuts && (part.endCuts.start !== 'square' || part.endCuts.end !== 'square'))
    tags.push(
      t('doorModels.preview.endCuts', {
        start: t(END_CUT_LABEL[part.endCuts.start]),
        end: t(END_CUT_LABEL[part.endCuts.end]),
      }),
    );
  const banded = EDGES.filter((edge) => part.edgeBanding?.[edge]);
  if (banded.length > 0) tags.push(t('doorModels.preview.banded', { edges: banded.join(' ') }));
  for (const feature of part.features ?? []) {
    const side =
      feature.side && feature.side in FEATURE_SIDE_LABEL
        ? t(FEATURE_SIDE_LABEL[feature.side as keyof typeof FEATURE_SIDE_LABEL])
        : '';
    tags.push(`${t(FEATURE_KIND_LABEL[feature.kind])} ×${feature.quantity}${side ? ` ${side}` : ''}`);
  }
  if (part.leaf) tags.push(t(LEAF_LABEL[part.leaf]));
  if (tags.length === 0) return null;
  return (
    <div className="model-preview-attributes">
      {tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </div>
  );
}

function PartsTable({ preview, dim, loading }: { preview: Preview | undefined; dim: boolean; loading: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const processes = useProcesses({ all: true });
  const names = useMemo(
    () => new Map((processes.data ?? []).map((p) => [p.code, language === 'en' ? p.nameEn : p.nameZh])),
    [processes.data, language],
  );
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
            width: '27%',
            render: (_, part) => {
              const route = part.route.map((process) => processLabel(process, t, names)).join(' · ');
              return (
                <>
                  <div>{part.component}</div>
                  <div className="model-preview-route" title={route}>
                    {route}
                  </div>
                  <PartAttributes part={part} />
                </>
              );
            },
          },
          {
            key: 'material',
            title: t('doorModels.preview.material'),
            dataIndex: 'material',
            width: '20%',
            // a code shown whole: VENEER-胡桃木 and VENEER-OAK differ at the end
            className: 'model-preview-material',
          },
          {
            key: 'size',
            title: `${t('doorModels.preview.size')} (mm)`,
            align: 'right',
            width: '20%',
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
            width: '8%',
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
            width: '16%',
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
