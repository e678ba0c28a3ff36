import { describe, expect, it } from 'vitest';
import { sop as realSop } from '../../content/sop';
import {
	checklistFor,
	checklistStorageKey,
	hashTaskIds,
	readChecklistState,
	usableStorage,
	writeChecklistState,
	type StorageLike,
} from './checklist';
import { stepsForOffice } from '../../model/query';
import { loadSop } from '../../model/validate';
import { TINY_SOURCES, tinySop } from '../../../test/fixtures/tiny-sop';

const sop = loadSop(tinySop(), TINY_SOURCES);
const TASKS = ['tulis', 'setujui', 'lapor'];
const stored = (value: unknown) => JSON.stringify(value);

describe('checklistFor', () => {
	it('gives one task per step where the office acts, in order, with its role', () => {
		expect(checklistFor(sop, 'kepala').map((task) => [task.id, task.role])).toEqual([
			['tulis', 'involved'],
			['setujui', 'responsible'],
			['lapor', 'responsible'],
		]);
		expect(checklistFor(sop, 'mitra').map((task) => task.id)).toEqual(['terima']);
	});

	it('lists what the step needs, what reaches the office and what it must produce', () => {
		const [tulis, setujui, lapor] = checklistFor(sop, 'kepala');
		expect(tulis).toMatchObject({ needs: ['surat'], receives: ['nota'], produces: [] });
		expect(setujui).toMatchObject({ needs: ['nota'], receives: [], produces: ['izin'] });
		expect(lapor).toMatchObject({ needs: ['izin'], receives: [], produces: ['laporan'] });
	});

	it('lists a document addressed to the office once, at the first step where it meets it', () => {
		expect(checklistFor(sop, 'staf').map((task) => [task.id, task.receives])).toEqual([
			['terima', ['surat']],
			['tulis', []],
		]);
	});

	it('lets an involved office produce only what it issues itself', () => {
		expect(checklistFor(sop, 'dewan')).toMatchObject([{ id: 'setujui', role: 'involved', produces: ['izin'], receives: [] }]);
		expect(checklistFor(sop, 'mitra')).toMatchObject([{ id: 'terima', produces: [], receives: [] }]);
	});

	it('matches the steps of every office of the real model', () => {
		for (const office of realSop.offices) {
			expect(checklistFor(realSop, office.id).map((task) => task.id)).toEqual(stepsForOffice(realSop, office.id).map(({ step }) => step.id));
		}
		const walikota = checklistFor(realSop, 'walikota');
		expect(walikota.find((task) => task.id === 'pertimbangan-kemendagri')?.receives).toEqual(['pertimbangan-kemendagri']);
		expect(walikota.find((task) => task.id === 'proses-telaahan-staf')?.produces).toEqual(['disposisi-pimpinan']);
	});
});

describe('hashTaskIds', () => {
	it('is stable and depends on ids and their order', () => {
		expect(hashTaskIds(TASKS)).toBe(hashTaskIds([...TASKS]));
		expect(hashTaskIds(TASKS)).toMatch(/^[0-9a-f]{8}$/);
		expect(hashTaskIds(TASKS)).not.toBe(hashTaskIds(['lapor', 'setujui', 'tulis']));
		expect(hashTaskIds(TASKS)).not.toBe(hashTaskIds(['tulis', 'setujui']));
		expect(hashTaskIds(['a b'])).not.toBe(hashTaskIds(['a', 'b']));
	});
});

describe('stored checklist state', () => {
	it('uses one versioned key per office', () => {
		expect(checklistStorageKey('kasubag-kln')).toBe('sk-checklist:v1:kasubag-kln');
	});

	it('round-trips the ticks, in task order, dropping ids that are not tasks', () => {
		const raw = writeChecklistState(TASKS, ['lapor', 'tulis', 'nope']);
		expect(JSON.parse(raw)).toEqual({ v: 1, model: hashTaskIds(TASKS), done: ['tulis', 'lapor'] });
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['tulis', 'lapor'] });
	});

	it('starts empty, without a notice, when nothing is stored', () => {
		expect(readChecklistState(null, TASKS)).toEqual({ done: [] });
	});

	it.each(['not json', '', '{', 'null', '42', '"text"', '[]', '{}', stored({ v: 1 }), stored({ v: 1, model: 'x', done: 'tulis' }), stored({ v: 1, done: [] })])(
		'ignores corrupt data %j',
		(raw) => expect(readChecklistState(raw, TASKS)).toEqual({ done: [], notice: 'corrupt' }),
	);

	it.each([stored({ v: 999 }), stored({ v: 0, model: hashTaskIds(TASKS), done: ['tulis'] }), stored({ v: '1', model: hashTaskIds(TASKS), done: [] })])(
		'ignores data of another version %j',
		(raw) => expect(readChecklistState(raw, TASKS)).toEqual({ done: [], notice: 'version' }),
	);

	it('keeps the valid ticks of a list with entries of the wrong type, with a notice', () => {
		const raw = stored({ v: 1, model: hashTaskIds(TASKS), done: ['lapor', 7, null] });
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['lapor'], notice: 'corrupt' });
	});

	it('keeps the ticks that still match a step when the steps changed, with a notice', () => {
		const before = ['terima', 'tulis', 'setujui'];
		const raw = writeChecklistState(before, ['terima', 'setujui']);
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['setujui'], notice: 'changed' });
	});

	it('reports a change when a step was added, even if every tick still matches', () => {
		const raw = writeChecklistState(['tulis', 'setujui'], ['tulis']);
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['tulis'], notice: 'changed' });
	});

	it('drops unknown ids under a matching model, with a notice', () => {
		const raw = stored({ v: 1, model: hashTaskIds(TASKS), done: ['tulis', 'hilang'] });
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['tulis'], notice: 'changed' });
	});
});

describe('usableStorage', () => {
	const memory = (): StorageLike & { items: Map<string, string> } => {
		const items = new Map<string, string>();
		return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
	};

	it('returns a storage that can be written, and leaves no probe behind', () => {
		const storage = memory();
		expect(usableStorage(() => storage)).toBe(storage);
		expect(storage.items.size).toBe(0);
	});

	it('returns undefined when reaching the storage throws (blocked or disabled)', () => {
		expect(
			usableStorage(() => {
				throw new Error('SecurityError');
			}),
		).toBeUndefined();
	});

	it('returns undefined when there is no storage', () => {
		expect(usableStorage(() => null)).toBeUndefined();
		expect(usableStorage(() => undefined)).toBeUndefined();
	});

	it('returns undefined when writing fails (quota full, private mode)', () => {
		const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
		expect(usableStorage(() => full)).toBeUndefined();
	});
});
