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
		expect(sop.steps[0]!.recurring).toBe(false);
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
		['routing office', (sop: SopInput) => void (sop.steps[1]!.routing = ['staf', 'sekda']), 'fixture/steps.ts: steps "tulis" › routing[1]: unknown office "sekda"'],
		['issuer', (sop: SopInput) => void (sop.documents[0]!.issuedBy = ['asing']), 'fixture/documents.ts: documents "surat" › issuedBy[0]: unknown office "asing"'],
		['addressee', (sop: SopInput) => void (sop.documents[3]!.addressedTo = ['bpk']), 'fixture/documents.ts: documents "laporan" › addressedTo[0]: unknown office "bpk"'],
		['term document', (sop: SopInput) => void (sop.terms[0]!.document = 'memo'), 'fixture/terms.ts: terms "nota-dinas" › document: unknown document "memo"'],
	])('rejects a dangling %s reference', (_name, breakIt, message) => {
		expect(issuesOf(breakIt)).toContain(message);
	});

	it('rejects a short form two offices share', () => {
		const issues = issuesOf((sop) => {
			sop.offices[1]!.aliases = ['Kpl', 'Staf'];
		});
		expect(issues).toEqual(['fixture/offices.ts: offices "kepala" › aliases[1]: short form "Staf" is already used by office "staf"']);
	});

	it('rejects a step that step 1 cannot reach', () => {
		const issues = issuesOf((sop) => {
			sop.steps[0]!.next = [{ to: 'setujui' }];
		});
		expect(issues).toContain('fixture/steps.ts: steps "tulis" › next: not reachable from step 1 ("terima")');
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

	it('rejects gaps in step numbers', () => {
		const issues = issuesOf((sop) => {
			sop.steps[3]!.number = 5;
		});
		expect(issues).toContain('fixture/steps.ts: steps "lapor" › number: expected step number 4, found 5 (numbers must run 1, 2, 3… without gaps or repeats)');
	});

	it('rejects a phase without steps', () => {
		const issues = issuesOf((sop) => {
			sop.phases.push({ id: 'kosong', order: 3, title: { id: 'K', en: 'E' }, summary: { id: 'K', en: 'E' } });
		});
		expect(issues).toEqual(['fixture/phases.ts: phases "kosong" › id: no step belongs to this phase']);
	});

	it('puts every problem in the error message', () => {
		const input = tinySop();
		input.steps[0]!.responsible = 'x';
		input.steps[1]!.phase = 'y';
		expect(() => loadSop(input, TINY_SOURCES)).toThrow(/2 problems[\s\S]*unknown office "x"[\s\S]*unknown phase "y"/);
	});
});
