/** A short, stable fingerprint of a list of task ids (32-bit FNV-1a, hex): it changes when the steps change. */
export function hashTaskIds(taskIds: readonly string[]): string {
	let hash = 0x811c9dc5;
	for (const char of taskIds.join('\n')) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/*
 * What the browser remembers for one office's checklist: one proposal's ticks and its name.
 *
 * Key:   `sk-checklist:v2:<office-id>` in localStorage (the same for every language of the page).
 * Value: JSON `{ "v": 2, "model": "<hashTaskIds of the office's task ids>", "done": ["<task id>", …], "proposal": "<name>" }`.
 *
 * `v` is the version of this shape, and is also in the key. Version 1 (`sk-checklist:v1:<office-id>`, the same
 * without `proposal`) is read when there is no version 2 value: its ticks move to the new key, the old key is
 * removed, and the reader is told. `model` records which list of tasks the ticks were made against: when the SOP
 * model changes the office's steps, the ticks whose task still exists are kept and the reader is told.
 * A value that cannot be read in full (not JSON, another shape or version) keeps what can be read (the string ids of
 * `done`, a string `proposal`); the value itself is first copied, as it was, to `sk-checklist:unread:<office-id>`,
 * so that nothing stored is lost, and the reader is told. Nothing here throws on bad data, so it never breaks the page.
 */

/** The version of the stored shape. */
export const CHECKLIST_STORAGE_VERSION = 2;

/** The localStorage key of an office's checklist. */
export function checklistStorageKey(officeId: string, version: number = CHECKLIST_STORAGE_VERSION): string {
	return `sk-checklist:v${version}:${officeId}`;
}

/** Where a stored value that could not be read is kept, as it was. */
export function unreadStorageKey(officeId: string): string {
	return `sk-checklist:unread:${officeId}`;
}

/** Why the reader is told about stored data: unreadable in part or whole, of another version, made for other steps, or moved from version 1. */
export type ChecklistNotice = 'corrupt' | 'version' | 'changed' | 'migrated';

/** What was read back: the ticked task ids still valid, the proposal's name, and a notice when the reader should know. */
export interface ChecklistState {
	done: string[];
	proposal: string;
	notice?: ChecklistNotice;
}

/** Reads a stored value of a version against the current tasks; never throws, whatever the input. */
export function readChecklistState(raw: string | null, taskIds: readonly string[], version: number = CHECKLIST_STORAGE_VERSION): ChecklistState {
	const empty = { done: [], proposal: '' };
	if (raw === null) return empty;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ...empty, notice: 'corrupt' };
	}
	if (!isRecord(data) || !('v' in data)) return { ...empty, notice: 'corrupt' };
	if (data.v !== version) return { ...empty, notice: 'version' };
	const proposal = typeof data.proposal === 'string' ? data.proposal : '';
	const badProposal = version >= 2 && data.proposal !== undefined && typeof data.proposal !== 'string';
	if (!Array.isArray(data.done) || typeof data.model !== 'string') return { ...empty, proposal, notice: 'corrupt' };
	const stored = new Set(data.done.filter((id): id is string => typeof id === 'string'));
	const done = taskIds.filter((id) => stored.has(id));
	if (badProposal || data.done.some((id) => typeof id !== 'string')) return { done, proposal, notice: 'corrupt' };
	const changed = data.model !== hashTaskIds(taskIds) || done.length < stored.size;
	return changed ? { done, proposal, notice: 'changed' } : { done, proposal };
}

/** The JSON to store for the ticked tasks, in task order (ignoring ids that are not tasks), and the proposal's name. */
export function writeChecklistState(taskIds: readonly string[], done: Iterable<string>, proposal = ''): string {
	const ticked = new Set(done);
	return JSON.stringify({ v: CHECKLIST_STORAGE_VERSION, model: hashTaskIds(taskIds), done: taskIds.filter((id) => ticked.has(id)), proposal });
}

/**
 * Reads an office's checklist from storage, moving version 1 data to version 2 and copying an unreadable value aside
 * before it is replaced; writes back what was read when the reader is told something. Throws only what the storage throws.
 */
export function restoreChecklist(storage: StorageLike, officeId: string, taskIds: readonly string[]): ChecklistState {
	const key = checklistStorageKey(officeId);
	const current = storage.getItem(key);
	const legacyKey = checklistStorageKey(officeId, 1);
	const legacy = current === null ? storage.getItem(legacyKey) : null;
	const raw = current ?? legacy;
	const state = readChecklistState(raw, taskIds, current === null && legacy !== null ? 1 : CHECKLIST_STORAGE_VERSION);
	if (raw === null) return state;
	if (state.notice === 'corrupt' || state.notice === 'version') storage.setItem(unreadStorageKey(officeId), raw);
	const result = legacy !== null && state.notice === undefined ? { ...state, notice: 'migrated' as const } : state;
	if (result.notice) storage.setItem(key, writeChecklistState(taskIds, result.done, result.proposal));
	if (legacy !== null) storage.removeItem(legacyKey);
	return result;
}

/** The part of the Web Storage API the checklist uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** The storage `get` returns if it can be read and written, else undefined (blocked, private mode, quota full). */
export function usableStorage(get: () => StorageLike | null | undefined): StorageLike | undefined {
	try {
		const storage = get();
		if (!storage) return undefined;
		const probe = 'sk-checklist:probe';
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		return undefined;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
