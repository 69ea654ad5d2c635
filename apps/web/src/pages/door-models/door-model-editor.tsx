import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Modal, Space, Tag } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, isProblem, unwrap } from '../../api/client';
import type { FieldName } from '../../api/field-errors';
import { currentLanguage } from '../../i18n/i18n';
import type { MenuEntry } from '../../shell/menu';
import { localErrors } from '../../api/localized-message';
import { hasBlanks, toProductBody, type ModelForm, type Product } from './model-form';
import { PRODUCTS_KEY } from './model-queries';
import { useNotices } from './notices';
import { PreviewPanel, type PreviewState } from './preview/preview-panel';
import { defaultPreviewLine, toPreviewLine, type Preview, type PreviewLineForm } from './preview/preview-line';
import {
  NO_PROBLEM,
  PANEL_LISTS,
  panelsOf,
  placeProblem,
  type OpenPanels,
  type PanelList,
  type PlacedProblem,
} from './rules-problem';
import { ComponentsSection } from './sections/components-section';
import { DerivedSection } from './sections/derived-section';
import { GeneralSection } from './sections/general-section';
import { InputsSection } from './sections/inputs-section';
import { ParametersSection } from './sections/parameters-section';
import { RangesSection } from './sections/ranges-section';
import type { Section } from './sections/section';
import { TablesSection } from './sections/tables-section';

/**
 * The rules, in the order a planner reads them: what the model is, what a line chooses (inputs), what is
 * computed from it (derived variables, tables), then the parts.
 */
// memo: the preview's answers re-render the editor, and a series' rules are many fields
const SECTIONS: Section[] = [
  { key: 'general', title: 'doorModels.section.general', Component: memo(GeneralSection) },
  { key: 'ranges', title: 'doorModels.section.ranges', Component: memo(RangesSection) },
  { key: 'parameters', title: 'doorModels.section.parameters', Component: memo(ParametersSection) },
  { key: 'inputs', title: 'doorModels.section.inputs', Component: memo(InputsSection) },
  { key: 'derived', title: 'doorModels.section.derived', Component: memo(DerivedSection) },
  { key: 'tables', title: 'doorModels.section.tables', Component: memo(TablesSection) },
  { key: 'components', title: 'doorModels.section.components', Component: memo(ComponentsSection) },
];

/** Unfolds these panels besides those already open (the same state when they all are). */
function withOpen(open: OpenPanels, more: OpenPanels): OpenPanels {
  if (PANEL_LISTS.every((list) => more[list].every((key) => open[list].includes(key)))) return open;
  const next = { ...open };
  for (const list of PANEL_LISTS) next[list] = [...new Set([...open[list], ...more[list]])];
  return next;
}

/** Typing pauses this long before the preview asks the api. */
const PREVIEW_DEBOUNCE_MS = 350;

export type EditorMode = 'create' | 'edit' | 'view';

type PreviewOutcome = { preview: Preview | null; placed: PlacedProblem; refused: boolean };

/** A door model's rules in a form, with the live preview beside them; saving adds a model or a version. */
export function DoorModelEditor({
  entry,
  initial,
  mode,
  code,
  header,
  children,
  startLine,
}: {
  entry: MenuEntry;
  initial: ModelForm;
  mode: EditorMode;
  code?: string;
  /** above the form: the copy-from choice, a past version's notice */
  header?: React.ReactNode;
  /** below the rules: the versions */
  children?: React.ReactNode;
  /** the sizes tried before (a new model just saved keeps the door its planner was looking at) */
  startLine?: PreviewLineForm;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const messages = useNotices();
  const [modal, modalHolder] = Modal.useModal();
  const [form] = Form.useForm<ModelForm>();
  const [lineForm] = Form.useForm<PreviewLineForm>();
  const readOnly = mode === 'view' || entry.readOnly;
  // the api lets planners (and admins) preview; a read-only user sees the rules only
  const previewAllowed = !entry.readOnly;

  const [draft, setDraft] = useState(initial);
  const initialLine = useMemo(() => startLine ?? defaultPreviewLine(initial), [startLine, initial]);
  const [line, setLine] = useState(initialLine);
  const [open, setOpenPanels] = useState<OpenPanels>(() => ({
    inputs: [],
    tables: [],
    components: initial.components.length === 1 ? ['0'] : [],
  }));
  const setOpen = useCallback(
    (list: PanelList, keys: string[]) => setOpenPanels((before) => ({ ...before, [list]: keys })),
    [],
  );
  const [dirty, setDirty] = useState(false);
  // null: no refused save to tell of; otherwise what the fields cannot say
  const [saveNotes, setSaveNotes] = useState<string[] | null>(null);
  const [lastGood, setLastGood] = useState<Preview>();
  const timers = useRef<Record<'rules' | 'line', ReturnType<typeof setTimeout> | undefined>>({
    rules: undefined,
    line: undefined,
  });
  const shownErrors = useRef<Record<'preview' | 'save', PlacedProblem>>({ preview: NO_PROBLEM, save: NO_PROBLEM });
  const latestPreview = useRef(0);

  /** Runs `work` once typing in the rules (or in the sizes) pauses. */
  const later = (what: 'rules' | 'line', work: () => void) => {
    clearTimeout(timers.current[what]);
    timers.current[what] = setTimeout(work, PREVIEW_DEBOUNCE_MS);
  };
  useEffect(() => {
    const pending = timers.current;
    return () => {
      clearTimeout(pending.rules);
      clearTimeout(pending.line);
    };
  }, []);

  // a folded panel's fields mount when it unfolds: errors for fields in panels just unfolded are set once they are there
  const unfoldedErrors = useRef<{ name: FieldName; errors: string[] }[]>([]);
  const openNow = useRef(open);
  useEffect(() => {
    openNow.current = open;
    if (unfoldedErrors.current.length === 0) return;
    form.setFields(unfoldedErrors.current as Parameters<typeof form.setFields>[0]);
    unfoldedErrors.current = [];
  }, [open, form]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Shows a refusal at its fields, replacing what the same source (the preview, a save) showed before. */
  const show = (source: 'preview' | 'save', problem: ApiProblem | null): PlacedProblem => {
    const before = shownErrors.current[source];
    // the form's own types know only literal paths; these come from the api at run time
    const setRuleErrors = (fields: { name: FieldName; errors: string[] }[]) =>
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
    setRuleErrors(before.rules.map(({ name }) => ({ name, errors: [] })));
    const setLineErrors = (fields: { name: FieldName; errors: string[] }[]) =>
      lineForm.setFields(fields as Parameters<typeof lineForm.setFields>[0]);
    setLineErrors(before.line.map(({ name }) => ({ name, errors: [] })));
    const placed = problem
      ? placeProblem(
          localErrors(problem, currentLanguage(), (position) => t('doorModels.atCharacter', { position })),
          form.getFieldsValue(true) as ModelForm,
        )
      : NO_PROBLEM;
    setRuleErrors(placed.rules);
    setLineErrors(placed.line);
    unfoldedErrors.current = placed.rules.filter(({ name }) =>
      PANEL_LISTS.some((list) => list === name[0] && !openNow.current[list].includes(String(name[1]))),
    );
    setOpenPanels((before) => withOpen(before, placed.panels));
    shownErrors.current[source] = placed;
    return placed;
  };

  const body = useMemo(() => toProductBody(draft), [draft]);
  const previewLine = useMemo(() => toPreviewLine(line, draft.inputs), [line, draft.inputs]);
  const blanks = hasBlanks(body);
  const preview = useQuery({
    queryKey: ['product-preview', body, previewLine],
    enabled: previewAllowed && previewLine !== null && !blanks,
    retry: false,
    queryFn: async ({ signal }): Promise<PreviewOutcome> => {
      const request = ++latestPreview.current;
      const answer = await api.POST('/api/v1/products/preview', {
        body: { product: body, line: previewLine ?? { width: 0, height: 0, wallThickness: 0, quantity: 1 } },
        signal,
      });
      if (answer.error !== undefined && !isProblem(answer.error)) throw new Error(`HTTP ${answer.response.status}`);
      const problem = answer.data ? null : (answer.error as ApiProblem);
      // an older answer arriving late must not undo the errors of a newer one
      const placed = request === latestPreview.current ? show('preview', problem) : NO_PROBLEM;
      if (answer.data) setLastGood(answer.data);
      return { preview: answer.data ?? null, placed, refused: problem !== null };
    },
  });

  const outcome = preview.data;
  const previewState: PreviewState = {
    shown: outcome?.preview ?? lastGood,
    stale: preview.isFetching || outcome?.refused === true || blanks || previewLine === null,
    rulesRefused: (outcome?.placed.rules.length ?? 0) > 0,
    notes: outcome?.placed.notes ?? [],
    fetching: preview.isFetching,
    waitingForSizes: previewLine === null,
    waitingForRules: blanks,
  };

  const save = useMutation({
    mutationFn: async (values: ModelForm): Promise<Product> => {
      const rules = toProductBody(values);
      if (mode === 'create')
        return unwrap(await api.POST('/api/v1/products', { body: { ...rules, code: values.code.trim() } }));
      return unwrap(await api.PUT('/api/v1/products/{code}', { params: { path: { code: code ?? '' } }, body: rules }));
    },
    onSuccess: async (saved) => {
      show('save', null);
      setSaveNotes(null);
      setDirty(false);
      await queryClient.invalidateQueries({ queryKey: PRODUCTS_KEY });
      if (mode === 'create') {
        void messages.success(t('doorModels.created', { code: saved.code }));
        void navigate(`${entry.path}/${encodeURIComponent(saved.code)}`, { state: { previewLine: line } });
      } else {
        void messages.success(t('doorModels.saved', { version: saved.version }));
        // a past version saved again is now the latest: edit it there
        if (mode === 'view')
          void navigate(`${entry.path}/${encodeURIComponent(saved.code)}`, { state: { previewLine: line } });
      }
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) {
        setSaveNotes([t('error.network')]);
        return;
      }
      const placed = show('save', error.problem);
      setSaveNotes(placed.notes);
      scrollTo(placed.rules[0]?.name);
    },
  });

  const scrollTo = (name: FieldName | undefined) => {
    // after the panel holding the field has unfolded
    if (name) setTimeout(() => form.scrollToField(name, { block: 'center' }), 50);
  };

  // a second click while the form is still being checked (before the save shows as pending) must not save twice
  const saving = useRef(false);
  const onSave = async () => {
    if (saving.current || save.isPending) return;
    saving.current = true;
    try {
      await form.validateFields();
    } catch (invalid) {
      const fields = (invalid as { errorFields?: { name: FieldName }[] }).errorFields ?? [];
      setOpenPanels((before) => withOpen(before, panelsOf(fields.map(({ name }) => name))));
      scrollTo(fields[0]?.name);
      saving.current = false;
      return;
    }
    setSaveNotes(null);
    save.mutate(form.getFieldsValue(true) as ModelForm, {
      onSettled: () => {
        saving.current = false;
      },
    });
  };

  /** Back to the list; unsaved changes are only dropped when the planner says so. */
  const leave = () => {
    if (!dirty) {
      void navigate(entry.path);
      return;
    }
    void modal.confirm({
      title: t('doorModels.leaveTitle'),
      content: t('doorModels.leaveContent'),
      okText: t('doorModels.leave'),
      cancelText: t('doorModels.stay'),
      okButtonProps: { danger: true },
      onOk: () => void navigate(entry.path),
    });
  };

  const sectionProps = { readOnly, isNew: mode === 'create', open, setOpen };
  return (
    <>
      {modalHolder}
      <div className="model-editor-toolbar">
        <Space wrap>
          <Button onClick={leave}>{t('doorModels.back')}</Button>
          {!readOnly && (
            <Button type="primary" loading={save.isPending} onClick={() => void onSave()} className="model-save">
              {mode === 'create' ? t('doorModels.create') : t('doorModels.save')}
            </Button>
          )}
          {mode === 'view' && !entry.readOnly && (
            <Button loading={save.isPending} onClick={() => void onSave()} className="model-restore">
              {t('doorModels.restore')}
            </Button>
          )}
          {dirty && <Tag color="warning">{t('doorModels.unsaved')}</Tag>}
        </Space>
      </div>
      {header}
      {saveNotes !== null && (
        <Alert
          className="model-editor-alert"
          type="error"
          showIcon
          title={t('doorModels.saveFailed')}
          description={saveNotes.length > 0 ? saveNotes.map((note) => <div key={note}>{note}</div>) : undefined}
        />
      )}
      <div className={previewAllowed ? 'model-editor' : 'model-editor model-editor-alone'}>
        <Form
          form={form}
          name="model"
          layout="vertical"
          initialValues={initial}
          disabled={readOnly}
          className="model-editor-rules"
          onValuesChange={() => {
            setDirty(true);
            later('rules', () => setDraft(form.getFieldsValue(true) as ModelForm));
          }}
        >
          {SECTIONS.map(({ key, title, Component }) => (
            <Card key={key} title={t(title)} size="small" className={`model-section model-section-${key}`}>
              <Component {...sectionProps} />
            </Card>
          ))}
          {children}
        </Form>
        {previewAllowed && (
          <aside className="model-editor-preview">
            <PreviewPanel
              form={lineForm}
              initial={initialLine}
              model={draft}
              state={previewState}
              onLineChange={(next) => later('line', () => setLine({ ...next }))}
            />
          </aside>
        )}
      </div>
    </>
  );
}

type ApiProblem = ApiError['problem'];
