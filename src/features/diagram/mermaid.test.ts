import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import { escapeLabel, LAYOUTS, overviewToMermaid, toMermaid, wrappingWidthFor, type FlowLabels, type OverviewLabels } from './mermaid';
import { orderedPhases, orderedSteps } from '../../model/query';
import { loadSop } from '../../model/validate';
import { flowLabels, overviewLabels } from './diagrams';
import { buildOverview } from './overview';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const labels: FlowLabels = {
	title: 'Alur uji',
	description: 'Deskripsi uji',
	start: 'Mulai',
	end: 'Selesai',
	levels: { kota: 'Kota', dprd: 'Dewan', provinsi: 'Provinsi', pusat: 'Pusat', 'luar-negeri': 'Luar negeri', 'daerah-lain': 'Daerah lain' },
	step: (step) => `${step.number}. ${step.title.id}`,
	via: (office) => `melalui ${office.short.id}`,
	fromStep: (step) => `Dari langkah ${step.number}`,
	toStep: (step) => `Ke langkah ${step.number}`,
	no: 'Tidak: SOP tidak menyebut',
	ask: 'Tanyakan kepada Sub Bagian',
};
const lines = (text: string) => text.split('\n');
/** The node ids and the arrows of Mermaid text, read back from it. */
function readBack(text: string) {
	const nodes = new Map<string, string>();
	for (const match of text.matchAll(/^ {2}(\w+)(?:\(\[|\[|\{|\()"([^"]*)"/gm)) nodes.set(match[1]!, match[2]!);
	const edges = [...text.matchAll(/^(\w+) -->(?:\|"([^"]*)"\|)? (\w+)$/gm)].map((m) => ({ from: m[1]!, to: m[3]!, label: m[2] }));
	const hidden = [...text.matchAll(/^(\w+) ~~~ (\w+)$/gm)].map((m) => `${m[1]}~${m[2]}`);
	const links = new Map([...text.matchAll(/^click (\w+) href "([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]));
	const classes = new Map([...text.matchAll(/^class ([\w,]+) ([\w-]+)$/gm)].map((m) => [m[2]!, m[1]!.split(',')]));
	return { nodes, edges, hidden, links, classes };
}

describe('toMermaid on the fixture', () => {
	const { text, lineSteps } = toMermaid(sop, { lang: 'id', base: '/', labels });

	it('writes a swimlane flowchart with its layout settings, its accessible title and description', () => {
		expect(lines(text).slice(0, 11)).toEqual([
			'---',
			'config:',
			'  layout: swimlane',
			'  flowchart:',
			`    wrappingWidth: ${LAYOUTS.flow.wrappingWidth}`,
			'    minNodeWidth: 0',
			'    nodeSpacing: 12',
			'---',
			'flowchart TB',
			'accTitle: Alur uji',
			'accDescr: Deskripsi uji',
		]);
	});

	it('has every step as a box with its number and title, and start and end as capsules', () => {
		const { nodes } = readBack(text);
		expect([...nodes]).toEqual([
			['mulai', 'Mulai'],
			['s1', '1. Terima'],
			['s2', '2. Tulis'],
			['s3', '3. Setujui'],
			['s4', '4. Lapor'],
			['selesai', 'Selesai'],
			['k3', 'Setuju?'],
			['t3', 'Tanyakan kepada Sub Bagian'],
		]);
		expect(text).toContain('  mulai(["Mulai"])');
		expect(text).toContain('  k3{"Setuju?"}');
	});

	it('puts each node in the lane of its level', () => {
		expect(text).toContain('subgraph lane_kota["Kota"]\n  mulai(["Mulai"])\n  s1[');
		expect(text).toContain('subgraph lane_dprd["Dewan"]\n  k3{"Setuju?"}\n  t3(["Tanyakan kepada Sub Bagian"])\nend');
	});

	it('has every transition as an arrow, the decision’s branch labelled', () => {
		expect(readBack(text).edges).toEqual([
			{ from: 'mulai', to: 's1', label: undefined },
			{ from: 's1', to: 's2', label: undefined },
			{ from: 's2', to: 's3', label: undefined },
			{ from: 's3', to: 'k3', label: undefined },
			{ from: 'k3', to: 't3', label: 'Tidak: SOP tidak menyebut' },
			{ from: 'k3', to: 's4', label: 'Disetujui' },
			{ from: 's4', to: 's3', label: 'Berulang' },
			{ from: 's4', to: 'selesai', label: undefined },
		]);
		expect(text).toContain('class t3 sk-ask');
	});

	it('writes a layout link as an unseen one (`~~~`)', () => {
		const input = tinySop();
		input.steps[1]!.decision = { question: { id: 'Lengkap?', en: 'Complete?' }, decidedBy: ['staf'], timing: 'before', yes: { id: 'Lengkap', en: 'Complete' } };
		const gated = readBack(toMermaid(loadSop(input, TINY_SOURCES), { lang: 'id', base: '/', labels }).text);
		expect(gated.hidden).toEqual(['s2~t2']);
		expect(gated.edges.map((edge) => `${edge.from}>${edge.to}`)).not.toContain('s2>t2');
	});

	it('marks step boxes with the classes of a variant, grouped by class, and refuses a class CSS cannot select', () => {
		const marked = toMermaid(sop, { lang: 'id', base: '/', labels, stepClass: (step) => (step.number % 2 ? 'sk-status-odd' : step.number === 2 ? 'sk-status-two' : undefined) });
		expect([...readBack(marked.text).classes]).toEqual([
			['sk-terminal', ['mulai', 'selesai']],
			['sk-ask', ['t3']],
			['sk-status-odd', ['s1', 's3']],
			['sk-status-two', ['s2']],
		]);
		expect(readBack(text).classes.has('sk-status-odd')).toBe(false);
		expect(() => toMermaid(sop, { lang: 'id', base: '/', labels, stepClass: () => 'bad class' })).toThrow('Step 1: "bad class" is not a class name');
	});

	it('links every step box, and only those, to its step page', () => {
		expect([...readBack(text).links]).toEqual([
			['s1', '/langkah/terima/'],
			['s2', '/langkah/tulis/'],
			['s3', '/langkah/setujui/'],
			['s4', '/langkah/lapor/'],
		]);
	});

	it('carries the base and the language in the links', () => {
		const english = toMermaid(sop, { lang: 'en', base: '/sop-kerjasama/', labels }).text;
		expect(readBack(english).links.get('s2')).toBe('/sop-kerjasama/en/langkah/tulis/');
		expect(readBack(english).nodes.get('k3')).toBe('Setuju? (en)');
	});

	it('gives the same text for the same model, and ids that do not depend on the labels', () => {
		expect(toMermaid(loadSop(tinySop(), TINY_SOURCES), { lang: 'id', base: '/', labels }).text).toBe(text);
		const renamed = tinySop();
		renamed.steps[1]!.title = { id: 'Nama lain "sekali"', en: 'Other' };
		const other = toMermaid(loadSop(renamed, TINY_SOURCES), { lang: 'id', base: '/', labels }).text;
		expect(readBack(other).nodes.get('s2')).toBe('2. Nama lain #34;sekali#34;');
		expect([...readBack(other).nodes.keys()]).toEqual([...readBack(text).nodes.keys()]);
	});

	it('knows which step each line concerns', () => {
		const at = (prefix: string) => lineSteps[lines(text).findIndex((line) => line.startsWith(prefix))]?.id;
		expect(at('  s2[')).toBe('tulis');
		expect(at('k3 -->')).toBe('setujui');
		expect(at('click s4')).toBe('lapor');
		expect(at('flowchart')).toBeUndefined();
		expect(lineSteps).toHaveLength(lines(text).length - 1);
	});
});

describe('toMermaid for one phase', () => {
	it('draws the phase with off-page connectors to the steps around it', () => {
		const { text } = toMermaid(sop, { lang: 'id', base: '/', labels, phase: 'akhir' });
		const { nodes, edges, links } = readBack(text);
		expect([...nodes.keys()]).toEqual(['dari2', 's3', 's4', 'selesai', 'k3', 't3']);
		expect(nodes.get('dari2')).toBe('Dari langkah 2');
		expect(edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['dari2>s3', 's3>k3', 'k3>t3', 'k3>s4', 's4>s3', 's4>selesai']);
		expect([...links.keys()]).toEqual(['s3', 's4']);
		expect(text).toContain('class dari2 sk-connector');
		expect(text).toContain('class selesai sk-terminal');
	});
});

describe('toMermaid on the real SOP', () => {
	const steps = orderedSteps(realSop);
	for (const lang of ['id', 'en'] as const) {
		it(`has the 23 steps as linked boxes, and labels on the decisions’ branches (${lang})`, () => {
			const { text } = toMermaid(realSop, { lang, base: '/', labels: flowLabels(realSop, lang) });
			const { nodes, edges, links } = readBack(text);
			for (const step of steps) {
				expect(nodes.get(`s${step.number}`)).toBe(`${step.number}. ${escapeLabel(step.title[lang])}`);
				expect(links.get(`s${step.number}`)).toBe(`${lang === 'en' ? '/en' : ''}/langkah/${step.id}/`);
				if (step.decision) {
					const branches = edges.filter((edge) => edge.from === `k${step.number}`);
					const no = flowLabels(realSop, lang).no;
					expect(nodes.get(`k${step.number}`)).toBe(escapeLabel(step.decision.question[lang]));
					expect(branches.filter((edge) => edge.label !== no).map((edge) => edge.label)).toEqual([step.decision.yes[lang]]);
					expect(branches.filter((edge) => edge.label === no).map((edge) => edge.to)).toEqual([`t${step.number}`]);
					expect(nodes.get(`t${step.number}`)).toBe(lang === 'id' ? 'Tanyakan kepada Sub Bagian Kerjasama Luar Negeri' : 'Ask the Foreign Cooperation Sub-Division');
				}
			}
			expect(links.size).toBe(23);
			expect(text).toContain('accTitle: ');
			expect(text).toContain('accDescr: ');
		});
	}

	it('draws each phase with only its own steps', () => {
		for (const phase of realSop.phases) {
			const { text } = toMermaid(realSop, { lang: 'id', base: '/', labels: flowLabels(realSop, 'id', phase.id), phase: phase.id });
			const own = steps.filter((step) => step.phase === phase.id).map((step) => `s${step.number}`);
			expect([...readBack(text).links.keys()]).toEqual(own);
		}
	});

	it('draws the repeat of steps 20–22 as a labelled arrow back from step 22 to step 20', () => {
		for (const lang of ['id', 'en'] as const) {
			const { edges } = readBack(toMermaid(realSop, { lang, base: '/', labels: flowLabels(realSop, lang) }).text);
			expect(edges.find((edge) => edge.from === 's22' && edge.to === 's20')?.label).toBe(steps[21]!.next.find((edge) => edge.when)!.when![lang]);
		}
	});

	it('names offices and lanes in English in the English diagrams (their short names and level names, never the Indonesian ones)', () => {
		const indonesian = [
			...realSop.offices.filter((office) => office.short.id !== office.short.en).map((office) => office.short.id),
			...realSop.levels.filter((level) => level.name.id !== level.name.en).map((level) => level.name.id),
		];
		const stepTitles = new Set(steps.map((step) => escapeLabel(`${step.number}. ${step.title.en}`)));
		const english = [undefined, ...realSop.phases.map((phase) => phase.id)]
			.map((phase) => toMermaid(realSop, { lang: 'en', base: '/', labels: flowLabels(realSop, 'en', phase), ...(phase && { phase }) }).text)
			.concat(overviewToMermaid(buildOverview(realSop), { lang: 'en', base: '/', labels: overviewLabels(realSop, 'en') }).text);
		for (const text of english) {
			// What the diagram itself names (lanes, offices passed through or taking part), the steps' own titles aside;
			// a term kept in brackets after its English name ("Regional government (Pemda)") is deliberate.
			const labels = [...text.matchAll(/"([^"]*)"/g)].map((match) => match[1]!).filter((label) => !label.startsWith('/') && !stepTitles.has(label));
			for (const name of indonesian) expect(labels.filter((label) => new RegExp(`(^|[ ,])${name}($|[ ,])`).test(label)), name).toEqual([]);
		}
	});
});

describe('overviewToMermaid', () => {
	const overviewText: OverviewLabels = {
		title: 'Ikhtisar uji',
		description: 'Deskripsi',
		levels: labels.levels,
		phase: (phase) => `${phase.order}. ${phase.title.id}`,
		offices: (offices) => offices.map((office) => office.short.id).join(', '),
	};
	const { text } = overviewToMermaid(buildOverview(sop), { lang: 'id', base: '/sop/', labels: overviewText });

	it('draws each phase in its lane, linked to its page, and the offices of the other lanes it touches in its row', () => {
		const { nodes, edges, hidden, links, classes } = readBack(text);
		expect([...nodes]).toEqual([
			['p1', '1. Awal'],
			['p2', '2. Akhir'],
			['p2_dprd', 'Dewan'],
			['p1_luar_negeri', 'Mitra'],
		]);
		expect(text).toContain('subgraph lane_dprd["Dewan"]\n  p2_dprd("Dewan")\nend');
		expect(edges.map((edge) => `${edge.from}>${edge.to}`)).toEqual(['p1>p2']);
		expect(hidden).toEqual(['p1~p2_dprd']);
		expect([...links]).toEqual([
			['p1', '/sop/tahap/awal/'],
			['p2', '/sop/tahap/akhir/'],
		]);
		expect(classes.get('sk-involved')).toEqual(['p1_luar_negeri', 'p2_dprd']);
	});

	it('links all seven phases of the real SOP, in each language', () => {
		for (const lang of ['id', 'en'] as const) {
			const { links } = readBack(overviewToMermaid(buildOverview(realSop), { lang, base: '/', labels: overviewLabels(realSop, lang) }).text);
			expect([...links.values()]).toEqual(orderedPhases(realSop).map((phase) => `${lang === 'en' ? '/en' : ''}/tahap/${phase.id}/`));
		}
	});
});

describe('wrappingWidthFor', () => {
	it('is the least width given, or wider to hold the longest word of the labels', () => {
		expect(wrappingWidthFor(['a b c'], 100)).toBe(100);
		const wide = wrappingWidthFor(['Menginformasikan usulan'], 100);
		expect(wide).toBeGreaterThan(116);
		expect(wide % 4).toBe(0);
		expect(wrappingWidthFor(['mmmmmmmm'], 0)).toBeGreaterThan(wrappingWidthFor(['iiiiiiii'], 0));
	});
});

describe('escapeLabel', () => {
	it('turns quotes, # and angle brackets into Mermaid entities and line breaks into spaces', () => {
		expect(escapeLabel('a "b" #1 <c>\nd')).toBe('a #34;b#34; #35;1 #60;c#62; d');
	});
});
