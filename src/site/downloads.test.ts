import { describe, expect, it } from 'vitest';
import { formatBytes } from './downloads';

describe('formatBytes', () => {
	it('writes kilobytes of 1000 bytes with one decimal, as each language writes numbers', () => {
		expect(formatBytes(49_067, 'id')).toBe('49,1 kB');
		expect(formatBytes(49_067, 'en')).toBe('49.1 kB');
		expect(formatBytes(1_234_500, 'id')).toBe('1.234,5 kB');
		expect(formatBytes(800, 'en')).toBe('0.8 kB');
	});
});
