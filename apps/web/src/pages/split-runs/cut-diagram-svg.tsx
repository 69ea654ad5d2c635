import { useId, type Ref } from 'react';
import type { Box, Diagram, Label, LabelledBox } from './cut-diagram';

/** Colours as SVG attributes (not CSS), so a downloaded drawing looks like the one on the page. */
export const DIAGRAM_COLORS = {
  waste: '#d9d9d9',
  trim: '#9e9e9e',
  part: '#f6e7c8',
  partStroke: '#8a6a3b',
  remnant: '#e3f1df',
  remnantStroke: '#5b8c51',
  outline: '#262626',
  cut: '#cf1322',
  text: '#262626',
} as const;

const FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif';

export type CutDiagramSvgProps = {
  diagram: Diagram;
  /** over the drawing, left: material, bar or sheet number, stock size */
  caption: string;
  /** over the drawing, right: this bar's or sheet's yield */
  yieldText: string;
  /** hover titles of the shaded areas, in the screen's language */
  remnantTitle: string;
  ref?: Ref<SVGSVGElement>;
};

/**
 * One bar or sheet: stock shaded as waste, trims and kerfs darker, parts labelled, reusable offcuts hatched,
 * guillotine cuts as thin red lines; a header line with the caption and the yield, so a downloaded or printed
 * drawing says what it is.
 */
export function CutDiagramSvg({ diagram, caption, yieldText, remnantTitle, ref }: CutDiagramSvgProps) {
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const header = Math.round(diagram.captionPx * 1.8);
  const width = diagram.width + 2;
  const height = diagram.height + header + 2;
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      className="cut-diagram-svg"
      width={width}
      height={height}
      viewBox={`-1 ${-header - 1} ${width} ${height}`}
      fontFamily={FONT}
      role="img"
      aria-label={`${caption} · ${yieldText}`}
    >
      <title>{`${caption} · ${yieldText}`}</title>
      <defs>
        <pattern id={hatch} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={8} height={8} fill={DIAGRAM_COLORS.remnant} />
          <line x1={0} y1={0} x2={0} y2={8} stroke={DIAGRAM_COLORS.remnantStroke} strokeWidth={2} />
        </pattern>
      </defs>
      <text x={0} y={-diagram.captionPx * 0.6} fontSize={diagram.captionPx} fill={DIAGRAM_COLORS.text}>
        {caption}
      </text>
      <text
        x={diagram.width}
        y={-diagram.captionPx * 0.6}
        fontSize={diagram.captionPx}
        fontWeight={600}
        textAnchor="end"
        fill={DIAGRAM_COLORS.text}
      >
        {yieldText}
      </text>
      <Rect box={diagram.stock} fill={DIAGRAM_COLORS.waste} />
      {diagram.trims.map((box, i) => (
        <Rect key={`trim-${i}`} box={box} fill={DIAGRAM_COLORS.trim} />
      ))}
      {diagram.kerfs.map((box, i) => (
        <Rect key={`kerf-${i}`} box={box} fill={DIAGRAM_COLORS.trim} />
      ))}
      {diagram.remnants.map((box, i) => (
        <LabelledRect
          key={`remnant-${i}`}
          box={box}
          title={`${remnantTitle} ${box.title}`}
          fill={`url(#${hatch})`}
          stroke={DIAGRAM_COLORS.remnantStroke}
          className="cut-remnant"
        />
      ))}
      {diagram.parts.map((box, i) => (
        <LabelledRect
          key={`part-${i}`}
          box={box}
          title={box.title}
          fill={DIAGRAM_COLORS.part}
          stroke={DIAGRAM_COLORS.partStroke}
          className="cut-part"
        />
      ))}
      {diagram.cuts.map((cut, i) => (
        <line key={`cut-${i}`} {...cut} stroke={DIAGRAM_COLORS.cut} strokeWidth={1} strokeDasharray="4 2" />
      ))}
      <Rect box={diagram.stock} fill="none" stroke={DIAGRAM_COLORS.outline} />
    </svg>
  );
}

function Rect({ box, fill, stroke }: { box: Box; fill: string; stroke?: string }) {
  return (
    <rect
      x={box.x}
      y={box.y}
      width={box.width}
      height={box.height}
      fill={fill}
      stroke={stroke}
      strokeWidth={stroke ? 1 : undefined}
    />
  );
}

function LabelledRect(props: { box: LabelledBox; title: string; fill: string; stroke: string; className: string }) {
  const { box } = props;
  return (
    <g className={props.className}>
      <title>{props.title}</title>
      <Rect box={box} fill={props.fill} stroke={props.stroke} />
      {box.label && <LabelText box={box} label={box.label} />}
    </g>
  );
}

function LabelText({ box, label }: { box: Box; label: Label }) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const lineHeight = label.fontSize * 1.2;
  const first = -((label.lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={cx}
      y={cy}
      fontSize={label.fontSize}
      textAnchor="middle"
      dominantBaseline="central"
      fill={DIAGRAM_COLORS.text}
      transform={label.vertical ? `rotate(-90 ${cx} ${cy})` : undefined}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={cx} dy={i === 0 ? first : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
