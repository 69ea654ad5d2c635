import type { CustomSeriesRenderItem } from 'echarts';
import { format, graphic } from 'echarts/core';
import type { ChartOption } from './chart';
import { bucketLabel, STATE_COLOUR, type ParetoBar, type State, type TimelineBar } from './charts';
import type { Bucket } from './period';

/** The words the charts print, already in the screen's language. */
export type ChartWords = {
  oee: string;
  availability: string;
  performance: string;
  quality: string;
  minutes: string;
  cumulative: string;
  stops: string;
  colon: string;
  state: Record<State, string>;
  duration: (seconds: number) => string;
  time: (at: number) => string;
  /** the factory's time zone: trend buckets are labelled on its clocks */
  timeZone?: string;
};

const asPercent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
type TrendPoint = {
  from: string;
  to: string;
  oee: number | null;
  availability: number | null;
  performance: number | null;
  quality: number | null;
};

/** OEE and its three factors per bucket, as percentages; a bucket without planned time leaves a gap. */
export function trendOption(points: readonly TrendPoint[], bucket: Bucket, words: ChartWords): ChartOption {
  const line = (name: string, values: (number | null)[], width: number): LineSeriesLike => ({
    type: 'line',
    name,
    data: values,
    connectNulls: false,
    showSymbol: points.length <= 31,
    lineStyle: { width },
  });
  return {
    // still: the charts redraw every minute, and a dashboard on a wall should not replay its animations each time
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : '—') },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => bucketLabel(p, bucket, words.timeZone)) },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
    series: [
      line(
        words.oee,
        points.map((p) => asPercent(p.oee)),
        3,
      ),
      line(
        words.availability,
        points.map((p) => asPercent(p.availability)),
        1.5,
      ),
      line(
        words.performance,
        points.map((p) => asPercent(p.performance)),
        1.5,
      ),
      line(
        words.quality,
        points.map((p) => asPercent(p.quality)),
        1.5,
      ),
    ],
  };
}
type LineSeriesLike = {
  type: 'line';
  name: string;
  data: (number | null)[];
  connectNulls: boolean;
  showSymbol: boolean;
  lineStyle: { width: number };
};

/** Lost minutes per reason (bars, left axis) and their cumulative share (line, right axis). */
export function paretoOption(bars: readonly ParetoBar[], words: ChartWords): ChartOption {
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
        const bar = bars[first.dataIndex];
        return [
          `<b>${format.encodeHTML(bar.label)}</b>`,
          `${words.duration(bar.seconds)} · ${bar.stops} ${words.stops}`,
          `${words.cumulative} ${asPercent(bar.cumulative)}%`,
        ].join('<br/>');
      },
    },
    grid: { left: 56, right: 48, top: 24, bottom: 72 },
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.label),
      axisLabel: { interval: 0, rotate: bars.length > 5 ? 30 : 0, width: 90, overflow: 'truncate' },
    },
    yAxis: [
      { type: 'value', name: words.minutes, min: 0 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: words.minutes,
        data: bars.map((b) => Math.round(b.seconds / 6) / 10),
        itemStyle: { color: STATE_COLOUR.down },
      },
      {
        type: 'line',
        name: words.cumulative,
        yAxisIndex: 1,
        data: bars.map((b) => asPercent(b.cumulative)),
        itemStyle: { color: '#262626' },
      },
    ],
  };
}

type TimelineDatum = { value: [number, number, number]; state: State; reason: string; itemStyle: { color: string } };

const renderBar: CustomSeriesRenderItem = (params, api) => {
  const row = api.value(0);
  const start = api.coord([api.value(1), row]);
  const end = api.coord([api.value(2), row]);
  const height = (api.size?.([0, 1]) as number[])[1] * 0.6;
  const system = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
  const shape = graphic.clipRectByRect(
    { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 0.5), height },
    { x: system.x, y: system.y, width: system.width, height: system.height },
  );
  return shape ? { type: 'rect', transition: ['shape'], shape, style: { fill: api.visual('color') as string } } : null;
};

/** One row per machine, one bar per state interval coloured by its state; the tooltip says the reason. */
export function timelineOption(
  machines: readonly string[],
  bars: readonly TimelineBar[],
  range: { from: Date; to: Date },
  words: ChartWords,
): ChartOption {
  const data: TimelineDatum[] = bars.map(([row, from, to, state, reason]) => ({
    value: [row, from, to],
    state,
    reason,
    itemStyle: { color: STATE_COLOUR[state] },
  }));
  return {
    animation: false,
    tooltip: {
      formatter: (params) => {
        const item = (Array.isArray(params) ? params[0] : params) as unknown as { data: TimelineDatum };
        const [row, from, to] = item.data.value;
        const what = item.data.reason
          ? `${words.state[item.data.state]}${words.colon}${item.data.reason}`
          : words.state[item.data.state];
        return [
          `<b>${format.encodeHTML(machines[row])}</b>`,
          format.encodeHTML(what),
          `${words.time(from)} – ${words.time(to)} (${words.duration((to - from) / 1000)})`,
        ].join('<br/>');
      },
    },
    grid: { left: 120, right: 16, top: 8, bottom: 28 },
    xAxis: {
      type: 'time',
      min: range.from.getTime(),
      max: range.to.getTime(),
      axisLabel: { hideOverlap: true, formatter: (value: number) => words.time(value) },
    },
    yAxis: {
      type: 'category',
      data: [...machines],
      inverse: true,
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [{ type: 'custom', renderItem: renderBar, encode: { x: [1, 2], y: 0 }, data }],
  };
}
