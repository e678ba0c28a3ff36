import { describe, expect, it } from 'vitest';
import {
	checklistStorageKey,
	hashTaskIds,
	readChecklistState,
	restoreChecklist,
	unreadStorageKey,
	usableStorage,
	writeChecklistState,
	type StorageLike,
} from './checklist-storage';

const TASKS = ['tulis', 'setujui', 'lapor'];
const stored = (value: unknown) => JSON.stringify(value);
const memory = (entries: Record<string, string> = {}): StorageLike & { items: Map<string, string> } => {
	const items = new Map(Object.entries(entries));
	return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};

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
		expect(checklistStorageKey('kasubag-kln')).toBe('sk-checklist:v2:kasubag-kln');
		expect(checklistStorageKey('kasubag-kln', 1)).toBe('sk-checklist:v1:kasubag-kln');
	});

	it('round-trips the ticks, in task order, dropping ids that are not tasks, and the proposal’s name', () => {
		const raw = writeChecklistState(TASKS, ['lapor', 'tulis', 'nope'], 'Bandung–Suwon 2025');
		expect(JSON.parse(raw)).toEqual({ v: 2, model: hashTaskIds(TASKS), done: ['tulis', 'lapor'], proposal: 'Bandung–Suwon 2025' });
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['tulis', 'lapor'], proposal: 'Bandung–Suwon 2025' });
	});

	it('starts empty, without a notice, when nothing is stored', () => {
		expect(readChecklistState(null, TASKS)).toEqual({ done: [], proposal: '' });
	});

	it.each(['not json', '', '{', 'null', '42', '"text"', '[]', '{}', stored({ v: 2 }), stored({ v: 2, model: 'x', done: 'tulis' }), stored({ v: 2, done: [] })])(
		'ignores corrupt data %j',
		(raw) => expect(readChecklistState(raw, TASKS)).toEqual({ done: [], proposal: '', notice: 'corrupt' }),
	);

	it.each([stored({ v: 999 }), stored({ v: 1, model: hashTaskIds(TASKS), done: ['tulis'] }), stored({ v: '2', model: hashTaskIds(TASKS), done: [] })])(
		'does not read data of another version as this one %j',
		(raw) => expect(readChecklistState(raw, TASKS)).toEqual({ done: [], proposal: '', notice: 'version' }),
	);

	it('keeps what can be read of a value with parts of the wrong type, with a notice', () => {
		const raw = stored({ v: 2, model: hashTaskIds(TASKS), done: ['lapor', 7, null], proposal: 'Suwon' });
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['lapor'], proposal: 'Suwon', notice: 'corrupt' });
		const badName = stored({ v: 2, model: hashTaskIds(TASKS), done: ['lapor'], proposal: 42 });
		expect(readChecklistState(badName, TASKS)).toEqual({ done: ['lapor'], proposal: '', notice: 'corrupt' });
		const badList = stored({ v: 2, model: hashTaskIds(TASKS), done: 'lapor', proposal: 'Suwon' });
		expect(readChecklistState(badList, TASKS)).toEqual({ done: [], proposal: 'Suwon', notice: 'corrupt' });
	});

	it('keeps the ticks that still match a step when the steps changed, with a notice', () => {
		const raw = writeChecklistState(['terima', 'tulis', 'setujui'], ['terima', 'setujui'], 'Suwon');
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['setujui'], proposal: 'Suwon', notice: 'changed' });
	});

	it('reports a change when a step was added, even if every tick still matches', () => {
		const raw = writeChecklistState(['tulis', 'setujui'], ['tulis']);
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['tulis'], proposal: '', notice: 'changed' });
	});

	it('drops unknown ids under a matching model, with a notice', () => {
		const raw = stored({ v: 2, model: hashTaskIds(TASKS), done: ['tulis', 'hilang'], proposal: '' });
		expect(readChecklistState(raw, TASKS)).toEqual({ done: ['tulis'], proposal: '', notice: 'changed' });
	});

	it('reads a version 1 value (ticks without a proposal) when asked for that version', () => {
		const raw = stored({ v: 1, model: hashTaskIds(TASKS), done: ['tulis'] });
		expect(readChecklistState(raw, TASKS, 1)).toEqual({ done: ['tulis'], proposal: '' });
	});
});

describe('restoreChecklist', () => {
	const KEY = checklistStorageKey('kepala');
	const V1 = checklistStorageKey('kepala', 1);
	const UNREAD = unreadStorageKey('kepala');

	it('reads the current value and writes nothing when all is well', () => {
		const storage = memory({ [KEY]: writeChecklistState(TASKS, ['setujui'], 'Suwon') });
		const before = new Map(storage.items);
		expect(restoreChecklist(storage, 'kepala', TASKS)).toEqual({ done: ['setujui'], proposal: 'Suwon' });
		expect(storage.items).toEqual(before);
	});

	it('moves the ticks of version 1 to version 2, removes the old key and says so', () => {
		const storage = memory({ [V1]: stored({ v: 1, model: hashTaskIds(TASKS), done: ['tulis', 'lapor'] }) });
		expect(restoreChecklist(storage, 'kepala', TASKS)).toEqual({ done: ['tulis', 'lapor'], proposal: '', notice: 'migrated' });
		expect(JSON.parse(storage.items.get(KEY)!)).toEqual({ v: 2, model: hashTaskIds(TASKS), done: ['tulis', 'lapor'], proposal: '' });
		expect(storage.items.has(V1)).toBe(false);
	});

	it('prefers the version 2 value and leaves an old one alone when both are there', () => {
		const storage = memory({ [KEY]: writeChecklistState(TASKS, ['lapor']), [V1]: stored({ v: 1, model: hashTaskIds(TASKS), done: ['tulis'] }) });
		expect(restoreChecklist(storage, 'kepala', TASKS)).toEqual({ done: ['lapor'], proposal: '' });
		expect(storage.items.has(V1)).toBe(true);
	});

	it.each(['{broken', stored({ v: 3, future: true }), stored({ v: 2, model: hashTaskIds(TASKS), done: ['lapor', 5], proposal: 'Suwon' })])(
		'copies an unreadable value aside, as it was, before writing what could be read %j',
		(raw) => {
			const storage = memory({ [KEY]: raw });
			const state = restoreChecklist(storage, 'kepala', TASKS);
			expect(['corrupt', 'version']).toContain(state.notice);
			expect(storage.items.get(UNREAD)).toBe(raw);
			expect(readChecklistState(storage.items.get(KEY)!, TASKS)).toEqual({ done: state.done, proposal: state.proposal });
		},
	);

	it('copies an unreadable version 1 value aside too', () => {
		const storage = memory({ [V1]: 'not json' });
		expect(restoreChecklist(storage, 'kepala', TASKS)).toEqual({ done: [], proposal: '', notice: 'corrupt' });
		expect(storage.items.get(UNREAD)).toBe('not json');
		expect(storage.items.has(V1)).toBe(false);
	});

	it('keeps the matching ticks when the steps changed, and stores them against the new steps', () => {
		const storage = memory({ [KEY]: writeChecklistState(['terima', 'tulis'], ['terima', 'tulis'], 'Suwon') });
		expect(restoreChecklist(storage, 'kepala', TASKS)).toEqual({ done: ['tulis'], proposal: 'Suwon', notice: 'changed' });
		expect(readChecklistState(storage.items.get(KEY)!, TASKS)).toEqual({ done: ['tulis'], proposal: 'Suwon' });
	});

	it('lets a storage error through, for the page to say that nothing is remembered', () => {
		const broken = { ...memory(), getItem: () => { throw new Error('SecurityError'); } };
		expect(() => restoreChecklist(broken, 'kepala', TASKS)).toThrow('SecurityError');
	});
});

describe('usableStorage', () => {
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
