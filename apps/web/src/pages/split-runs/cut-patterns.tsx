import { Alert, Button, Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import { labelColon } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import { END_CUT_LABEL, HANDING_LABEL } from '../part-labels';
import { ProblemAlert } from '../problem-alert';
import { saveBlob } from './download';
import { downloadName } from './run-text';

type CutPattern = components['schemas']['CutPatternDto'];
type PatternPiece = components['schemas']['PatternPieceDto'];

/** Patterns a page asks for: a run's first screenful; more on request. */
const PAGE = 20;

/** Lengths as the saw writes them: no grouping, at most one decimal. */
function mm(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Every file the sawyer and the stores work from, each one click away. */
const EXPORTS: { key: string; label: MessageKey; what: string; extension: string }[] = [
  { key: 'cut-plans.csv', label: 'cutPatterns.export.csv', what: 'cut-list', extension: 'csv' },
  { key: 'cut-patterns.xlsx', label: 'cutPatterns.export.xlsx', what: 'cut-list', extension: 'xlsx' },
  { key: 'split-detail.xlsx', label: 'cutPatterns.export.detail', what: 'split-detail', extension: 'xlsx' },
  { key: 'cut-patterns.pdf', label: 'cutPatterns.export.pdf', what: 'cut-patterns', extension: 'pdf' },
  { key: 'saw-parts.csv', label: 'cutPatterns.export.saw', what: 'saw-parts', extension: 'csv' },
];

type ExportPath =
  | '/api/v1/split-runs/{id}/cut-plans.csv'
  | '/api/v1/split-runs/{id}/cut-patterns.xlsx'
  | '/api/v1/split-runs/{id}/split-detail.xlsx'
  | '/api/v1/split-runs/{id}/cut-patterns.pdf'
  | '/api/v1/split-runs/{id}/saw-parts.csv';

/** 下料方案: the run's identical bars and sheets as patterns ×N, drawn and listed, with the exports. */
export function CutPatternsTab({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const patterns = useInfiniteQuery({
    queryKey: ['split-run', runId, 'cut-patterns'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/split-runs/{id}/cut-patterns', {
          params: { path: { id: runId }, query: { limit: PAGE, cursor: pageParam } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: Infinity,
  });
  const items = patterns.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="cut-patterns">
      <ExportButtons runId={runId} />
      {patterns.error && <ProblemAlert error={patterns.error} />}
      {patterns.isPending && <Spin description={t('page.loading')} />}
      {patterns.data && items.length === 0 && <Alert type="info" showIcon title={t('cutPatterns.none')} />}
      {items.map((pattern) => (
        <PatternCard key={pattern.no} runId={runId} pattern={pattern} />
      ))}
      {patterns.hasNextPage && (
        <Button onClick={() => void patterns.fetchNextPage()} loading={patterns.isFetchingNextPage}>
          {t('cutPatterns.more')}
        </Button>
      )}
    </div>
  );
}

function ExportButtons({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const save = async (file: (typeof EXPORTS)[number]) => {
    setBusy(file.key);
    setError(null);
    try {
      // the routes need the bearer token: fetched through the api client, then saved as a file
      const answer = await api.GET(`/api/v1/split-runs/{id}/${file.key}` as ExportPath, {
        params: { path: { id: runId } },
        parseAs: 'blob',
      });
      // a refusal (403, 409…) shows as the api's problem, not as a lost connection
      saveBlob(unwrap(answer), downloadName(runId, file.what, file.extension));
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Space wrap className="cut-pattern-exports">
        {EXPORTS.map((file) => (
          <Button key={file.key} onClick={() => void save(file)} loading={busy === file.key}>
            {t(file.label)}
          </Button>
        ))}
      </Space>
      {error && <ProblemAlert error={error} />}
    </>
  );
}

function PatternCard({ runId, pattern }: { runId: string; pattern: CutPattern }) {
  const { t } = useTranslation();
  const stock = pattern.stockSize.map(mm).join('×');
  return (
    <Card
      size="small"
      className="cut-pattern"
      data-pattern={pattern.no}
      title={
        <Space wrap>
          <span>{t('cutPatterns.patternNo', { no: pattern.no })}</span>
          <Tag color="gold" className="cut-pattern-count">
            ×{pattern.count}
          </Tag>
          <span>{pattern.material}</span>
          {pattern.thickness !== null && (
            <Typography.Text type="secondary">
              {t('cutPatterns.thickness', { value: mm(pattern.thickness) })}
            </Typography.Text>
          )}
          {pattern.ripWidth !== null && (
            <Typography.Text type="secondary">
              {t('cutPatterns.ripWidth', { value: mm(pattern.ripWidth) })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            {t(pattern.kind === 'linear' ? 'cutPatterns.bar' : 'cutPatterns.sheet', { size: stock })}
          </Typography.Text>
          {pattern.fromRemnant !== null && (
            // which remnant item to take from the rack: never mistaken for a new bar or sheet of the same size
            <Tag color="green" className="cut-pattern-remnant">
              {t('cutPatterns.fromRemnant', { item: pattern.fromRemnant })}
            </Tag>
          )}
        </Space>
      }
    >
      <PatternDrawing runId={runId} pattern={pattern} />
      <PiecesTable pattern={pattern} />
      <Leftovers pattern={pattern} />
      {pattern.cuts.length > 0 && (
        <Typography.Paragraph className="cut-pattern-sequence" type="secondary">
          {t('cutPatterns.sequence')}
          {labelColon(currentLanguage())}
          {pattern.cuts
            .map(
              (c) =>
                `${c.no}${c.trim ? ` ${t('cutPatterns.trimCut')}` : ''} ${Math.abs(c.y1 - c.y2) < 1e-6 ? `y=${mm(c.y1)}` : `x=${mm(c.x1)}`}`,
            )
            .join(' · ')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** The server's drawing of the pattern (numbered cuts, trims, grain, mitre marks), shown as an image. */
function PatternDrawing({ runId, pattern }: { runId: string; pattern: CutPattern }) {
  const { t } = useTranslation();
  // a data: URL of the server's SVG text: an <img> never runs what it shows, and nothing needs revoking
  const svg = useQuery({
    queryKey: ['split-run', runId, 'cut-pattern-svg', pattern.no],
    queryFn: async ({ signal }) => {
      const answer = await api.GET('/api/v1/split-runs/{id}/cut-patterns/{no}.svg', {
        params: { path: { id: runId, no: pattern.no } },
        parseAs: 'text',
        signal,
      });
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(unwrap(answer))}`;
    },
    staleTime: Infinity,
  });
  const url = svg.data;
  if (svg.error) return <ProblemAlert error={svg.error} />;
  if (!url) return <Spin size="small" />;
  return (
    <img
      src={url}
      className={pattern.kind === 'linear' ? 'cut-pattern-drawing bar' : 'cut-pattern-drawing sheet'}
      alt={t('cutPatterns.drawingAlt', { no: pattern.no })}
    />
  );
}

function PiecesTable({ pattern }: { pattern: CutPattern }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const endCuts = (piece: PatternPiece) =>
    piece.endCuts ? `${t(END_CUT_LABEL[piece.endCuts.start])} / ${t(END_CUT_LABEL[piece.endCuts.end])}` : '';
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].join(' / ');
  return (
    <Table<PatternPiece>
      size="small"
      pagination={false}
      rowKey="seq"
      className="cut-pattern-pieces"
      dataSource={pattern.pieces}
      columns={[
        { key: 'seq', title: t('cutPatterns.col.seq'), dataIndex: 'seq', width: 56 },
        { key: 'part', title: t('cutPatterns.col.part'), dataIndex: 'component' },
        {
          key: 'size',
          title: t('cutPatterns.col.size'),
          render: (_, p) => (pattern.kind === 'linear' ? mm(p.length) : `${mm(p.width ?? 0)}×${mm(p.length)}`),
        },
        { key: 'ends', title: t('cutPatterns.col.endCuts'), render: (_, p) => endCuts(p) },
        {
          key: 'doors',
          title: t('cutPatterns.col.doors'),
          render: (_, p) => (
            <Space size={[4, 4]} wrap>
              {p.uses.map((u) => (
                <Tag key={u.ref}>
                  {u.door} ×{u.quantity.toLocaleString(language)}
                </Tag>
              ))}
            </Space>
          ),
        },
        { key: 'room', title: t('cutPatterns.col.room'), render: (_, p) => distinct(p.uses.map((u) => u.room)) },
        { key: 'finish', title: t('cutPatterns.col.finish'), render: (_, p) => distinct(p.uses.map((u) => u.finish)) },
        {
          key: 'handing',
          title: t('cutPatterns.col.handing'),
          render: (_, p) => distinct(p.uses.map((u) => (u.handing ? t(HANDING_LABEL[u.handing]) : null))),
        },
      ]}
    />
  );
}

function Leftovers({ pattern }: { pattern: CutPattern }) {
  const { t } = useTranslation();
  const text =
    pattern.kind === 'linear'
      ? t('cutPatterns.barLeft', { remnant: mm(pattern.remnant), waste: mm(pattern.waste) })
      : t('cutPatterns.sheetLeft', {
          remnants: pattern.remnants.map((r) => `${mm(r.width)}×${mm(r.height)}`).join(', ') || '–',
          waste: mm(pattern.waste / 1e6),
        });
  return <Typography.Paragraph className="cut-pattern-left">{text}</Typography.Paragraph>;
}
