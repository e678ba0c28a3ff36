import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { orderedPhases, stepsOfPhase } from '../../model/query';

test('a phase page introduces the phase, shows its diagram with its steps once, and the other phases collapsed', async ({ page }) => {
	const phase = orderedPhases(sop)[3]!;
	const steps = stepsOfPhase(sop, phase.id);
	await page.goto(`tahap/${phase.id}/`);
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1 })).toHaveText(`Tahap ${phase.order}: ${phase.title.id}`);
	await expect(main).toContainText(phase.summary.id);
	await expect(main.getByRole('heading', { level: 2, name: `Langkah ${steps[0]!.number}–${steps.at(-1)!.number} dalam alur` })).toBeVisible();
	await expect(main.locator('figure svg[role~="graphics-document"]')).toBeVisible();
	// Each step of the phase is one item of one list (the diagram's boxes are links too, in the figure).
	for (const step of steps) await expect(main.getByRole('listitem').filter({ has: page.getByRole('link', { name: step.title.id, exact: true }) })).toHaveCount(1);
	const nav = page.getByRole('navigation', { name: 'Semua tahap' });
	await expect(nav.getByRole('link', { name: phase.title.id })).toHaveAttribute('aria-current', 'page');
	await expect(nav.locator('details')).toHaveCount(sop.phases.length - 1);
	await expect(nav.locator('details[open]')).toHaveCount(0);
});

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
