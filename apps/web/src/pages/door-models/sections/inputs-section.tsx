import { Button, Col, Form, Input, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { DOOR_TYPE_LABEL } from '../labels';
import {
  DOOR_TYPE_INPUT,
  DOOR_TYPES,
  INPUT_TYPES,
  newDoorTypeInput,
  newInput,
  type DoorType,
  type InputForm,
} from '../model-form';
import { PanelListSection } from './panel-list';
import { noneAsEmpty, type SectionProps } from './section';

/**
 * The choices an order line makes for this model (门类型, 是否有顶窗, 门套线宽…), typed, each a folding panel. An
 * input named doorType lets each line choose its door type among the values listed.
 */
export function InputsSection({ readOnly, open, setOpen }: SectionProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const inputs = (Form.useWatch('inputs', { preserve: true }) as InputForm[] | undefined) ?? [];
  const doorTypeWords = (type: DoorType) => ({
    zh: t(DOOR_TYPE_LABEL[type], { lng: 'zh-CN' }),
    en: t(DOOR_TYPE_LABEL[type], { lng: 'en' }),
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('doorModels.input.hint')}</Typography.Paragraph>
      <PanelListSection<InputForm>
        list="inputs"
        open={open}
        setOpen={setOpen}
        readOnly={readOnly}
        summary={(index) => <InputSummary index={index} />}
        fields={(name) => <InputFields name={name} readOnly={readOnly} />}
        create={newInput}
        copy={(input) => ({
          ...input,
          name: '',
          options: input.options.map((o) => ({ ...o })),
          aliases: [...input.aliases],
        })}
        addLabel={t('doorModels.input.add')}
        empty={t('doorModels.input.empty')}
        extraAdd={(add) =>
          inputs.some((input) => input?.name === DOOR_TYPE_INPUT) ? null : (
            <Button
              type="dashed"
              className="model-add-door-type"
              onClick={() => add(newDoorTypeInput(form.getFieldValue('doorType') as DoorType, doorTypeWords))}
            >
              {t('doorModels.input.addDoorType')}
            </Button>
          )
        }
      />
    </>
  );
}

function InputSummary({ index }: { index: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const input = Form.useWatch(['inputs', index], { preserve: true }) as InputForm | undefined;
  const options = (input?.options ?? []).map((o) => (language === 'en' ? o.labelEn : o.labelZh) || o.value);
  return (
    <span className="model-panel-summary">
      <Typography.Text strong className="model-formula">
        {input?.name || t('doorModels.input.title', { index: index + 1 })}
      </Typography.Text>
      <Typography.Text>{language === 'en' ? input?.labelEn : input?.labelZh}</Typography.Text>
      {input?.type && <Tag>{t(`doorModels.input.type.${input.type}`)}</Tag>}
      {input?.type === 'enum' && <Typography.Text type="secondary">{options.join(' / ')}</Typography.Text>}
      {input?.type === 'number' && (input.min !== null || input.max !== null) && (
        <Typography.Text type="secondary">
          {`${input.min ?? '…'}–${input.max ?? '…'} ${input.unit ?? ''}`}
        </Typography.Text>
      )}
    </span>
  );
}

/** One input's fields; what follows its type (a range and unit, values, the default's control) changes with it. */
function InputFields({ name, readOnly }: { name: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const type = Form.useWatch(['inputs', name, 'type']) as InputForm['type'] | undefined;
  const inputName = (Form.useWatch(['inputs', name, 'name']) as string | undefined)?.trim();
  const options = (Form.useWatch(['inputs', name, 'options']) as InputForm['options'] | undefined) ?? [];
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  const doorType = inputName === DOOR_TYPE_INPUT;
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item
            name={[name, 'name']}
            label={t('doorModels.input.name')}
            tooltip={t('doorModels.input.nameHint')}
            rules={required}
          >
            <Input className="model-formula" maxLength={40} autoComplete="off" spellCheck={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'labelZh']} label={t('doorModels.input.labelZh')} rules={required}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'labelEn']} label={t('doorModels.input.labelEn')} rules={required}>
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'type']} label={t('doorModels.input.typeLabel')}>
            <Select
              options={INPUT_TYPES.map((value) => ({ value, label: t(`doorModels.input.type.${value}`) }))}
              onChange={(next: InputForm['type']) => {
                // a default of the old type is no value of the new one
                form.setFieldValue(['inputs', name, 'default'], null);
                if (next === 'enum' && options.length === 0)
                  form.setFieldValue(['inputs', name, 'options'], [{ value: '', labelZh: '', labelEn: '' }]);
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      {type === 'number' && (
        <Row gutter={12}>
          <Col xs={8} md={6}>
            <Form.Item name={[name, 'unit']} label={t('doorModels.input.unit')}>
              <Input maxLength={20} placeholder="mm" />
            </Form.Item>
          </Col>
          <Col xs={8} md={6}>
            <Form.Item name={[name, 'min']} label={t('doorModels.min')}>
              <InputNumber className="model-number" />
            </Form.Item>
          </Col>
          <Col xs={8} md={6}>
            <Form.Item name={[name, 'max']} label={t('doorModels.max')}>
              <InputNumber className="model-number" />
            </Form.Item>
          </Col>
          <Col xs={8} md={6}>
            <Form.Item name={[name, 'default']} label={t('doorModels.input.default')}>
              <InputNumber className="model-number" placeholder={t('doorModels.input.noDefault')} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {type === 'enum' && <OptionsField name={name} readOnly={readOnly} doorType={doorType} />}
      <Row gutter={12}>
        {type === 'enum' && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'default']} label={t('doorModels.input.default')} getValueProps={noneAsEmpty}>
              <Select
                allowClear
                placeholder={t('doorModels.input.noDefault')}
                options={options
                  .filter((o) => (o?.value ?? '').trim() !== '')
                  .map((o) => ({ value: o.value.trim(), label: o.labelZh ? `${o.labelZh} (${o.value})` : o.value }))}
              />
            </Form.Item>
          </Col>
        )}
        {type === 'boolean' && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'default']} label={t('doorModels.input.default')} getValueProps={noneAsEmpty}>
              <Select
                allowClear
                placeholder={t('doorModels.input.noDefault')}
                options={[
                  { value: true, label: t('doorModels.yes') },
                  { value: false, label: t('doorModels.no') },
                ]}
              />
            </Form.Item>
          </Col>
        )}
        {type === 'text' && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'default']} label={t('doorModels.input.default')}>
              <Input maxLength={200} placeholder={t('doorModels.input.noDefault')} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={type === 'number' ? 24 : 16}>
          <Form.Item
            name={[name, 'aliases']}
            label={t('doorModels.input.aliases')}
            tooltip={t('doorModels.input.aliasesHint')}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** An enum's values, one row each: the code rules compare with, and its words in both languages. */
function OptionsField({ name, readOnly, doorType }: { name: number; readOnly: boolean; doorType: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const required = [{ required: true, whitespace: true, message: t('doorModels.required') }];
  return (
    <Form.List name={[name, 'options']}>
      {(fields, { add, remove }, { errors }) => (
        <div className="model-options">
          <Typography.Text strong>{t('doorModels.input.options')}</Typography.Text>
          {doorType && <Typography.Text type="secondary"> {t('doorModels.input.doorTypeHint')}</Typography.Text>}
          {fields.map((field) => (
            <Row gutter={8} key={field.key} className="model-option">
              <Col xs={8} md={7}>
                <Form.Item name={[field.name, 'value']} rules={required}>
                  {doorType ? (
                    <Select
                      aria-label={t('doorModels.input.optionValue')}
                      placeholder={t('doorModels.input.optionValue')}
                      options={DOOR_TYPES.map((value) => ({ value, label: `${t(DOOR_TYPE_LABEL[value])} (${value})` }))}
                      onChange={(value: DoorType) => {
                        // a door type's words are known: the planner need not type them
                        const at = ['inputs', name, 'options', field.name];
                        form.setFieldValue([...at, 'labelZh'], t(DOOR_TYPE_LABEL[value], { lng: 'zh-CN' }));
                        form.setFieldValue([...at, 'labelEn'], t(DOOR_TYPE_LABEL[value], { lng: 'en' }));
                      }}
                    />
                  ) : (
                    <Input
                      className="model-formula"
                      maxLength={40}
                      placeholder={t('doorModels.input.optionValue')}
                      aria-label={t('doorModels.input.optionValue')}
                      autoComplete="off"
                      spellCheck={false}
                    />
                  )}
                </Form.Item>
              </Col>
              <Col xs={7} md={8}>
                <Form.Item name={[field.name, 'labelZh']} rules={required}>
                  <Input
                    maxLength={80}
                    placeholder={t('doorModels.input.labelZh')}
                    aria-label={t('doorModels.input.labelZh')}
                  />
                </Form.Item>
              </Col>
              <Col xs={7} md={7}>
                <Form.Item name={[field.name, 'labelEn']} rules={required}>
                  <Input
                    maxLength={80}
                    placeholder={t('doorModels.input.labelEn')}
                    aria-label={t('doorModels.input.labelEn')}
                  />
                </Form.Item>
              </Col>
              {!readOnly && (
                <Col xs={2} md={2}>
                  <Button aria-label={t('doorModels.input.removeOption')} onClick={() => remove(field.name)}>
                    ×
                  </Button>
                </Col>
              )}
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <Button
              size="small"
              type="dashed"
              className="model-add-option"
              onClick={() => add({ value: '', labelZh: '', labelEn: '' })}
            >
              {t('doorModels.input.addOption')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
