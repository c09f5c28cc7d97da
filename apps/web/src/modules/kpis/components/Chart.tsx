import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/**
 * A bar chart (Apache ECharts, SVG renderer, tree-shaken to bars): the picture for the eye; the table beside it is the
 * accessible version, so the chart is one labelled image to assistive technology. Suppressed values are left out.
 */
export function BarChartView(props: {
  label: string;
  categories: string[];
  values: Array<number | null>;
  targets?: Array<number | null>;
  height?: number;
  horizontal?: boolean;
}) {
  const { label, categories, values, targets, height = 240, horizontal } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const category = {
      type: 'category' as const,
      data: categories,
      axisLabel: {
        color: '#495057',
        width: horizontal ? 120 : 80,
        overflow: 'truncate' as const,
        interval: 0,
        rotate: horizontal ? 0 : categories.length > 6 ? 30 : 0,
      },
    };
    const value = { type: 'value' as const, axisLabel: { color: '#495057' } };
    chart.setOption({
      animation: false,
      grid: { left: horizontal ? 130 : 40, right: 16, top: 16, bottom: horizontal ? 24 : 60, containLabel: false },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: [
        { type: 'bar', name: label, data: values.map((v) => (v === null ? '-' : v)), itemStyle: { color: '#1c7ed6' }, barMaxWidth: 36 },
        ...(targets
          ? [
              {
                type: 'bar' as const,
                name: '목표',
                data: targets.map((v) => (v === null ? '-' : v)),
                itemStyle: { color: '#adb5bd' },
                barMaxWidth: 36,
              },
            ]
          : []),
      ],
    });
    el.querySelector('svg')?.setAttribute('aria-hidden', 'true');
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      chart.dispose();
    };
  }, [label, categories, values, targets, horizontal]);
  return <div ref={ref} role="img" aria-label={label} className="lal-chart" style={{ width: '100%', height }} />;
}
