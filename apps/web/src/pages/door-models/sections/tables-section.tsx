import { AutoComplete, Button, Col, Form, Input, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { HANDING_LABEL, HANDINGS } from '../../part-labels';
import { DOOR_TYPE_LABEL } from '../labels';
import { DOOR_TYPE_INPUT, DOOR_TYPES, LINE_TEXTS, newTable, type InputForm, type TableForm } from '../model-form';
import { useMaterialCodes } from '../model-queries';
import { PanelListSection } from './panel-list';
import type { SectionProps } from './section';

type Choice = { value: string; label: string };

/**
 * Lookups keyed by an input, the finish, the handing or a derived variable (finish → veneer code, hinges by
 * height band…), each a folding panel; formulas read a table by its name, material codes as `{name}`.
 */
export function TablesSection({ readOnly, open, setOpen }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('doorModels.table.hint')}</Typography.Paragraph>
      <PanelListSection<TableForm>
        list="tables"
        open={open}
        setOpen={setOpen}
        readOnly={readOnly}
        summary={(index) => <TableSummary index={index} />}
        fields={(name) => <TableFields name={name} readOnly={readOnly} />}
        create={newTable}
        copy={(table) => ({ ...table, name: '', rows: table.rows.map((r) => ({ ...r })) })}
        addLabel={t('doorModels.table.add')}
        empty={t('doorModels.table.empty')}
      />
    </>
  );
}

function TableSummary({ index }: { index: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const table = Form.useWatch(['tables', index], { preserve: true }) as TableForm | undefined;
  return (
    <span className="model-panel-summary">
      <Typography.Text strong className="model-formula">
        {table?.name || t('doorModels.table.title', { index: index + 1 })}
      </Typography.Text>
      <Typography.Text>{language === 'en' ? table?.labelEn : table?.labelZh}</Typography.Text>
      {table?.key && <Tag>{t('doorModels.table.by', { key: table.key })}</Tag>}
      <Typography.Text type="secondary">
        {t('doorModels.table.rowCount', { count: table?.rows?.length ?? 0 })}
      </Typography.Text>
    </span>
  );
}

/** What a table may be keyed by, and the values each key can take (none: any text, such as a finish). */
function useKeys(): { keys: Choice[]; valuesOf: (key: string) => Choice[] } {
  const { t } = useTranslation();
  const language = currentLanguage();
  const inputs = ((Form.useWatch('inputs', { preserve: true }) as InputForm[] | undefined) ?? []).filter((i) =>
    i?.name?.trim(),
  );
  const derived = ((Form.useWatch('derived', { preserve: true }) as { name: string }[] | undefined) ?? []).filter((d) =>
    d?.name?.trim(),
  );
  const word = (zh: string, en: string) => (language === 'en' ? en : zh) || zh || en;
  const keys: Choice[] = [
    ...inputs
      .filter((input) => input.name !== DOOR_TYPE_INPUT)
      .map((input) => ({
        value: input.name.trim(),
        label: `${input.name.trim()} · ${word(input.labelZh, input.labelEn)}`,
      })),
    ...LINE_TEXTS.map((name) => ({ value: name, label: `${name} · ${t(`doorModels.lineText.${name}`)}` })),
    ...derived.map((d) => ({ value: d.name.trim(), label: `${d.name.trim()} · ${t('doorModels.table.derivedKey')}` })),
  ];
  const valuesOf = (key: string): Choice[] => {
    const input = inputs.find((i) => i.name.trim() === key);
    if (input?.type === 'enum')
      return (input.options ?? [])
        .filter((o) => o?.value?.trim())
        .map((o) => ({ value: o.value.trim(), label: `${o.value.trim()} · ${word(o.labelZh, o.labelEn)}` }));
    if (key === 'doorType')
      return DOOR_TYPES.map((value) => ({ value, label: `${value} · ${t(DOOR_TYPE_LABEL[value])}` }));
    if (key === 'handing') return HANDINGS.map((value) => ({ value, label: `${value} · ${t(HANDING_LABEL[value])}` }));
    if (key === 'hingeSide')
      return ['left', 'right', 'none'].map((value) => ({
        value,
        label: `${value} · ${t(`doorModels.side.${value}`)}`,
      }));
    if (key === 'openSide')
      return ['in', 'out', 'sliding', 'none'].map((value) => ({
        value,
        label: `${value} · ${t(`doorModels.open.${value}`)}`,
      }));
    return [];
  };
  return { keys, valuesOf };
}

function TableFields({ name, readOnly }: { name: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const { keys, valuesOf } = useKeys();
  const key = ((Form.useWatch(['tables', name, 'key']) as string | undefined) ?? '').trim();
  const valueKind = Form.useWatch(['tables', name, 'valueKind']) as TableForm['valueKind'] | undefined;
  const materials = useMaterialCodes();
  const when = valuesOf(key);
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  const numberRule = {
    validator: (_: unknown, value: string | undefined) =>
      valueKind === 'number' && (value ?? '').trim() !== '' && !Number.isFinite(Number(value))
        ? Promise.reject(new Error(t('doorModels.table.notNumber')))
        : Promise.resolve(),
  };
  const valueInput = (placeholder: string) =>
    valueKind === 'number' ? (
      <Input placeholder={placeholder} aria-label={placeholder} autoComplete="off" />
    ) : (
      <AutoComplete
        placeholder={placeholder}
        aria-label={placeholder}
        options={(materials.data ?? []).map((m) => ({ value: m.code }))}
        filterOption={(input, option) =>
          String(option?.value ?? '')
            .toLowerCase()
            .includes(input.toLowerCase())
        }
      />
    );
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item
            name={[name, 'name']}
            label={t('doorModels.table.name')}
            tooltip={t('doorModels.table.nameHint')}
            rules={required}
          >
            <Input className="model-formula" maxLength={40} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'key']} label={t('doorModels.table.key')} rules={required}>
            <AutoComplete
              options={keys}
              filterOption={(input, option) => String(option?.label ?? '').includes(input)}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'valueKind']} label={t('doorModels.table.valueKind')}>
            <Select
              options={[
                { value: 'text', label: t('doorModels.table.kind.text') },
                { value: 'number', label: t('doorModels.table.kind.number') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'labelZh']} label={t('doorModels.table.labelZh')}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'labelEn']} label={t('doorModels.table.labelEn')}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name={[name, 'rows']}>
        {(fields, { add, remove }, { errors }) => (
          <div className="model-table-rows">
            <Row gutter={8}>
              <Col span={11}>
                <Typography.Text strong>{t('doorModels.table.when', { key: key || '…' })}</Typography.Text>
              </Col>
              <Col span={11}>
                <Typography.Text strong>{t('doorModels.table.value')}</Typography.Text>
              </Col>
            </Row>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} className="model-table-row" align="top">
                <Col span={11}>
                  <Form.Item name={[field.name, 'when']} rules={required}>
                    {when.length > 0 ? (
                      <Select aria-label={t('doorModels.table.whenShort')} options={when} showSearch />
                    ) : (
                      <Input
                        aria-label={t('doorModels.table.whenShort')}
                        placeholder={t('doorModels.table.whenShort')}
                        autoComplete="off"
                      />
                    )}
                  </Form.Item>
                </Col>
                <Col span={11}>
                  <Form.Item name={[field.name, 'value']} rules={[...required, numberRule]}>
                    {valueInput(t('doorModels.table.value'))}
                  </Form.Item>
                </Col>
                {!readOnly && (
                  <Col span={2}>
                    <Button aria-label={t('doorModels.table.removeRow')} onClick={() => remove(field.name)}>
                      ×
                    </Button>
                  </Col>
                )}
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            {!readOnly && (
              <Button size="small" type="dashed" className="model-add-row" onClick={() => add({ when: '', value: '' })}>
                {t('doorModels.table.addRow')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
      <Row gutter={12} className="model-table-default">
        <Col xs={24} md={11}>
          <Form.Item
            name={[name, 'default']}
            label={t('doorModels.table.default')}
            tooltip={t('doorModels.table.defaultHint')}
            rules={[numberRule]}
          >
            {valueInput(t('doorModels.table.noDefault'))}
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
