/**
 * Every nivo chart of the dashboard, in one module that only lazy pages import: nivo and d3 stay
 * out of the first load. Responsive charts inside the fixed-height boxes the panels give them.
 */
import { ResponsiveBar } from '@nivo/bar';
import { ResponsiveFunnel } from '@nivo/funnel';
import { ResponsiveHeatMap } from '@nivo/heatmap';
import { ResponsiveLine, type LineCustomSvgLayerProps } from '@nivo/line';
import { ResponsiveSankey } from '@nivo/sankey';
import { OKABE_ITO } from './palette';

const theme = {
  text: { fontSize: 12, fill: '#1f2933' },
  axis: { legend: { text: { fontSize: 12, fontWeight: 600 } } },
  tooltip: { container: { fontSize: 13 } },
};

export interface LineSeriesInput {
  id: string;
  colour: string;
  data: { x: string; y: number | null }[];
}

/** What every monthly line chart shares: months on x, values from 0 on y, both formatted, vertical month markers. */
function monthlyLineProps<Series extends LineSeriesInput>(props: {
  series: Series[];
  markers: { x: string; label: string }[];
  formatX: (x: string) => string;
  formatY: (y: number) => string;
}) {
  return {
    data: props.series,
    colors: props.series.map((series) => series.colour),
    margin: { top: 30, right: 24, bottom: 80, left: 60 },
    xScale: { type: 'point' as const },
    yScale: { type: 'linear' as const, min: 0, max: 'auto' as const },
    axisBottom: { format: (value: unknown) => props.formatX(String(value)), tickRotation: -45 },
    yFormat: (value: unknown) => props.formatY(Number(value)),
    xFormat: (value: unknown) => props.formatX(String(value)),
    enableSlices: 'x' as const,
    theme,
    animate: false,
    markers: props.markers.map((marker) => ({
      axis: 'x' as const,
      value: marker.x,
      legend: marker.label,
      legendOrientation: 'vertical' as const,
      lineStyle: { stroke: '#1f2933', strokeWidth: 1.5, strokeDasharray: '4 3' },
      textStyle: { fontSize: 11, fill: '#1f2933' },
    })),
  };
}

export function LineChart(props: {
  series: LineSeriesInput[];
  markers: { x: string; label: string }[];
  formatX: (x: string) => string;
  formatY: (y: number) => string;
  yLegend: string;
}) {
  return (
    <ResponsiveLine
      {...monthlyLineProps(props)}
      axisLeft={{ format: (value) => props.formatY(Number(value)), legend: props.yLegend, legendOffset: -50, legendPosition: 'middle' }}
      pointSize={7}
      useMesh
      legends={[{ anchor: 'top-left', direction: 'row', translateY: -28, itemWidth: 170, itemHeight: 20, symbolSize: 12 }]}
    />
  );
}

export interface TrajectorySeriesInput extends LineSeriesInput {
  /** SVG dash pattern: planned and forecast lines are dashed, the actual line solid. */
  dash?: string;
}

/**
 * Planned vs actual cumulative lines with the forecast, one indicator at a time. The actual line's
 * last point carries its value as a label (and `data-last-actual`, the raw number drawn there).
 */
export function TrajectoryChart(props: {
  series: TrajectorySeriesInput[];
  /** The series whose last point is labelled (the actual line). */
  labelledSeries: string;
  /** The month the forecast aims at (the programme's end), marked with a vertical line. */
  endMarker: { x: string; label: string } | null;
  formatX: (x: string) => string;
  formatY: (y: number) => string;
}) {
  type Layer = LineCustomSvgLayerProps<TrajectorySeriesInput>;
  const dashes = new Map(props.series.map((series) => [series.id, series.dash]));
  // nivo draws every line alike; this layer keeps its path generator (which skips null months) and adds the dashes.
  const lines = ({ series, lineGenerator }: Layer) => (
    <g>
      {series.map((line) => (
        <path
          key={line.id}
          d={lineGenerator(line.data.map((datum) => datum.position)) ?? undefined}
          fill="none"
          stroke={line.color}
          strokeWidth={2.5}
          strokeDasharray={dashes.get(line.id)}
          data-series={line.id}
        />
      ))}
    </g>
  );
  const lastLabel = ({ series }: Layer) => {
    const line = series.find((candidate) => candidate.id === props.labelledSeries);
    const last = line?.data.filter((datum) => datum.data.y !== null).at(-1);
    if (!line || !last) return null;
    return (
      <text x={last.position.x - 8} y={last.position.y - 10} textAnchor="end" fontSize={13} fontWeight={700} fill={line.color} data-last-actual={String(last.data.y)}>
        {props.formatY(last.data.y as number)}
      </text>
    );
  };
  return (
    <ResponsiveLine
      {...monthlyLineProps({ ...props, markers: props.endMarker ? [props.endMarker] : [] })}
      axisLeft={{ format: (value) => props.formatY(Number(value)) }}
      pointSize={5}
      layers={['grid', 'markers', 'axes', lines, 'points', lastLabel, 'crosshair', 'slices', 'legends']}
      legends={[{ anchor: 'top-left', direction: 'row', translateY: -28, itemWidth: 190, itemHeight: 20, symbolSize: 12 }]}
    />
  );
}

export function BarChart(props: {
  data: Record<string, string | number | null>[];
  keys: string[];
  indexBy: string;
  colours: string[];
  groupMode?: 'grouped' | 'stacked';
  layout?: 'horizontal' | 'vertical';
  formatValue: (value: number) => string;
  formatIndex?: (value: string) => string;
  keyLabel?: (key: string) => string;
  marginLeft?: number;
}) {
  const horizontal = props.layout === 'horizontal';
  return (
    <ResponsiveBar
      data={props.data as never}
      keys={props.keys}
      indexBy={props.indexBy}
      colors={props.colours}
      groupMode={props.groupMode ?? 'grouped'}
      layout={props.layout ?? 'vertical'}
      margin={{ top: 30, right: 24, bottom: horizontal ? 40 : 70, left: props.marginLeft ?? (horizontal ? 200 : 60) }}
      padding={0.25}
      valueFormat={(value) => props.formatValue(Number(value))}
      axisBottom={horizontal ? { format: (value) => props.formatValue(Number(value)) } : { format: props.formatIndex, tickRotation: -30 }}
      axisLeft={horizontal ? { format: props.formatIndex } : { format: (value) => props.formatValue(Number(value)) }}
      labelSkipWidth={24}
      labelSkipHeight={14}
      legendLabel={(datum) => (props.keyLabel ? props.keyLabel(String(datum.id)) : String(datum.id))}
      legends={
        props.keys.length > 1
          ? [{ dataFrom: 'keys', anchor: 'top-right', direction: 'row', translateY: -28, itemWidth: 110, itemHeight: 20, symbolSize: 12 }]
          : []
      }
      theme={theme}
      animate={false}
      role="img"
    />
  );
}

export function HeatMapChart(props: {
  rows: { id: string; data: { x: string; y: number | null }[] }[];
  formatValue: (value: number) => string;
  formatX: (x: string) => string;
  formatY?: (y: string) => string;
}) {
  return (
    <ResponsiveHeatMap
      data={props.rows}
      margin={{ top: 70, right: 24, bottom: 20, left: 210 }}
      valueFormat={(value) => props.formatValue(Number(value))}
      axisTop={{ format: (value) => props.formatX(String(value)), tickRotation: -45 }}
      axisLeft={{ format: (value) => (props.formatY ? props.formatY(String(value)) : String(value)) }}
      colors={{ type: 'sequential', scheme: 'viridis', minValue: 0, maxValue: 1 }}
      emptyColor="#eeeeee"
      borderColor="#ffffff"
      borderWidth={1}
      labelTextColor={{ from: 'color', modifiers: [['darker', 3]] }}
      enableLabels={false}
      theme={theme}
      animate={false}
    />
  );
}

export function SankeyChart(props: {
  nodes: { id: string; label: string; colour: string }[];
  links: { source: string; target: string; value: number }[];
  formatValue: (value: number) => string;
}) {
  const colours = new Map(props.nodes.map((node) => [node.id, node.colour]));
  return (
    <ResponsiveSankey
      data={{ nodes: props.nodes, links: props.links }}
      margin={{ top: 16, right: 180, bottom: 16, left: 170 }}
      colors={(node: { id: string }) => colours.get(node.id) ?? OKABE_ITO[7]}
      label={(node: { id: string }) => props.nodes.find((candidate) => candidate.id === node.id)?.label ?? node.id}
      valueFormat={(value) => props.formatValue(Number(value))}
      nodeOpacity={1}
      nodeThickness={16}
      nodeSpacing={20}
      linkOpacity={0.45}
      linkBlendMode="normal"
      enableLinkGradient
      labelPosition="outside"
      labelPadding={10}
      theme={theme}
      animate={false}
    />
  );
}

export function FunnelChart(props: { data: { id: string; label: string; value: number }[]; formatValue: (value: number) => string }) {
  // nivo's funnel draws values only: the stage names go in a row above, one per equal-width part.
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${props.data.length}, 1fr)`, margin: '0 20px', fontWeight: 600, fontSize: 13 }}>
        {props.data.map((part) => (
          <span key={part.id} style={{ textAlign: 'center' }}>
            {part.label}
          </span>
        ))}
      </div>
      <div style={{ flex: 1, minHeight: 0 }}>
        <ResponsiveFunnel
      data={props.data}
      margin={{ top: 20, right: 20, bottom: 20, left: 20 }}
      direction="horizontal"
      valueFormat={(value) => props.formatValue(Number(value))}
      colors={[...OKABE_ITO]}
      borderWidth={12}
      labelColor={{ from: 'color', modifiers: [['darker', 3]] }}
      beforeSeparatorLength={24}
      afterSeparatorLength={24}
      currentPartSizeExtension={6}
      theme={theme}
      animate={false}
        />
      </div>
    </div>
  );
}
