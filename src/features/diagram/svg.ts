import { optimize, type CustomPlugin } from 'svgo';

/**
 * The diagram's colours and lines, added to Mermaid's own styles when it draws (so the text is measured as shown).
 * Every colour is a CSS variable with a light fallback: the page sets them for its light and dark themes.
 */
export const DIAGRAM_CSS = `
text,.label text{fill:var(--sk-diagram-text,#1f2328)!important}
.cluster rect.swimlane-body{fill:var(--sk-diagram-lane,#f6f7f9)!important;stroke:var(--sk-diagram-lane-border,#b8bdc6)!important}
.cluster rect.swimlane-title{fill:var(--sk-diagram-lane-title,#e3e7ee)!important;stroke:var(--sk-diagram-lane-border,#b8bdc6)!important}
.swimlane-label text{font-weight:600}
.node .label-container,.node .label-container path{fill:var(--sk-diagram-box,#fff);stroke:var(--sk-diagram-box-border,#3b4350);stroke-width:1.5px}
.node.clickable .label-container{stroke:var(--sk-diagram-link,#1d4ed8)}
.node.sk-ask .label-container,.node.sk-involved .label-container{stroke-dasharray:5 3}
.node.clickable:hover .label-container{fill:var(--sk-diagram-box-hover,#eef3ff)}
a:focus-visible{outline:none}
a:focus-visible .label-container{stroke:var(--sk-diagram-focus,#1d4ed8);stroke-width:4px}
.flowchart-link{stroke:var(--sk-diagram-edge,#3b4350);stroke-width:1.5px}
.marker,.marker path,.arrowMarkerPath{fill:var(--sk-diagram-edge,#3b4350)!important;stroke:var(--sk-diagram-edge,#3b4350)!important}
.edgeLabel rect,.edgeLabel .background,.labelBkg{fill:var(--sk-diagram-lane,#f6f7f9)!important;opacity:1!important}
`;

/** Where the diagram's font file is served from, and its family name (a CSS identifier: it needs no quotes). */
export interface DiagramFontFace {
	family: string;
	url: string;
}

/**
 * Makes Mermaid's SVG small and self-contained: declares the xlink namespace Mermaid 12 omits, turns `xlink:href`
 * into `href`, rounds numbers, turns inline styles into attributes, drops data attributes, declares the web font,
 * and sizes the SVG to its natural size. Titles, descriptions, roles, ids and links are kept.
 */
export function optimizeSvg(svg: string, font: DiagramFontFace): string {
	const withNamespace = declareXlink(svg);
	const { data } = optimize(withNamespace, {
		multipass: false,
		floatPrecision: 1,
		// A few of svgo's plugins, not its default preset: most of the preset's work computes every element's style
		// against Mermaid's style sheet, which is slow and gains little on this SVG.
		plugins: [
			'removeComments',
			'cleanupAttrs',
			'minifyStyles',
			'cleanupNumericValues',
			'cleanupListOfValues',
			'convertPathData',
			'convertTransform',
			'removeEmptyAttrs',
			'removeEmptyContainers',
			'removeXlink',
			'convertStyleToAttrs',
			{ name: 'removeAttrs', params: { attrs: ['style', 'data-.*'] } },
			naturalSize,
			fontFace(font),
		],
	});
	return data;
}

/** The SVG's own size in its root, and its text set in the diagram's font: what the row of lane titles needs. */
const DIAGRAM_TEXT = { 'font-size': '14', 'font-weight': '600' } as const;

/**
 * Makes the copy of a diagram's lane titles small, sized like the diagram, in the diagram's font, and hidden from
 * assistive technology (the diagram itself has the same titles). Styled by the site's CSS (`.sk-flow-lanes`).
 */
export function optimizeLaneTitles(svg: string, family: string): string {
	if (svg === '') return '';
	const { data } = optimize(svg, {
		multipass: false,
		floatPrecision: 1,
		plugins: [
			'cleanupAttrs',
			'cleanupNumericValues',
			'convertTransform',
			'removeEmptyAttrs',
			'removeEmptyContainers',
			{ name: 'removeAttrs', params: { attrs: ['style', 'data-.*', 'fill', 'stroke', 'class'] } },
			naturalSize,
			{
				name: 'addAttributesToSVGElement',
				params: {
					attributes: [{ 'aria-hidden': 'true' }, { focusable: 'false' }, { 'font-family': `${family}, sans-serif` }, ...Object.entries(DIAGRAM_TEXT).map(([k, v]) => ({ [k]: v }))],
				},
			},
		],
	});
	return data;
}

/** Adds `xmlns:xlink` to the root element when the SVG uses the prefix without declaring it. */
export function declareXlink(svg: string): string {
	if (!svg.includes('xlink:') || svg.includes('xmlns:xlink')) return svg;
	return svg.replace(/^<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
}

/** Gives the root its natural size in pixels (from the viewBox), instead of Mermaid's `width="100%"` and max-width. */
const naturalSize: CustomPlugin = {
	name: 'naturalSize',
	fn: () => ({
		element: {
			enter(node, parent) {
				if (node.name !== 'svg' || parent.type !== 'root') return;
				const [, , width, height] = (node.attributes.viewBox ?? '').split(/[\s,]+/).map(Number);
				if (!width || !height) throw new Error('The diagram SVG has no viewBox');
				node.attributes.width = String(Math.ceil(width));
				node.attributes.height = String(Math.ceil(height));
			},
		},
	}),
};

/** Declares the diagram's web font at the start of the SVG's style sheet. */
function fontFace({ family, url }: DiagramFontFace): CustomPlugin {
	return {
		name: 'fontFace',
		fn: () => ({
			element: {
				enter(node) {
					if (node.name !== 'style') return;
					const first = node.children[0];
					const css = first && (first.type === 'text' || first.type === 'cdata') ? first.value : '';
					node.children = [{ type: 'text', value: `@font-face{font-family:${family};src:url(${url});font-display:block}${css}` }];
				},
			},
		}),
	};
}
