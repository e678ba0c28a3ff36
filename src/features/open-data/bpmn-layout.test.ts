import { describe, expect, it } from 'vitest';
import { contains, crosses, overlaps, placeInLanes, routeFlow, segmentsOf, textSize, type Box, type GridCell, type ProcessLayout } from './bpmn-layout';
import { buildProcessGraph, type ProcessGraph } from './bpmn-process';
import { autoLayoutGrid } from './bpmn-xml';
import { sop } from '../../content/sop';
import { LANGS } from '../../model/languages';

/** A grid as the layout library gives it: here, every node in its own column in reading order, all on one row. */
const inReadingOrder = (graph: ProcessGraph) => new Map<string, GridCell>(graph.nodes.map((node, col) => [node.id, { col, row: 0 }]));

/** Everything wrong with a layout: shapes outside their lane or overlapping, lines through shapes, labels that collide. */
function problemsOf(graph: ProcessGraph, layout: ProcessLayout): string[] {
	const problems: string[] = [];
	const shapes = Object.entries(layout.shapes);
	for (const node of graph.nodes) {
		if (!contains(layout.lanes[node.lane]!, layout.shapes[node.id]!)) problems.push(`${node.id} is outside its lane ${node.lane}`);
	}
	shapes.forEach(([a, boxA], i) => shapes.slice(i + 1).forEach(([b, boxB]) => overlaps(boxA, boxB) && problems.push(`${a} overlaps ${b}`)));
	for (const lane of Object.values(layout.lanes)) if (!contains(layout.pool, lane)) problems.push('a lane is outside the pool');
	for (const flow of graph.flows) {
		const points = layout.waypoints[flow.id]!;
		for (const [a, b] of segmentsOf(points)) if (a.x !== b.x && a.y !== b.y) problems.push(`${flow.id} has a slanted segment`);
		const touches = (box: Box, p: { x: number; y: number }) => (p.x === box.x || p.x === box.x + box.width || p.y === box.y || p.y === box.y + box.height) && contains({ ...box, x: box.x - 1, y: box.y - 1, width: box.width + 2, height: box.height + 2 }, { ...p, width: 0, height: 0 });
		if (!touches(layout.shapes[flow.source]!, points[0]!)) problems.push(`${flow.id} does not start on its source`);
		if (!touches(layout.shapes[flow.target]!, points.at(-1)!)) problems.push(`${flow.id} does not end on its target`);
		for (const [id, box] of shapes) {
			if (id === flow.source || id === flow.target) continue;
			if (segmentsOf(points).some((segment) => crosses(segment, box))) problems.push(`${flow.id} crosses ${id}`);
		}
	}
	const labels = [...Object.entries(layout.nodeLabels), ...Object.entries(layout.flowLabels)];
	labels.forEach(([id, box], i) => {
		if (!Object.values(layout.lanes).some((lane) => contains(lane, box))) problems.push(`the label of ${id} leaves its lane`);
		for (const [other, shape] of shapes) if (overlaps(box, shape)) problems.push(`the label of ${id} covers ${other}`);
		for (const [other, otherBox] of labels.slice(i + 1)) if (overlaps(box, otherBox)) problems.push(`the label of ${id} covers the label of ${other}`);
	});
	return problems;
}

describe('placeInLanes', () => {
	it.each(LANGS)('lays the SOP out in its lanes with no shape, line or label in the way of another (%s)', (lang) => {
		const graph = buildProcessGraph(sop, lang);
		expect(problemsOf(graph, placeInLanes(graph, inReadingOrder(graph)))).toEqual([]);
	});

	it.each(LANGS)('lays the SOP out in the columns bpmn-auto-layout gives, with nothing in the way (%s)', async (lang) => {
		const graph = buildProcessGraph(sop, lang);
		const grid = await autoLayoutGrid(graph);
		expect([...grid.keys()].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
		expect(problemsOf(graph, placeInLanes(graph, grid))).toEqual([]);
	});

	it('finds the problems it checks for, in a layout spoilt on purpose', () => {
		const graph = buildProcessGraph(sop, 'en');
		const layout = placeInLanes(graph, inReadingOrder(graph));
		const task = layout.shapes['Task_terima-usulan']!;
		layout.shapes['Task_buat-disposisi-kasubag'] = { ...task, y: layout.lanes.dprd!.y + 20 };
		layout.shapes['Task_naikkan-ke-kabag'] = { ...task, x: task.x + 10 };
		layout.flowLabels['Flow_Gateway_persetujuan-dprd_decision_Task_sampaikan-ke-mendagri'] = { ...task };
		expect(problemsOf(graph, layout)).toEqual(
			expect.arrayContaining([
				'Task_buat-disposisi-kasubag is outside its lane kota',
				'Task_terima-usulan overlaps Task_naikkan-ke-kabag',
				'Flow_Task_terima-usulan_Task_buat-disposisi-kasubag does not end on its target',
				'the label of Flow_Gateway_persetujuan-dprd_decision_Task_sampaikan-ke-mendagri covers Task_terima-usulan',
			]),
		);
	});

	it('stacks lanes top to bottom in the model’s order, each as wide as the pool, with no gap', () => {
		const graph = buildProcessGraph(sop, 'id');
		const { pool, lanes } = placeInLanes(graph, inReadingOrder(graph));
		const boxes = graph.lanes.map((lane) => lanes[lane.id]!);
		expect(boxes[0]!.y).toBe(pool.y);
		boxes.slice(1).forEach((box, i) => expect(box.y).toBe(boxes[i]!.y + boxes[i]!.height));
		expect(boxes.at(-1)!.y + boxes.at(-1)!.height).toBe(pool.y + pool.height);
		for (const box of boxes) expect(box.x + box.width).toBe(pool.x + pool.width);
	});

	it('stacks the nodes of one lane that share a column in rows, and makes the lane taller', () => {
		const graph = buildProcessGraph(sop, 'id');
		const grid = inReadingOrder(graph);
		const gateway = 'Gateway_teruskan-ke-bappenas-sekneg_decision';
		const task = grid.get('Task_teruskan-ke-bappenas-sekneg')!;
		const end = 'Event_teruskan-ke-bappenas-sekneg_unspecified';
		grid.set(end, { col: task.col, row: 1 });
		const layout = placeInLanes(graph, grid);
		expect(layout.shapes[end]!.y).toBeGreaterThan(layout.shapes['Task_teruskan-ke-bappenas-sekneg']!.y);
		expect(layout.lanes.pusat!.height).toBeGreaterThan(layout.lanes.kota!.height);
		expect(problemsOf(graph, layout)).toEqual([]);
		expect(layout.waypoints[`Flow_${gateway}_${end}`]![0]).toEqual({ x: layout.shapes[gateway]!.x + 25, y: layout.shapes[gateway]!.y + 50 });
	});

	it('refuses a grid that leaves a node out', () => {
		const graph = buildProcessGraph(sop, 'id');
		const grid = inReadingOrder(graph);
		grid.delete('Task_terima-usulan');
		expect(() => placeInLanes(graph, grid)).toThrow('"Task_terima-usulan"');
	});
});

describe('routeFlow', () => {
	const box = (x: number, y: number): Box => ({ x, y, width: 100, height: 80 });
	const context = { sourceIsGateway: false, columnLeftOfTarget: 450, columnRightOfSource: 250, channelY: 500, obstacles: [] as Box[] };

	it('draws a straight line between shapes on one row', () => {
		expect(routeFlow(box(100, 100), box(500, 100), context)).toEqual([
			{ x: 200, y: 140 },
			{ x: 500, y: 140 },
		]);
	});

	it('goes around a shape in the way, and back along the channel to an earlier column', () => {
		const around = routeFlow(box(100, 100), box(500, 300), { ...context, obstacles: [box(400, 100), box(150, 300)] });
		expect(segmentsOf(around).some((s) => crosses(s, box(400, 100)) || crosses(s, box(150, 300)))).toBe(false);
		expect(routeFlow(box(500, 100), box(100, 100), context)).toEqual([
			{ x: 550, y: 180 },
			{ x: 550, y: 500 },
			{ x: 150, y: 500 },
			{ x: 150, y: 180 },
		]);
	});
});

describe('textSize', () => {
	it('grows with the lines the text wraps to', () => {
		expect(textSize('Tidak', 100).height).toBe(14);
		expect(textSize('Apakah persetujuan Pemerintah dan persetujuan pihak luar negeri sudah diperoleh?', 150).height).toBeGreaterThanOrEqual(56);
	});
});
