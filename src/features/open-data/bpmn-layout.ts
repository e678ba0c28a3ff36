import type { ProcessFlow, ProcessGraph, ProcessNode } from './bpmn-process';

/** A rectangle in diagram coordinates (pixels, y downwards), as BPMN diagram interchange writes bounds. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A point of a flow's line. */
export interface Point {
	x: number;
	y: number;
}

/** Where every element of a process is drawn: the pool, its lanes, each node and its label, each flow and its label. */
export interface ProcessLayout {
	pool: Box;
	lanes: Record<string, Box>;
	shapes: Record<string, Box>;
	/** Labels drawn outside their shape: events and gateways. */
	nodeLabels: Record<string, Box>;
	waypoints: Record<string, Point[]>;
	flowLabels: Record<string, Box>;
}

/** Where a node sits in the grid of the layout library: its column (order along the flow) and its row. */
export interface GridCell {
	col: number;
	row: number;
}

/** The width of the name strip at the left of the pool and of each lane, as BPMN modellers draw it. */
const HEADER = 30;
const COLUMN_WIDTH = 200;
const ROW_HEIGHT = 200;
/** Where a shape's centre sits below the top of its row: room above for a gateway's question. */
const ROW_CENTRE = 105;
/** Room at the bottom of each lane for flows that go back to an earlier step. */
const LANE_CHANNEL = 30;
const MARGIN = 20;
const SIZES: Record<ProcessNode['kind'], { width: number; height: number }> = {
	task: { width: 140, height: 90 },
	gateway: { width: 50, height: 50 },
	start: { width: 36, height: 36 },
	end: { width: 36, height: 36 },
	via: { width: 36, height: 36 },
};
/** The width of a node's external label and of a flow's label, and the size of their text (11 px in BPMN modellers). */
const NODE_LABEL_WIDTH = 150;
const FLOW_LABEL_WIDTH = 110;
const CHAR_WIDTH = 6.2;
const LINE_HEIGHT = 14;

/**
 * Lays a process out in its lanes. The columns come from the layout library (the order along the flow); each node goes
 * into the lane of its level of government, nodes of one lane and column stacked in rows (in the library's row order);
 * lanes are as tall as their rows. Flows are routed at right angles around shapes, labels placed where they hit nothing.
 */
export function placeInLanes(graph: ProcessGraph, grid: ReadonlyMap<string, GridCell>): ProcessLayout {
	const cellOf = (node: ProcessNode) => {
		const cell = grid.get(node.id);
		if (!cell) throw new Error(`The layout gives no place to "${node.id}"`);
		return cell;
	};
	const columns = [...new Set(graph.nodes.map((node) => cellOf(node).col))].sort((a, b) => a - b);
	const columnIndex = new Map(columns.map((col, i) => [col, i]));

	// Rows within each lane: the nodes of a lane that share a column are stacked, in the library's row order.
	const rowInLane = new Map<string, number>();
	const rowsOfLane = new Map<string, number>(graph.lanes.map((lane) => [lane.id, 1]));
	const stacks = new Map<string, ProcessNode[]>();
	for (const node of graph.nodes) {
		const key = `${node.lane} ${cellOf(node).col}`;
		stacks.set(key, [...(stacks.get(key) ?? []), node]);
	}
	for (const stack of stacks.values()) {
		stack.sort((a, b) => cellOf(a).row - cellOf(b).row);
		stack.forEach((node, i) => rowInLane.set(node.id, i));
		const lane = stack[0]!.lane;
		if (!rowsOfLane.has(lane)) throw new Error(`"${stack[0]!.id}" is in lane "${lane}", which the process does not have`);
		rowsOfLane.set(lane, Math.max(rowsOfLane.get(lane)!, stack.length));
	}

	const width = HEADER * 2 + MARGIN * 2 + columns.length * COLUMN_WIDTH;
	const lanes: Record<string, Box> = {};
	let top = 0;
	for (const lane of graph.lanes) {
		const height = rowsOfLane.get(lane.id)! * ROW_HEIGHT + LANE_CHANNEL;
		lanes[lane.id] = { x: HEADER, y: top, width: width - HEADER, height };
		top += height;
	}
	const pool: Box = { x: 0, y: 0, width, height: top };
	const columnLeft = (node: ProcessNode) => HEADER * 2 + MARGIN + columnIndex.get(cellOf(node).col)! * COLUMN_WIDTH;

	const shapes: Record<string, Box> = {};
	for (const node of graph.nodes) {
		const size = SIZES[node.kind];
		const centre = { x: columnLeft(node) + COLUMN_WIDTH / 2, y: lanes[node.lane]!.y + rowInLane.get(node.id)! * ROW_HEIGHT + ROW_CENTRE };
		shapes[node.id] = { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
	}

	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	const waypoints: Record<string, Point[]> = {};
	for (const flow of graph.flows) {
		const source = byId.get(flow.source)!;
		const target = byId.get(flow.target)!;
		const obstacles = Object.entries(shapes)
			.filter(([id]) => id !== flow.source && id !== flow.target)
			.map(([, box]) => box);
		const lowest = [lanes[source.lane]!, lanes[target.lane]!].reduce((a, b) => (a.y > b.y ? a : b));
		waypoints[flow.id] = routeFlow(shapes[flow.source]!, shapes[flow.target]!, {
			sourceIsGateway: source.kind === 'gateway',
			columnLeftOfTarget: columnLeft(target),
			columnRightOfSource: columnLeft(source) + COLUMN_WIDTH,
			channelY: lowest.y + lowest.height - LANE_CHANNEL / 2,
			obstacles,
		});
	}

	// Labels go within a lane, where they cover no shape, no other label and no line.
	const taken: Box[] = Object.values(shapes);
	const lines = Object.values(waypoints).flatMap(segmentsOf);
	const laneBoxes = Object.values(lanes);
	const place = (candidates: Box[]): Box => {
		const free = candidates.find(
			(box) =>
				laneBoxes.some((lane) => contains(lane, box)) && !taken.some((other) => overlaps(box, other)) && !lines.some((segment) => crosses(segment, box)),
		);
		const chosen = free ?? candidates[0]!;
		taken.push(chosen);
		return chosen;
	};
	const nodeLabels: Record<string, Box> = {};
	for (const node of graph.nodes) {
		if (node.kind === 'task' || !node.name) continue;
		const box = shapes[node.id]!;
		const size = textSize(node.name, NODE_LABEL_WIDTH);
		const centreX = box.x + box.width / 2 - size.width / 2;
		nodeLabels[node.id] = place([
			{ x: centreX, y: box.y - size.height - 6, ...size },
			{ x: centreX, y: box.y + box.height + 6, ...size },
			{ x: box.x + box.width + 6, y: box.y - size.height - 2, ...size },
			{ x: box.x - size.width - 6, y: box.y + box.height + 2, ...size },
		]);
	}
	const flowLabels: Record<string, Box> = {};
	for (const flow of graph.flows) {
		if (!flow.name) continue;
		flowLabels[flow.id] = place(flowLabelCandidates(flow, waypoints[flow.id]!));
	}
	return { pool, lanes, shapes, nodeLabels, waypoints, flowLabels };
}

/**
 * Places for a flow's label beside its line, on either side: along its first two segments, as modellers place the
 * label of a gateway's branch; for a flow back to an earlier step, along its long run at the bottom of the lane first.
 */
function flowLabelCandidates(flow: ProcessFlow, points: Point[]): Box[] {
	const segments = segmentsOf(points);
	const goesBack = points.at(-1)!.x < points[0]!.x;
	const ordered = goesBack ? [...segments].sort((a, b) => length(b) - length(a)) : segments;
	const candidates: Box[] = [];
	for (const [a, b] of ordered.slice(0, 2)) {
		if (a.y === b.y) {
			const size = textSize(flow.name!, Math.min(FLOW_LABEL_WIDTH, Math.max(60, length([a, b]) - 12)));
			const left = Math.min(a.x, b.x) + 6;
			candidates.push({ x: left, y: a.y + 4, ...size }, { x: left, y: a.y - size.height - 4, ...size });
		} else {
			const size = textSize(flow.name!, FLOW_LABEL_WIDTH);
			const topY = Math.min(a.y, b.y) + 4;
			candidates.push({ x: a.x + 6, y: topY, ...size }, { x: a.x - size.width - 6, y: topY, ...size });
		}
	}
	return candidates;
}

/** The length of a horizontal or vertical segment. */
function length([a, b]: [Point, Point]): number {
	return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

/** What routing a flow needs to know besides its two shapes. */
interface RouteContext {
	sourceIsGateway: boolean;
	/** The x of the free band left of the target's column, and right of the source's. */
	columnLeftOfTarget: number;
	columnRightOfSource: number;
	/** The y of the band at the bottom of the lower lane, for flows back to an earlier column. */
	channelY: number;
	obstacles: Box[];
}

/** A line at right angles from one shape to another, the first of several candidates that crosses no other shape. */
export function routeFlow(source: Box, target: Box, context: RouteContext): Point[] {
	const s = centreOf(source);
	const t = centreOf(target);
	const right = (box: Box, y: number) => ({ x: box.x + box.width, y });
	const left = (box: Box, y: number) => ({ x: box.x, y });
	const vertical = (box: Box, towards: number) => ({ x: centreOf(box).x, y: towards > centreOf(box).y ? box.y + box.height : box.y });

	const candidates: Point[][] = [];
	if (t.x > s.x) {
		if (s.y === t.y) candidates.push([right(source, s.y), left(target, t.y)]);
		if (context.sourceIsGateway) candidates.push([vertical(source, t.y), { x: s.x, y: t.y }, left(target, t.y)]);
		for (const x of [context.columnLeftOfTarget, context.columnRightOfSource]) {
			candidates.push([right(source, s.y), { x, y: s.y }, { x, y: t.y }, left(target, t.y)]);
		}
		candidates.push([right(source, s.y), { x: t.x, y: s.y }, vertical(target, s.y)]);
	}
	// Back to an earlier column (the repeat of steps 20–22): along the bottom of the lane.
	const channel = Math.max(context.channelY, source.y + source.height + 10, target.y + target.height + 10);
	candidates.push([{ x: s.x, y: source.y + source.height }, { x: s.x, y: channel }, { x: t.x, y: channel }, { x: t.x, y: target.y + target.height }]);

	const clear = candidates.find((points) => !segmentsOf(points).some((segment) => context.obstacles.some((box) => crosses(segment, box))));
	return simplify(clear ?? candidates[0]!);
}

/** The points without repeats and without middle points of straight runs. */
function simplify(points: Point[]): Point[] {
	const distinct = points.filter((p, i) => i === 0 || p.x !== points[i - 1]!.x || p.y !== points[i - 1]!.y);
	return distinct.filter((p, i) => {
		const before = distinct[i - 1];
		const after = distinct[i + 1];
		if (!before || !after) return true;
		return !((before.x === p.x && p.x === after.x) || (before.y === p.y && p.y === after.y));
	});
}

/** The size of a label's text wrapped at `width`, from an average character width. */
export function textSize(text: string, width: number): { width: number; height: number } {
	const perLine = Math.max(1, Math.floor(width / CHAR_WIDTH));
	let lines = 1;
	let used = 0;
	for (const word of text.split(/\s+/)) {
		const length = word.length;
		if (used === 0) used = length;
		else if (used + 1 + length <= perLine) used += 1 + length;
		else {
			lines += 1 + Math.floor(length / perLine);
			used = length % perLine;
		}
	}
	return { width, height: lines * LINE_HEIGHT };
}

function centreOf(box: Box): Point {
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The segments of a line, as pairs of points. */
export function segmentsOf(points: Point[]): [Point, Point][] {
	return points.slice(1).map((point, i) => [points[i]!, point]);
}

/** Whether a box lies wholly within another. */
export function contains(outer: Box, inner: Box): boolean {
	return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether a horizontal or vertical segment passes through the inside of a box. */
export function crosses([a, b]: [Point, Point], box: Box): boolean {
	const within = (value: number, from: number, to: number) => from < value && value < to;
	const runsInto = (from: number, to: number, start: number, end: number) => Math.max(Math.min(from, to), start) < Math.min(Math.max(from, to), end);
	if (a.y === b.y) return within(a.y, box.y, box.y + box.height) && runsInto(a.x, b.x, box.x, box.x + box.width);
	return within(a.x, box.x, box.x + box.width) && runsInto(a.y, b.y, box.y, box.y + box.height);
}
