import * as vega from 'vega';
import { compile, TopLevelSpec } from 'vega-lite';

/** The service's text colour, its blue, and a palette of GOV.UK colours far enough apart to tell groups by. */
const TEXT = '#0b0c0c';
const PALETTE = ['#1d70b8', '#f47738', '#00703c', '#912b88', '#d4351c', '#28a197', '#6f72af', '#b58840', '#505a5f'];
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/**
 * Vega-Lite's look for every chart: the page's fonts and colours, no border, and no ARIA of Vega's own (the whole
 * SVG is one image named by the chart's title and summary; the table beneath is its accessible form).
 */
const CONFIG = {
  aria: false,
  background: 'white',
  font: FONT,
  view: { stroke: null },
  axis: { labelColor: TEXT, titleColor: TEXT, labelFontSize: 14, titleFontSize: 14, labelLimit: 220 },
  legend: { labelColor: TEXT, titleColor: TEXT, labelFontSize: 14, titleFontSize: 14, labelLimit: 260 },
  range: { category: PALETTE },
};

/** A chart as the page shows it: ids for its title and summary, which name the SVG for screen readers. */
export interface Chart {
  id: string;
  title: string;
  summary: string;
  svg: string;
}

/**
 * Draws a Vega-Lite chart to SVG on the server (renderer "none": no canvas, no browser), then makes it fit any
 * screen (width 100% of its column, height from the viewBox) and names it: role="img", labelled by the chart's
 * title and summary, which the page prints beside it.
 */
export async function drawChart(id: string, title: string, summary: string, spec: TopLevelSpec): Promise<Chart> {
  const key = `${id} ${JSON.stringify(spec)}`;
  let svg = drawn.get(key);
  if (svg) {
    drawn.delete(key); // most recently used last
  } else {
    svg = accessibleSvg(await drawSvg(spec), id);
    if (drawn.size >= DRAWN_KEPT) drawn.delete(drawn.keys().next().value!);
  }
  drawn.set(key, svg);
  return { id, title, summary, svg };
}

/**
 * Drawn charts by their spec, least recently used first. A report never changes once stored (a recompute makes a
 * new one), so the same figures always give the same drawing, and Vega's tens of milliseconds a chart are spent once
 * per report, dimension and view rather than on every page.
 */
const drawn = new Map<string, string>();
const DRAWN_KEPT = 200;

async function drawSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile({ ...spec, config: CONFIG } as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rewrites the root <svg> element's size and adds its name; the drawing inside is left as Vega made it. */
export function accessibleSvg(svg: string, id: string): string {
  // Vega marks its groups and marks for assistive technology even with `aria: false` for some of them; inside one
  // named image they would only be noise (and axe reads a role="graphics-symbol" without a name as an error).
  const plain = svg.replace(/\s(role|aria-[a-z]+)="[^"]*"/g, '');
  return plain.replace(/^<svg([^>]*)>/, (_root, attributes: string) => {
    const kept = attributes.replace(/\s(width|height|class)="[^"]*"/g, '');
    return (
      `<svg${kept} width="100%" class="mcr-chart__svg" role="img" focusable="false"` +
      ` aria-labelledby="${id}-title ${id}-summary">`
    );
  });
}

/** One bar of a funnel: its step, the count (null when hidden) and the words printed at its end. */
export interface FunnelBar {
  stage: string;
  value: number | null;
  text: string;
}

/** The funnel: one horizontal bar per step, in order, with the count (or "hidden") printed beside each. */
export function funnelSpec(bars: FunnelBar[], axisTitle: string): TopLevelSpec {
  const values = bars.map((bar) => ({ ...bar, textX: bar.value ?? 0 }));
  return {
    // Narrow, so the text is still readable when a phone shrinks the drawing to its width.
    width: 280,
    height: { step: 32 },
    data: { values },
    encoding: { y: { field: 'stage', type: 'nominal', sort: null, title: null } },
    layer: [
      {
        mark: { type: 'bar', color: PALETTE[0] },
        encoding: { x: { field: 'value', type: 'quantitative', title: axisTitle, axis: { tickCount: 4 } } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 4, color: TEXT, fontSize: 14 },
        encoding: { x: { field: 'textX', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  } as TopLevelSpec;
}

/** One group at one step: its share of known answers, and Manchester's share from the Census (null when none). */
export interface ShareBar {
  stage: string;
  category: string;
  share: number;
  benchmark: number | null;
}

/**
 * Representation: for each step a bar per group (its share of the people at that step who gave an answer), with a
 * black mark at the group's share of Manchester's residents in the 2021 Census where there is one.
 */
export function representationSpec(bars: ShareBar[], shareTitle: string, groupTitle: string): TopLevelSpec {
  const categories = [...new Set(bars.map((bar) => bar.category))];
  const layers: unknown[] = [
    {
      mark: 'bar',
      encoding: {
        x: { field: 'share', type: 'quantitative', title: shareTitle, axis: { format: '.0%', tickCount: 5 } },
        color: {
          field: 'category',
          type: 'nominal',
          sort: categories,
          title: groupTitle,
          legend: { orient: 'bottom', direction: 'vertical', labelLimit: 320 },
        },
      },
    },
  ];
  if (bars.some((bar) => bar.benchmark !== null)) {
    layers.push({
      mark: { type: 'tick', orient: 'vertical', color: TEXT, thickness: 3 },
      encoding: { x: { field: 'benchmark', type: 'quantitative' } },
    });
  }
  return {
    width: 300,
    height: { step: Math.max(12, Math.min(24, 120 / categories.length)), for: 'offset' },
    data: { values: bars },
    encoding: {
      y: { field: 'stage', type: 'nominal', sort: null, title: null },
      yOffset: { field: 'category', type: 'nominal', sort: categories },
    },
    layer: layers,
  } as TopLevelSpec;
}
