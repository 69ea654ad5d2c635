import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMm, formatNumber } from '../../i18n/format';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { ProblemAlert } from '../problem-alert';
import {
  drawnSheetSize,
  indexRanges,
  planDiagramGroups,
  typedPlan,
  type CutPlan,
  type DiagramGroup,
  type TypedCutPlan,
} from './cut-diagram';
import { CutDiagramSvg, DIAGRAM_COLORS } from './cut-diagram-svg';
import { saveSvg } from './download';
import { CUT_KIND_LABEL } from '../part-labels';
import { planProfileText } from './material-text';
import { downloadName, formatPercent } from './run-text';
import { useCutPlans, useMaterialSpecs, usePartNames, type StoredMaterial } from './split-run-queries';

/** Every cut plan of a run, one section per material, each bar or sheet drawn. */
export function CutPlansTab({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const plans = useCutPlans(runId);
  const specs = useMaterialSpecs();
  const names = usePartNames(runId);
  if (plans.error) return <ProblemAlert error={plans.error} />;
  if (!plans.data || specs.isPending || names.isPending) return <Spin description={t('page.loading')} />;
  if (plans.data.length === 0) return <Alert type="info" showIcon title={t('splitRuns.cutPlans.none')} />;
  return (
    <div className="cut-plans">
      <DiagramLegend />
      {plans.data.map((plan) => (
        <CutPlanSection
          key={plan.n}
          plan={plan}
          spec={specs.data?.get(plan.material)}
          names={names.data}
          runId={runId}
        />
      ))}
    </div>
  );
}

/** One material's plan: its totals and yield, then each bar or sheet with its own yield. */
export function CutPlanSection(props: {
  plan: CutPlan;
  spec?: StoredMaterial;
  /** part id → component, for the labels; without it parts are labelled by id and size */
  names?: Map<string, string>;
  runId: string;
  printable?: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const plan = typedPlan(props.plan);
  const drawing = useMemo(() => drawingNumbers(language), [language]);
  const groups = useMemo(
    () =>
      planDiagramGroups(plan, {
        trim: props.spec?.trim,
        kerf: props.spec?.kerf,
        mm: drawing,
        nameOf: (id) => props.names?.get(id),
      }),
    [plan, props.spec, props.names, drawing],
  );
  const count = plan.kind === 'linear' ? plan.plan.totals.bars : plan.plan.totals.sheets;
  const profile = planProfileText(props.plan, t, language);
  return (
    <section className="cut-plan" data-material={plan.material} data-rip-width={props.plan.ripWidth ?? undefined}>
      <Typography.Title level={4} className="cut-plan-title">
        {plan.material}
        {profile && <span className="cut-plan-profile">{profile}</span>}
        <Typography.Text type="secondary" className="cut-plan-kind">
          {t(CUT_KIND_LABEL[plan.kind])}
        </Typography.Text>
      </Typography.Title>
      <Typography.Paragraph className="cut-plan-totals">
        {t(plan.kind === 'linear' ? 'splitRuns.cutPlans.barsTotal' : 'splitRuns.cutPlans.sheetsTotal', {
          value: formatNumber(count, language),
        })}
        {' · '}
        <Typography.Text strong className="cut-plan-yield">
          {t('splitRuns.cutPlans.totalYield', { value: formatPercent(plan.plan.totals.yield, language) })}
        </Typography.Text>
        {props.spec && (
          <>
            {' · '}
            {t('splitRuns.cutPlans.kerfTrim', {
              kerf: formatMm(props.spec.kerf, language),
              trim: formatMm(props.spec.trim, language),
            })}
          </>
        )}
      </Typography.Paragraph>
      <div className={plan.kind === 'linear' ? 'cut-bars' : 'cut-sheets'}>
        {groups.map((group) => (
          <DiagramFigure
            key={group.indices[0]}
            plan={plan}
            group={group}
            profile={profile}
            mm={drawing}
            runId={props.runId}
            printable={props.printable}
          />
        ))}
      </div>
    </section>
  );
}

/** Lengths in drawings: no thousands separator (`2440`), as saws and cut lists write them. */
function drawingNumbers(language: Language): (value: number) => string {
  const format = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

function DiagramFigure(props: {
  plan: TypedCutPlan;
  group: DiagramGroup;
  /** the rip width and thickness of the plan's bars, part of each drawing's caption (and of its SVG download) */
  profile: string;
  mm: (value: number) => string;
  runId: string;
  printable?: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const svg = useRef<SVGSVGElement>(null);
  const { plan, group, mm } = props;
  const first = group.indices[0];
  const total = plan.kind === 'linear' ? plan.plan.bars.length : plan.plan.layouts.length;
  const size =
    plan.kind === 'linear'
      ? `${mm(plan.plan.bars[first].stockLength)} mm`
      : (({ width, height }) => `${mm(width)}×${mm(height)} mm`)(drawnSheetSize(plan.plan.layouts[first]));
  const remnant = plan.kind === 'linear' ? plan.plan.bars[first].ref : plan.plan.layouts[first].ref;
  const stock = remnant ? `${size} ${t('cutPatterns.fromRemnant', { item: remnant })}` : size;
  const alike = group.indices.length;
  const which = indexRanges(group.indices);
  const key =
    plan.kind === 'linear'
      ? alike > 1
        ? 'splitRuns.diagram.barsAlike'
        : 'splitRuns.diagram.bar'
      : alike > 1
        ? 'splitRuns.diagram.sheetsAlike'
        : 'splitRuns.diagram.sheet';
  const material = props.profile ? `${plan.material} · ${props.profile}` : plan.material;
  const caption = t(key, { material, which, n: total, alike, stock });
  const yieldText = t('splitRuns.diagram.yield', { value: formatPercent(group.diagram.yield, language) });
  return (
    <figure className="cut-figure">
      <CutDiagramSvg
        ref={svg}
        diagram={group.diagram}
        caption={caption}
        yieldText={yieldText}
        remnantTitle={t('splitRuns.legend.remnant')}
      />
      {!props.printable && (
        <Button
          size="small"
          type="link"
          className="cut-figure-download"
          aria-label={t('splitRuns.diagram.downloadOne', { caption })}
          onClick={() => {
            if (svg.current) saveSvg(svg.current, downloadName(props.runId, `${fileStem(plan)}-${first + 1}`, 'svg'));
          }}
        >
          {t('splitRuns.diagram.download')}
        </Button>
      )}
    </figure>
  );
}

/** A drawing's file name: a material cut at several rip widths has a plan per width, each its own files. */
function fileStem(plan: TypedCutPlan): string {
  return plan.ripWidth !== null ? `${plan.material}-${plan.ripWidth}mm-${plan.kind}` : `${plan.material}-${plan.kind}`;
}

/** What the shades of the drawings mean. */
export function DiagramLegend() {
  const { t } = useTranslation();
  const swatches: { key: string; label: string; fill: string; stroke?: string; hatched?: boolean }[] = [
    { key: 'part', label: t('splitRuns.legend.part'), fill: DIAGRAM_COLORS.part, stroke: DIAGRAM_COLORS.partStroke },
    {
      key: 'remnant',
      label: t('splitRuns.legend.remnant'),
      fill: DIAGRAM_COLORS.remnant,
      stroke: DIAGRAM_COLORS.remnantStroke,
      hatched: true,
    },
    { key: 'waste', label: t('splitRuns.legend.waste'), fill: DIAGRAM_COLORS.waste },
    { key: 'trim', label: t('splitRuns.legend.trim'), fill: DIAGRAM_COLORS.trim },
  ];
  return (
    <Space className="cut-legend" wrap>
      {swatches.map((s) => (
        <span key={s.key} className="cut-legend-item">
          <svg width={18} height={12} aria-hidden="true">
            <rect
              x={0.5}
              y={0.5}
              width={17}
              height={11}
              fill={s.fill}
              stroke={s.stroke ?? DIAGRAM_COLORS.outline}
              strokeWidth={1}
            />
            {s.hatched && <line x1={3} y1={11} x2={14} y2={1} stroke={s.stroke} strokeWidth={2} />}
          </svg>
          {s.label}
        </span>
      ))}
      <span className="cut-legend-item">
        <svg width={18} height={12} aria-hidden="true">
          <line x1={0} y1={6} x2={18} y2={6} stroke={DIAGRAM_COLORS.cut} strokeWidth={1.5} strokeDasharray="4 2" />
        </svg>
        {t('splitRuns.legend.cut')}
      </span>
    </Space>
  );
}
