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

/** A drawn diagram: its SVG, and a copy of its row of lane titles as an SVG of the same width. */
export interface DrawnDiagram {
	svg: string;
	laneTitles: string;
}

/** The page's window: Mermaid, loaded before this script, and the function `render-mermaid.ts` calls. */
export interface RenderWindow {
	mermaid: MermaidApi;
	skRender(args: RenderArgs): Promise<DrawnDiagram | { error: string }>;
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
 * The SOP's symbols, drawn in the box Mermaid laid out: a capsule for start and end, and for the end of a "no" branch
 * (Mermaid's own is a long hand-drawn path), a pentagon pointing down for an off-page connector.
 */
function drawSopSymbols(svg: SVGSVGElement): void {
	for (const shape of svg.querySelectorAll<SVGGraphicsElement>('.node.sk-terminal > .label-container, .node.sk-ask > .label-container')) {
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

/** Edge labels get an opaque background the size of their text. */
function fitLabelBackgrounds(svg: SVGSVGElement): void {
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

/** Room between a lane title's text and its box. */
const TITLE_PADDING = 6;

/** A lane of Mermaid's swimlane layout: its body, its title box and the group of its title text. */
interface Lane {
	body: SVGRectElement;
	title: SVGRectElement;
	label: SVGGElement;
	text: SVGTextElement;
	words: string[];
}

function lanesOf(svg: SVGSVGElement): Lane[] {
	return [...svg.querySelectorAll<SVGGElement>('g.swimlane')]
		.map((lane) => {
			const text = lane.querySelector<SVGTextElement>('.swimlane-label text')!;
			const rows = [...text.querySelectorAll('tspan.row')].map((row) => row.textContent ?? '');
			return {
				body: lane.querySelector<SVGRectElement>('rect.swimlane-body')!,
				title: lane.querySelector<SVGRectElement>('rect.swimlane-title')!,
				label: lane.querySelector<SVGGElement>('.swimlane-label')!,
				text,
				words: (rows.length > 0 ? rows.join(' ') : (text.textContent ?? '')).split(/\s+/).filter(Boolean),
			};
		})
		.sort((a, b) => a.title.x.baseVal.value - b.title.x.baseVal.value);
}

const number = (element: Element, name: string) => Number(element.getAttribute(name));

/** Words in rows no wider than `width`, as the text element measures them (a word wider than the row keeps a row of its own). */
function wrapWords(text: SVGTextElement, words: string[], width: number): string[] {
	const rows: string[] = [];
	const fits = (candidate: string) => {
		text.textContent = candidate;
		return text.getComputedTextLength() <= width;
	};
	for (const word of words) {
		const last = rows.at(-1);
		if (last !== undefined && fits(`${last} ${word}`)) rows[rows.length - 1] = `${last} ${word}`;
		else rows.push(word);
	}
	return rows;
}

/**
 * Mermaid's lanes overlap a little and wrap their titles to a width of their own, so that a title can run under the
 * next lane. Each lane ends where the next begins; each title is wrapped within its lane and centred; every title box
 * is as tall as the tallest, grown upwards so that nothing under it moves; the view box is the lanes.
 */
function fitLanes(svg: SVGSVGElement): void {
	const lanes = lanesOf(svg);
	if (lanes.length === 0) return;
	// Mermaid writes the lanes right to left: they are read left to right.
	for (const lane of lanes) lane.body.parentElement!.parentElement!.append(lane.body.parentElement!);
	const left = (lane: Lane) => number(lane.title, 'x');
	const right = (lane: Lane) => number(lane.title, 'x') + number(lane.title, 'width');
	const edges = [left(lanes[0]!), ...lanes.slice(1).map((lane, i) => (right(lanes[i]!) + left(lane)) / 2), right(lanes.at(-1)!)];
	const contentTop = Math.min(...lanes.map((lane) => number(lane.body, 'y')));
	const contentBottom = Math.max(...lanes.map((lane) => number(lane.body, 'y') + number(lane.body, 'height')));
	const lineHeight = 1.2;
	const rows = lanes.map((lane, i) => {
		const width = edges[i + 1]! - edges[i]!;
		for (const rect of [lane.body, lane.title]) {
			rect.setAttribute('x', String(edges[i]));
			rect.setAttribute('width', String(width));
		}
		return wrapWords(lane.text, lane.words, width - 2 * TITLE_PADDING);
	});
	const fontSize = parseFloat(getComputedStyle(lanes[0]!.text).fontSize);
	const tallest = Math.max(...rows.map((r) => r.length));
	const titleHeight = tallest * lineHeight * fontSize + 2 * TITLE_PADDING;
	const titleTop = contentTop - titleHeight;
	lanes.forEach((lane, i) => {
		lane.title.setAttribute('y', String(titleTop));
		lane.title.setAttribute('height', String(titleHeight));
		lane.body.setAttribute('y', String(contentTop));
		lane.body.setAttribute('height', String(contentBottom - contentTop));
		// The rows, centred in the title box, their block in the middle of it.
		const offset = ((tallest - rows[i]!.length) * lineHeight * fontSize) / 2;
		lane.label.setAttribute('transform', `translate(${(edges[i]! + edges[i + 1]!) / 2} ${titleTop + TITLE_PADDING + offset})`);
		lane.label.querySelector('rect.background')?.remove();
		lane.text.replaceChildren(
			...rows[i]!.map((words, row) => {
				const tspan = document.createElementNS(SVG_NS, 'tspan');
				tspan.setAttribute('class', 'row');
				tspan.setAttribute('x', '0');
				tspan.setAttribute('dy', row === 0 ? '1em' : `${lineHeight}em`);
				tspan.textContent = words;
				return tspan;
			}),
		);
		lane.text.setAttribute('y', '0');
		lane.text.setAttribute('text-anchor', 'middle');
	});
	// The picture is the lanes: Mermaid's margin around them goes.
	const [first, last] = [edges[0]!, edges.at(-1)!];
	svg.setAttribute('viewBox', `${first - 1} ${titleTop - 1} ${last - first + 2} ${contentBottom - titleTop + 2}`);
}

/** A box in the SVG's own coordinates. */
interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The box of an element in the coordinates of the SVG. */
function boxIn(svg: SVGSVGElement, element: SVGGraphicsElement): Box {
	const box = element.getBBox();
	const matrix = svg.getScreenCTM()!.inverse().multiply(element.getScreenCTM()!);
	const corners = [
		[box.x, box.y],
		[box.x + box.width, box.y + box.height],
	].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
	return { x: corners[0]!.x, y: corners[0]!.y, width: corners[1]!.x - corners[0]!.x, height: corners[1]!.y - corners[0]!.y };
}

const overlaps = (a: Box, b: Box, margin = 0) =>
	a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/** A straight, level or upright stretch of a path. */
interface Run {
	from: DOMPoint;
	to: DOMPoint;
	vertical: boolean;
}

/** The level and upright stretches of a path, longest first, from points along it a pixel apart. */
function straightRuns(path: SVGPathElement): Run[] {
	const length = path.getTotalLength();
	const points = [...Array.from({ length: Math.floor(length) + 1 }, (_, i) => path.getPointAtLength(i)), path.getPointAtLength(length)];
	const runs: Run[] = [];
	let start = 0;
	let direction: 'v' | 'h' | 'other' | undefined;
	const close = (end: number) => {
		if (direction === 'v' || direction === 'h') runs.push({ from: points[start]!, to: points[end]!, vertical: direction === 'v' });
	};
	for (let i = 1; i < points.length; i++) {
		const dx = Math.abs(points[i]!.x - points[i - 1]!.x);
		const dy = Math.abs(points[i]!.y - points[i - 1]!.y);
		if (dx < 0.01 && dy < 0.01) continue;
		const step = dx < 0.01 ? 'v' : dy < 0.01 ? 'h' : 'other';
		if (step !== direction) {
			close(i - 1);
			start = i - 1;
			direction = step;
		}
	}
	close(points.length - 1);
	const runLength = (run: Run) => Math.hypot(run.to.x - run.from.x, run.to.y - run.from.y);
	return runs.sort((a, b) => runLength(b) - runLength(a));
}

/**
 * Mermaid can set an edge's label away from its edge, against another edge's label, or on a box (the "no" branch of a
 * decision whose "yes" goes straight down, say). Such labels move onto their own edge, one after the other: on a
 * straight run of it (the longest first, nearest its middle), across the line or else beside it, wherever the label
 * covers no box and no other label and stays within the picture.
 */
function placeEdgeLabels(svg: SVGSVGElement): void {
	const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')].map((node) => boxIn(svg, node));
	const labels = [...svg.querySelectorAll<SVGGElement>('g.edgeLabel')].flatMap((label) => {
		const key = /(L_.+)$/.exec(label.id)?.[1];
		const path = key ? svg.querySelector<SVGPathElement>(`path.flowchart-link[id$="-${CSS.escape(key)}"]`) : null;
		const background = label.querySelector<SVGGraphicsElement>('rect.background');
		return path && background && label.textContent?.trim() ? [{ label, path, box: boxIn(svg, background) }] : [];
	});
	const touches = (box: Box, path: SVGPathElement) => {
		const length = path.getTotalLength();
		for (let at = 0; at <= length; at += 2) {
			const { x, y } = path.getPointAtLength(at);
			if (x >= box.x - 5 && x <= box.x + box.width + 5 && y >= box.y - 5 && y <= box.y + box.height + 5) return true;
		}
		return false;
	};
	const [left, top, width, height] = svg.getAttribute('viewBox')!.split(/[\s,]+/).map(Number) as [number, number, number, number];
	const inside = (box: Box) => box.x >= left && box.y >= top && box.x + box.width <= left + width && box.y + box.height <= top + height;
	const free = (box: Box, others: Box[]) =>
		inside(box) && !nodes.some((node) => overlaps(box, node, 2)) && !others.some((other) => overlaps(box, other, 2));
	const settled = labels.filter(({ box, path }, i) => touches(box, path) && free(box, labels.filter((_, j) => j !== i).map((other) => other.box)));
	const placed = settled.map(({ box }) => box);
	for (const { label, path, box } of labels.filter((label) => !settled.includes(label))) {
		const place = candidatePlaces(straightRuns(path), box).find((candidate) => free(candidate, placed)) ?? box;
		const [tx = 0, ty = 0] = (label.getAttribute('transform') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
		label.setAttribute('transform', `translate(${tx + place.x - box.x} ${ty + place.y - box.y})`);
		placed.push(place);
	}
}

/** Where a label of the size of `box` may sit on runs of its edge: across each run at points near its middle first, then beside it. */
function candidatePlaces(runs: Run[], box: Box): Box[] {
	const along = [0.5, 0.35, 0.65, 0.2, 0.8];
	return runs.flatMap((run) => {
		const at = along.map((t) => ({ x: run.from.x + (run.to.x - run.from.x) * t, y: run.from.y + (run.to.y - run.from.y) * t }));
		const across = at.map((p) => ({ ...box, x: p.x - box.width / 2, y: p.y - box.height / 2 }));
		const beside = at.flatMap((p) =>
			run.vertical
				? [{ ...box, x: p.x + 4, y: p.y - box.height / 2 }, { ...box, x: p.x - 4 - box.width, y: p.y - box.height / 2 }]
				: [{ ...box, x: p.x - box.width / 2, y: p.y - 4 - box.height }, { ...box, x: p.x - box.width / 2, y: p.y + 4 }],
		);
		return [...across, ...beside];
	});
}

/** The row of lane titles, copied into an SVG of the diagram's width: a page keeps it in view while the diagram scrolls. */
function copyLaneTitles(svg: SVGSVGElement): string {
	const titles = [...svg.querySelectorAll<SVGRectElement>('g.swimlane rect.swimlane-title')];
	if (titles.length === 0) return '';
	const [x, , width] = svg.getAttribute('viewBox')!.split(/[\s,]+/).map(Number) as [number, number, number];
	const top = Math.min(...titles.map((title) => number(title, 'y')));
	const bottom = Math.max(...titles.map((title) => number(title, 'y') + number(title, 'height')));
	const strip = document.createElementNS(SVG_NS, 'svg');
	strip.setAttribute('viewBox', `${x} ${top - 1} ${width} ${bottom - top + 2}`);
	for (const lane of svg.querySelectorAll('g.swimlane')) {
		for (const part of lane.querySelectorAll('rect.swimlane-title, .swimlane-label')) {
			const copy = part.cloneNode(true) as Element;
			for (const element of [copy, ...copy.querySelectorAll('*')]) element.removeAttribute('id');
			strip.append(copy);
		}
	}
	return strip.outerHTML;
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

/**
 * Mermaid cuts a word wider than the wrapping width across rows: throws when a row of a box or an arrow's label holds
 * a word the Mermaid text does not, naming the word, rather than drawing a cut word.
 */
function checkWholeWords(svg: SVGSVGElement, text: string): void {
	// The words of the text, with the quotes of a label and the syntax around it taken off.
	const lead = (token: string) => token.replace(/^[^"]*"/, '');
	const trail = (token: string) => token.replace(/"[^"]*$/, '');
	const words = new Set(text.split(/\s+/).flatMap((token) => [token, lead(token), trail(token), trail(lead(token))]));
	for (const row of svg.querySelectorAll('g.node tspan.row, g.edgeLabel tspan.row')) {
		const cut = (row.textContent ?? '').split(/\s+/).find((word) => word !== '' && !words.has(word));
		if (cut !== undefined) throw new Error(`Mermaid cut the word "${cut}" in "${row.closest('text')!.textContent}": raise the wrapping width (LAYOUTS in mermaid.ts)`);
	}
}

/**
 * Mermaid writes the boxes lane by lane, so that links would be read and tabbed through lane by lane (steps 1 to 9,
 * then 11...). The boxes are put in the order the arrows of the Mermaid text first reach them: the order of the flow.
 */
function orderNodesByFlow(svg: SVGSVGElement, text: string): void {
	const order = [...new Set([...text.matchAll(/^(\w+) (?:-->|~~~)(?:\|"[^"]*"\|)? (\w+)$/gm)].flatMap((match) => [match[1]!, match[2]!]))];
	const rank = (element: Element) => {
		const id = /-flowchart-(\w+)-\d+$/.exec((element.matches('g.node') ? element : element.querySelector('g.node'))?.id ?? '')?.[1];
		const at = id === undefined ? -1 : order.indexOf(id);
		return at < 0 ? order.length : at;
	};
	for (const group of svg.querySelectorAll('g.nodes')) {
		const boxes = [...group.children].filter((child) => child.matches('g.node') || child.querySelector(':scope > g.node'));
		const first = boxes[0];
		if (!first) continue;
		const marker = document.createComment('');
		first.before(marker);
		marker.after(...boxes.sort((a, b) => rank(a) - rank(b)));
		marker.remove();
	}
}

/** Finishes Mermaid's SVG for a static page, and copies its row of lane titles. */
function finish(svg: SVGSVGElement, text: string): string {
	// Mermaid's internal diagram type ("flowchart-v2") is no name for readers.
	svg.removeAttribute('aria-roledescription');
	keepUsedStyles(svg);
	dropScriptAttributes(svg);
	drawSopSymbols(svg);
	fitLanes(svg);
	fitLabelBackgrounds(svg);
	placeEdgeLabels(svg);
	orderNodesByFlow(svg, text);
	dropUnusedDefinitions(svg);
	joinTextRows(svg);
	return copyLaneTitles(svg);
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
		checkWholeWords(element, text);
		const laneTitles = finish(element, text);
		return { svg: element.outerHTML, laneTitles };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		document.fonts.delete(face);
		target.replaceChildren();
	}
};
