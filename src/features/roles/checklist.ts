import { stepsForOffice, type OfficeRole } from '../../model/query';
import type { Sop, Step } from '../../model/schema';

/** One task of an office's checklist: a step where the office acts, with the documents at stake for it. */
export interface ChecklistTask {
	/** The step's id: stable across languages and the key a tick is stored under. */
	id: string;
	step: Step;
	role: OfficeRole;
	/** Documents the step needs (its kelengkapan). */
	needs: string[];
	/** Documents addressed to this office that reach it at this step, each listed at the first step it meets them. */
	receives: string[];
	/** Documents this office must produce: all of the step's output when it is responsible, else what it issues itself. */
	produces: string[];
}

/** The checklist of an office: one task per step where it is responsible or involved, in step order. */
export function checklistFor(sop: Sop, officeId: string): ChecklistTask[] {
	const docs = new Map(sop.documents.map((doc) => [doc.id, doc]));
	const handled = new Set<string>();
	return stepsForOffice(sop, officeId).map(({ step, role }) => {
		const issues = (id: string) => docs.get(id)?.issuedBy.includes(officeId) ?? false;
		const produces = role === 'responsible' ? [...step.produces] : step.produces.filter(issues);
		const receives = [...new Set([...step.requires, ...step.produces])].filter(
			(id) => docs.get(id)?.addressedTo.includes(officeId) && !issues(id) && !produces.includes(id) && !handled.has(id),
		);
		for (const id of [...receives, ...produces]) handled.add(id);
		return { id: step.id, step, role, needs: [...step.requires], receives, produces };
	});
}

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
 * What the browser remembers for one office's checklist.
 *
 * Key:   `sk-checklist:v1:<office-id>` in localStorage (the same for every language of the page).
 * Value: JSON `{ "v": 1, "model": "<hashTaskIds of the office's task ids>", "done": ["<task id>", …] }`.
 *
 * `v` is the version of this shape, and is also in the key. `readChecklistState` ignores data of any other
 * version, with a notice; a later version that wants to keep old ticks reads the older key and migrates them.
 * `model` records which list of tasks the ticks were made against: when the SOP model changes the office's
 * steps, the ticks whose task still exists are kept, the others are dropped, and the reader is told.
 * Data that does not parse as this shape is ignored with a notice, except that the string ids of an
 * otherwise valid `done` list are kept. Nothing here throws, so a bad value never breaks the page.
 */

/** The version of the stored shape. */
export const CHECKLIST_STORAGE_VERSION = 1;

/** The localStorage key of an office's checklist. */
export function checklistStorageKey(officeId: string): string {
	return `sk-checklist:v${CHECKLIST_STORAGE_VERSION}:${officeId}`;
}

/** Why stored data was ignored, in whole or in part. */
export type ChecklistNotice = 'corrupt' | 'version' | 'changed';

/** What was read back: the ticked task ids still valid, and a notice when some or all of the stored data was ignored. */
export interface ChecklistState {
	done: string[];
	notice?: ChecklistNotice;
}

/** Reads stored checklist JSON against the current tasks; never throws, whatever the input. */
export function readChecklistState(raw: string | null, taskIds: readonly string[]): ChecklistState {
	if (raw === null) return { done: [] };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { done: [], notice: 'corrupt' };
	}
	if (!isRecord(data) || !('v' in data)) return { done: [], notice: 'corrupt' };
	if (data.v !== CHECKLIST_STORAGE_VERSION) return { done: [], notice: 'version' };
	if (!Array.isArray(data.done) || typeof data.model !== 'string') return { done: [], notice: 'corrupt' };
	const stored = new Set(data.done.filter((id): id is string => typeof id === 'string'));
	const done = taskIds.filter((id) => stored.has(id));
	if (data.done.some((id) => typeof id !== 'string')) return { done, notice: 'corrupt' };
	const changed = data.model !== hashTaskIds(taskIds) || done.length < stored.size;
	return changed ? { done, notice: 'changed' } : { done };
}

/** The JSON to store for the ticked tasks, in task order, ignoring ids that are not tasks. */
export function writeChecklistState(taskIds: readonly string[], done: Iterable<string>): string {
	const ticked = new Set(done);
	return JSON.stringify({ v: CHECKLIST_STORAGE_VERSION, model: hashTaskIds(taskIds), done: taskIds.filter((id) => ticked.has(id)) });
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
