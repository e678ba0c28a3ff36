import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { orderedPhases, stepsOfPhase } from '../../model/query';

// What each phase page shows (its title, summary, steps with office and output, its diagram): src/features/phase/phase.dist.test.ts,
// src/features/step/reading.dist.test.ts and src/features/diagram/diagram.dist.test.ts.
test('the sidebar groups the steps by phase, each group opening with the phase page @subpath', async ({ page }) => {
	const phase = orderedPhases(sop)[3]!;
	const step = stepsOfPhase(sop, phase.id)[0]!;
	await page.goto(`langkah/${step.id}/`);
	const sidebar = page.getByRole('navigation', { name: 'Utama' });
	const group = sidebar.locator('details').filter({ has: page.getByText(`Tahap ${phase.order}: ${phase.title.id}`, { exact: true }) });
	const links = group.getByRole('link');
	await expect(links).toHaveText(['Ikhtisar tahap', ...stepsOfPhase(sop, phase.id).map((s) => `${s.number}. ${s.title.id}`)]);
	await expect(links.nth(1)).toHaveAttribute('aria-current', 'page');
	await links.first().click();
	await expect(page).toHaveURL(new RegExp(`/tahap/${phase.id}/$`));
});
