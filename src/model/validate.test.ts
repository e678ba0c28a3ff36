import { describe, expect, it } from 'vitest';
import { loadSop, SopValidationError } from './validate';
import { TINY_SOURCES, tinySop } from '../../test/fixtures/tiny-sop';
import type { SopInput } from './schema';

/** The issues loadSop reports for a fixture broken by `breakIt`. */
function issuesOf(breakIt: (sop: SopInput) => void): string[] {
	const input = tinySop();
	breakIt(input);
	try {
		loadSop(input, TINY_SOURCES);
	} catch (error) {
		expect(error).toBeInstanceOf(SopValidationError);
		return (error as SopValidationError).issues;
	}
	throw new Error('expected the fixture to be rejected');
}

describe('loadSop', () => {
	it('accepts the valid fixture and fills defaults', () => {
		const sop = loadSop(tinySop(), TINY_SOURCES);
		expect(sop.steps).toHaveLength(4);
		expect(sop.steps[0]!.produces).toEqual([]);
		expect(sop.offices[3]!.sopForms).toEqual([]);
	});

	it('numbers steps and phases by their place in the list', () => {
		const sop = loadSop(tinySop(), TINY_SOURCES);
		expect(sop.steps.map((step) => step.number)).toEqual([1, 2, 3, 4]);
		expect(sop.phases.map((phase) => phase.order)).toEqual([1, 2]);
	});

	it('marks a step’s office as implied when its sentence names no actor, or an actor that is not the office', () => {
		const input = tinySop();
		input.steps[2]!.actor = 'Dewan';
		const sop = loadSop(input, TINY_SOURCES);
		expect(sop.steps.map((step) => step.responsibleImplicit)).toEqual([false, true, true, false]);
	});

	it('marks the steps on a cycle of the flow as recurring, and the documents no SOP words name as implied', () => {
		const sop = loadSop(tinySop(), TINY_SOURCES);
		expect(sop.steps.map((step) => step.recurring)).toEqual([false, false, true, true]);
		expect(sop.documents.filter((doc) => doc.implied).map((doc) => doc.id)).toEqual(['laporan']);
	});

	it('names file, entry and field for a schema error', () => {
		const issues = issuesOf((sop) => {
			(sop.steps[1]!.title as { en?: string }).en = '';
		});
		expect(issues).toEqual([expect.stringMatching(/^fixture\/steps\.ts: steps "tulis" › title\.en: /)]);
	});

	it('names the entry by index when it has no usable id', () => {
		const issues = issuesOf((sop) => {
			(sop.offices[2] as { id: unknown }).id = 42;
		});
		expect(issues[0]).toMatch(/^fixture\/offices\.ts: offices "#2" › id: /);
	});

	it('rejects a duplicated id', () => {
		const issues = issuesOf((sop) => {
			sop.documents[1]!.id = 'surat';
		});
		expect(issues).toContain('fixture/documents.ts: documents "surat" › id: duplicate id "surat"');
	});

	it.each([
		['phase', (sop: SopInput) => void (sop.steps[0]!.phase = 'tengah'), 'fixture/steps.ts: steps "terima" › phase: unknown phase "tengah"'],
		['responsible office', (sop: SopInput) => void (sop.steps[0]!.responsible = 'walikota'), 'fixture/steps.ts: steps "terima" › responsible: unknown office "walikota"'],
		['involved office', (sop: SopInput) => void (sop.steps[2]!.involved = ['dewan', 'bpk']), 'fixture/steps.ts: steps "setujui" › involved[1]: unknown office "bpk"'],
		['required document', (sop: SopInput) => void sop.steps[2]!.requires!.push('mou'), 'fixture/steps.ts: steps "setujui" › requires[1]: unknown document "mou"'],
		['produced document', (sop: SopInput) => void (sop.steps[1]!.produces = ['memo']), 'fixture/steps.ts: steps "tulis" › produces[0]: unknown document "memo"'],
		['next step', (sop: SopInput) => void (sop.steps[0]!.next = [{ to: 'hilang' }]), 'fixture/steps.ts: steps "terima" › next[0].to: unknown step "hilang"'],
		['decider', (sop: SopInput) => void (sop.steps[2]!.decision!.decidedBy = ['rakyat']), 'fixture/steps.ts: steps "setujui" › decision.decidedBy[0]: unknown office "rakyat"'],
		['routing office', (sop: SopInput) => void (sop.steps[1]!.routing!.via = ['staf', 'sekda']), 'fixture/steps.ts: steps "tulis" › routing.via[1]: unknown office "sekda"'],
		['routed document', (sop: SopInput) => void (sop.steps[1]!.routing!.carries = ['memo']), 'fixture/steps.ts: steps "tulis" › routing.carries[0]: unknown document "memo"'],
		['level', (sop: SopInput) => void (sop.offices[0]!.level = 'desa'), 'fixture/offices.ts: offices "staf" › level: unknown level "desa"'],
		['issuer', (sop: SopInput) => void (sop.documents[0]!.issuedBy = ['asing']), 'fixture/documents.ts: documents "surat" › issuedBy[0]: unknown office "asing"'],
		['addressee', (sop: SopInput) => void (sop.documents[3]!.addressedTo = ['bpk']), 'fixture/documents.ts: documents "laporan" › addressedTo[0]: unknown office "bpk"'],
		['term document', (sop: SopInput) => void (sop.terms[0]!.document = 'memo'), 'fixture/terms.ts: terms "nota-dinas" › document: unknown document "memo"'],
	])('rejects a dangling %s reference', (_name, breakIt, message) => {
		expect(issuesOf(breakIt)).toContain(message);
	});

	it('rejects a form of the SOP that two offices share', () => {
		const issues = issuesOf((sop) => {
			sop.offices[1]!.sopForms = ['Kepala', 'staf'];
		});
		expect(issues).toEqual(['fixture/offices.ts: offices "kepala" › sopForms[1]: "staf" is already a form of office "staf"']);
	});

	it.each([
		['an actor not in its sentence', (sop: SopInput) => void (sop.steps[0]!.actor = 'oleh Kepala'), 'fixture/steps.ts: steps "terima" › actor: "oleh Kepala" is not in the step\'s sentence'],
		[
			'document words not in the sentence of a step that uses it',
			(sop: SopInput) => void (sop.documents[2]!.sopWords = 'Nota dinas'),
			'fixture/documents.ts: documents "izin" › sopWords: "Nota dinas" is not in the sentence of a step that requires or produces the document',
		],
		['an office form the SOP never writes', (sop: SopInput) => void (sop.offices[3]!.sopForms = ['Mitra']), 'fixture/offices.ts: offices "mitra" › sopForms[0]: "Mitra" is not in the SOP\'s text'],
		['a term the SOP never writes', (sop: SopInput) => void (sop.terms[0]!.term = 'NDS'), 'fixture/terms.ts: terms "nota-dinas" › term: "NDS" is not in the SOP\'s text'],
	])('rejects %s', (_name, breakIt, message) => {
		expect(issuesOf(breakIt)).toEqual([message]);
	});

	it('rejects a routed document the step neither requires nor produces', () => {
		const issues = issuesOf((sop) => {
			sop.steps[1]!.routing!.carries = ['izin'];
		});
		expect(issues).toEqual(['fixture/steps.ts: steps "tulis" › routing.carries[0]: document "izin" travels along the route but the step neither requires nor produces it']);
	});

	it('rejects a step that step 1 cannot reach', () => {
		const issues = issuesOf((sop) => {
			sop.steps[0]!.next = [{ to: 'setujui' }];
		});
		expect(issues).toContain('fixture/steps.ts: steps "tulis" › next: not reachable from step 1 ("terima")');
	});

	it('rejects a step that leads to itself: a repeat goes back to an earlier step', () => {
		const issues = issuesOf((sop) => {
			sop.steps[3]!.next = [{ to: 'lapor' }];
		});
		expect(issues).toEqual(['fixture/steps.ts: steps "lapor" › next[0].to: a step cannot lead to itself']);
	});

	it('rejects a step that cannot reach the last step', () => {
		const issues = issuesOf((sop) => {
			sop.steps[1]!.next = [];
			sop.steps[0]!.next = [{ to: 'tulis' }, { to: 'setujui' }];
		});
		expect(issues).toEqual(['fixture/steps.ts: steps "tulis" › next: cannot reach the last step ("lapor")']);
	});

	it('rejects a document required before any step produces it', () => {
		const issues = issuesOf((sop) => {
			sop.steps[1]!.requires = ['surat', 'izin'];
		});
		expect(issues).toEqual([expect.stringMatching(/^fixture\/steps\.ts: steps "tulis" › requires\[1\]: document "izin" is required before any step produces it/)]);
	});

	it('allows an outside document to be required without a producing step', () => {
		expect(() => loadSop(tinySop(), TINY_SOURCES)).not.toThrow();
	});

	it('rejects a step that produces a document from outside, and a step document no step produces', () => {
		expect(
			issuesOf((sop) => {
				sop.steps[1]!.produces = ['nota', 'surat'];
			}),
		).toEqual(['fixture/steps.ts: steps "tulis" › produces[1]: document "surat" has origin "outside", so no step may produce it']);
		expect(
			issuesOf((sop) => {
				sop.steps[3]!.produces = [];
			}),
		).toEqual(['fixture/documents.ts: documents "laporan" › origin: origin "step", but no step produces the document']);
	});

	it('rejects a phase without steps, and phases listed out of the order of their steps', () => {
		const text = { id: 'K', en: 'E' };
		expect(
			issuesOf((sop) => {
				sop.phases.push({ id: 'kosong', title: text, summary: text });
			}),
		).toEqual(['fixture/phases.ts: phases "kosong" › id: no step belongs to this phase']);
		expect(
			issuesOf((sop) => {
				sop.phases.reverse();
			}),
		).toEqual(['fixture/phases.ts: phases "akhir" › id: phases must be listed in the order of their steps (awal, akhir)']);
	});

	it('rejects a phase whose steps do not follow one another', () => {
		const issues = issuesOf((sop) => {
			sop.steps[2]!.phase = 'awal';
			sop.steps[1]!.phase = 'akhir';
		});
		expect(issues).toContain('fixture/steps.ts: steps "setujui" › phase: the steps of phase "awal" must follow one another');
	});

	it('rejects a level without offices', () => {
		const issues = issuesOf((sop) => {
			sop.levels.push({ id: 'desa', name: { id: 'Desa', en: 'Village' } });
		});
		expect(issues).toEqual(['fixture/levels.ts: levels "desa" › id: no office belongs to this level']);
	});

	it('puts every problem in the error message', () => {
		const input = tinySop();
		input.steps[0]!.responsible = 'x';
		input.steps[1]!.phase = 'y';
		expect(() => loadSop(input, TINY_SOURCES)).toThrow(/2 problems[\s\S]*unknown office "x"[\s\S]*unknown phase "y"/);
	});
});
