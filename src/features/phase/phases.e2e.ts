import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { getDocument, getOffice, orderedPhases, stepsOfPhase } from '../../model/query';

test('a phase page introduces the phase and lists its steps with office and output', async ({ page }) => {
	for (const phase of orderedPhases(sop)) {
		await page.goto(`tahap/${phase.id}/`);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Tahap ${phase.order}: ${phase.title.id}`);
		await expect(main).toContainText(phase.summary.id);
		const items = main.locator('ol.sk-phase-steps > li');
		const steps = stepsOfPhase(sop, phase.id);
		await expect(items).toHaveCount(steps.length);
		for (const [i, step] of steps.entries()) {
			await expect(items.nth(i).getByRole('link', { name: step.title.id })).toBeVisible();
			await expect(items.nth(i)).toContainText(getOffice(sop, step.responsible).name.id);
			for (const id of step.produces) await expect(items.nth(i)).toContainText(getDocument(sop, id).name.id);
		}
	}
});

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
