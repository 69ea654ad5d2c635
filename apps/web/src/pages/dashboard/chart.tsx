import { BarChart, CustomChart, LineChart } from 'echarts/charts';
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// only what the dashboard draws, so its chunk stays small (the whole of ECharts is ~1 MB); SVG keeps the labels
// text in the page (crisp when printed, readable by the browser tests and by screen readers)
echarts.use([BarChart, LineChart, CustomChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
>;

/** One chart; a new option replaces the old one whole (a language switch renames every label). */
export function Chart({ option, height, testId }: { option: ChartOption; height: number; testId: string }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height, width: '100%' }}
      data-testid={testId}
      className="dashboard-chart"
    />
  );
}
