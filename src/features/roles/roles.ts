import { stepsForOffice } from '../../model/query';
import type { Level, Office, Sop } from '../../model/schema';

/** The offices of each level of government that has any, in the order of levels, each with its number of steps. */
export function officesByLevel(sop: Sop): { level: Level; offices: { office: Office; stepCount: number }[] }[] {
	return sop.levels.map((level) => ({
		level,
		offices: sop.offices.filter((office) => office.level === level.id).map((office) => ({ office, stepCount: stepsForOffice(sop, office.id).length })),
	})).filter((group) => group.offices.length > 0);
}

/** The interface-string key that counts steps: singular for one, plural otherwise. */
export function stepCountLabel(count: number): 'roles.stepCount.one' | 'roles.stepCount.other' {
	return count === 1 ? 'roles.stepCount.one' : 'roles.stepCount.other';
}
