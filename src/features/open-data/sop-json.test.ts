import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { authoredSop, buildOpenData, DATA_VERSION, openDataJsonSchema, SCHEMA_FINGERPRINT, type OpenData } from './sop-json';
import { sop, SOP_SOURCES } from '../../content/sop';
import { loadSop } from '../../model/validate';
import type { Sop } from '../../model/schema';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sopText = readFileSync(new URL('../../content/sop/sop-kerjasama-teknik-2015.txt', import.meta.url), 'utf8');
const tiny = loadSop(tinySop(), TINY_SOURCES);

/** A validator of the published schema, with the draft it declares (2020-12) and its formats (`date`). */
function validatorOf(schema: Record<string, unknown>) {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	return ajv.compile(schema);
}

const validate = validatorOf(openDataJsonSchema());
/** The data as a reader of the file gets it: written as JSON and read back. */
const published = (model: Sop, contentDate: string | undefined): OpenData => JSON.parse(JSON.stringify(buildOpenData(model, { contentDate, sopText })));
const DATE = '2015-01-01';
const errorsOf = (data: unknown) => (validate(data) ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`));

describe('sop.json', () => {
	it.each([
		['the real SOP', sop],
		['the tiny fixture', tiny],
	])('validates against the published JSON Schema (%s)', (_name, model) => {
		expect(errorsOf(published(model, DATE))).toEqual([]);
	});

	it('validates without a date of the content, which is then absent', () => {
		const data = published(sop, undefined);
		expect('contentDate' in data).toBe(false);
		expect(errorsOf(data)).toEqual([]);
	});

	it.each([
		['the real SOP', sop, SOP_SOURCES],
		['the tiny fixture', tiny, TINY_SOURCES],
	] as const)('round-trips: its `sop` member, loaded with the project’s own loader, gives the same model (%s)', (_name, model, sources) => {
		expect(loadSop(published(model, DATE).sop, sources)).toEqual(model);
	});

	it('lists what the model derives, in the model’s order', () => {
		const { derived } = published(sop, DATE);
		expect(derived.steps).toEqual(sop.steps.map((s) => ({ id: s.id, number: s.number, responsibleImplicit: s.responsibleImplicit, recurring: s.recurring })));
		expect(derived.phases.map((p) => p.number)).toEqual(sop.phases.map((p) => p.order));
		expect(derived.documents.filter((d) => d.implied).map((d) => d.id)).toEqual(sop.documents.filter((d) => d.implied).map((d) => d.id));
		expect(derived.steps.filter((s) => s.recurring).map((s) => s.number)).toEqual([20, 21, 22]);
	});

	it('carries the version, the date of the content, both languages and the SOP text verbatim', () => {
		const data = published(sop, '2024-05-06');
		expect(data.version).toBe(DATA_VERSION);
		expect(data.contentDate).toBe('2024-05-06');
		expect(data.languages.map((l) => l.code)).toEqual(['id', 'en']);
		expect(data.sopText).toBe(sopText);
		for (const step of data.sop.steps) expect(sopText).toContain(step.sopText);
		expect(data.sop.steps.filter((s) => s.decision).map((s) => [s.id, s.decision!.timing])).toEqual([
			['persetujuan-dprd', 'after'],
			['teruskan-ke-bappenas-sekneg', 'before'],
			['mohon-full-power', 'before'],
		]);
	});

	it('keeps the model apart from what the loader derives: `sop` holds no numbers or marks', () => {
		const { sop: authored } = published(sop, DATE);
		expect(Object.keys(authored.steps[0]!)).not.toContain('number');
		expect(Object.keys(authored.phases[0]!)).not.toContain('order');
		expect(Object.keys(authored.documents[0]!)).not.toContain('implied');
		expect(authoredSop(sop).steps.map((s) => s.id)).toEqual(sop.steps.map((s) => s.id));
	});
});

describe('the JSON Schema', () => {
	it('refuses data the loader refuses: an unknown field, a text without English, a malformed id, a wrong version', () => {
		const data = published(sop, DATE);
		const broken = (change: (copy: OpenData) => void) => {
			const copy = structuredClone(data);
			change(copy);
			return errorsOf(copy);
		};
		expect(broken((d) => Object.assign(d.sop.steps[0]!, { duration: '3 days' }))).not.toEqual([]);
		expect(broken((d) => delete (d.sop.steps[0]!.title as Partial<Record<string, string>>).en)).not.toEqual([]);
		expect(broken((d) => (d.sop.offices[0]!.id = 'Not A Slug'))).not.toEqual([]);
		expect(broken((d) => (d.version = 'one'))).not.toEqual([]);
		expect(broken((d) => (d.contentDate = '2015-13-45'))).not.toEqual([]);
		expect(broken((d) => (d.sop.documents[0]!.origin = 'elsewhere' as never))).not.toEqual([]);
	});

	it('documents its parts and names the shared ones in $defs', () => {
		const schema = openDataJsonSchema() as { $schema: string; title: string; $defs: Record<string, { description?: string }> };
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.title).toMatch(/SOP Kerjasama Teknik/);
		for (const name of ['Sop', 'Step', 'Decision', 'Document', 'Office', 'Phase', 'Level', 'Term', 'Text', 'Derived']) {
			expect(schema.$defs[name]?.description, name).toBeTruthy();
		}
	});

	it('has the shape its version was given for: a change of shape bumps DATA_VERSION and updates SCHEMA_FINGERPRINT', () => {
		// Titles and descriptions are left out: rewording them changes no program that reads the data.
		const words = (key: string, value: unknown) => (key === 'description' || key === 'title') && typeof value === 'string';
		const shape = JSON.stringify(openDataJsonSchema(), (key, value) => (words(key, value) ? undefined : value));
		const fingerprint = createHash('sha256').update(shape).digest('hex').slice(0, 16);
		expect(fingerprint, `the shape of sop.json changed: bump DATA_VERSION (${DATA_VERSION}) and set SCHEMA_FINGERPRINT to "${fingerprint}"`).toBe(
			SCHEMA_FINGERPRINT,
		);
	});
});
