// The page's side of drawing a diagram at build time, run in headless Chromium by `render-mermaid.ts` (bundled to
// one script there, never shipped to readers): loads the diagram's font, has Mermaid draw the text, then finishes the
// SVG with what only a browser can measure.

/** What `render-mermaid.ts` passes for one diagram. */
export interface RenderArgs {
	id: string;
	text: string;
	family: string;
	/** The font as base64 WOFF2. */
	font: string;
	config: Record<string, unknown> & { themeVariables: Record<string, unknown> };
}

/** The part of Mermaid this script uses (Mermaid is loaded into the page before it). */
interface MermaidApi {
	initialize(config: object): void;
	render(id: string, text: string, container: Element): Promise<{ svg: string }>;
}

/** The page's window: Mermaid, loaded before this script, and the function `render-mermaid.ts` calls. */
export interface RenderWindow {
	mermaid: MermaidApi;
	skRender(args: RenderArgs): Promise<{ svg: string } | { error: string }>;
}

const page = window as unknown as RenderWindow;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Keeps the style rules some element matches (in any state). */
function keepUsedStyles(svg: SVGSVGElement): void {
	const style = svg.querySelector('style');
	if (!style?.sheet) return;
	const used = [...style.sheet.cssRules].filter((rule) => {
		if (!(rule instanceof CSSStyleRule)) return false;
		const plain = rule.selectorText.replace(/:(hover|focus-visible|focus|active)\b/g, '');
		try {
			return svg.querySelector(plain) !== null || svg.matches(plain);
		} catch {
			return true;
		}
	});
	style.textContent = used.map((rule) => rule.cssText).join('');
}

/** Drops the data attributes only Mermaid's scripts read, and empty style attributes. */
function dropScriptAttributes(svg: SVGSVGElement): void {
	for (const element of svg.querySelectorAll('*')) {
		for (const name of element.getAttributeNames()) {
			if (name.startsWith('data-') || (name === 'style' && element.getAttribute(name)!.replace(/[;\s]/g, '') === '')) element.removeAttribute(name);
		}
	}
}

/** Replaces a shape with an SVG element of the given name and attributes, in the same class. */
function replaceShape(shape: Element, name: string, attributes: Record<string, string | number>): void {
	const element = document.createElementNS(SVG_NS, name);
	element.setAttribute('class', 'basic label-container');
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	shape.replaceWith(element);
}

/**
 * The SOP's symbols, drawn in the box Mermaid laid out: a capsule for start and end (Mermaid's own is a long
 * hand-drawn path), a pentagon pointing down for an off-page connector.
 */
function drawSopSymbols(svg: SVGSVGElement): void {
	for (const shape of svg.querySelectorAll<SVGGraphicsElement>('.node.sk-terminal > .label-container')) {
		const { x, y, width, height } = shape.getBBox();
		replaceShape(shape, 'rect', { x, y, width, height, rx: height / 2 });
	}
	for (const shape of svg.querySelectorAll<SVGGraphicsElement>('.node.sk-connector > .label-container')) {
		const { x, y, width, height } = shape.getBBox();
		const shoulder = y + height * 0.78;
		const points = [
			[x, y],
			[x + width, y],
			[x + width, shoulder],
			[x + width / 2, y + height],
			[x, shoulder],
		];
		replaceShape(shape, 'polygon', { points: points.map((point) => point.join(',')).join(' ') });
	}
}

/** Lane titles get room above and below their text; edge labels an opaque background the size of their text. */
function fitLabels(svg: SVGSVGElement): void {
	for (const title of svg.querySelectorAll('rect.swimlane-title')) {
		title.setAttribute('y', String(Number(title.getAttribute('y')) - 4));
		title.setAttribute('height', String(Number(title.getAttribute('height')) + 8));
	}
	for (const label of svg.querySelectorAll('.edgeLabel')) {
		const text = label.querySelector<SVGTextElement>('text');
		const background = label.querySelector('rect.background');
		if (!text || !background) continue;
		const box = text.getBBox();
		background.setAttribute('x', String(box.x - 3));
		background.setAttribute('y', String(box.y - 1));
		background.setAttribute('width', String(box.width + 6));
		background.setAttribute('height', String(box.height + 2));
	}
}

/** Mermaid defines every arrow head and effect it might use: keeps those an element refers to. */
function dropUnusedDefinitions(svg: SVGSVGElement): void {
	const referenced = new Set(
		[...svg.querySelectorAll('*')].flatMap((element) =>
			element.getAttributeNames().flatMap((name) => [...element.getAttribute(name)!.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1])),
		),
	);
	for (const definition of svg.querySelectorAll('marker, filter, linearGradient')) {
		if (!referenced.has(definition.id)) definition.remove();
	}
}

/**
 * Words come one tspan each; a row with its words as plain text draws the same. Rows read one after the other would
 * run their words together (a link is named by its text): each row but the last ends with a space of no width.
 */
function joinTextRows(svg: SVGSVGElement): void {
	for (const row of svg.querySelectorAll('tspan.row')) row.textContent = row.textContent;
	for (const text of svg.querySelectorAll('text')) {
		const rows = [...text.querySelectorAll('tspan.row')];
		for (const row of rows.slice(0, -1)) {
			const space = document.createElementNS(SVG_NS, 'tspan');
			space.setAttribute('font-size', '0');
			space.textContent = ' ';
			row.append(space);
		}
	}
}

/** Finishes Mermaid's SVG for a static page. */
function finish(svg: SVGSVGElement): void {
	// Mermaid's internal diagram type ("flowchart-v2") is no name for readers.
	svg.removeAttribute('aria-roledescription');
	keepUsedStyles(svg);
	dropScriptAttributes(svg);
	drawSopSymbols(svg);
	fitLabels(svg);
	dropUnusedDefinitions(svg);
	joinTextRows(svg);
}

page.skRender = async ({ id, text, family, font, config }) => {
	const bytes = Uint8Array.from(atob(font), (c) => c.charCodeAt(0));
	const face = new FontFace(family, bytes);
	document.fonts.add(await face.load());
	const target = document.getElementById('sk-render')!;
	try {
		const fontFamily = `${family}, sans-serif`;
		page.mermaid.initialize({ ...config, fontFamily, themeVariables: { ...config.themeVariables, fontFamily } });
		const { svg } = await page.mermaid.render(id, text, target);
		target.innerHTML = svg;
		const element = target.querySelector('svg')!;
		finish(element);
		return { svg: element.outerHTML };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		document.fonts.delete(face);
		target.replaceChildren();
	}
};
