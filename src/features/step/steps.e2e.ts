import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { getDocument, getOffice, orderedSteps, stepsOfPhase } from '../../model/query';

// What every step page shows (number, office, documents, verbatim text, explanation, decision, routing, previous and
// next): src/features/step/reading.dist.test.ts. Here: moving between steps, the keyboard, a page in each language.
const steps = orderedSteps(sop);

/** Checks what a step page shows about its step, in Indonesian. */
async function expectStepPage(page: Page, number: number) {
	const step = steps[number - 1]!;
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1 })).toHaveText(step.title.id);
	await expect(main.getByText(`Langkah ${step.number} dari ${steps.length}`, { exact: true })).toBeVisible();
	const facts = main.locator('.sk-facts');
	await expect(facts.getByRole('link', { name: getOffice(sop, step.responsible).name.id, exact: true })).toBeVisible();
	for (const id of [...step.requires, ...step.produces]) await expect(facts).toContainText(getDocument(sop, id).name.id);
	await expect(main.getByRole('figure', { name: 'Teks asli SOP 2015' })).toContainText(step.sopText);
	await expect(main.getByRole('heading', { level: 2, name: 'Penjelasan' })).toBeVisible();
}

test('previous and next move between steps under any base path @subpath', async ({ page }) => {
	await page.goto(`langkah/${steps[11]!.id}/`);
	await expectStepPage(page, 12);
	await page.getByRole('link', { name: /^Selanjutnya/ }).click();
	await expectStepPage(page, 13);
	await page.getByRole('link', { name: /^Sebelumnya/ }).click();
	await page.getByRole('link', { name: /^Sebelumnya/ }).click();
	await expectStepPage(page, 11);
});

test('the step-by-step navigation shows every phase, opens only the current one and marks the current step', async ({ page }) => {
	const step = steps[11]!;
	await page.goto(`langkah/${step.id}/`);
	const nav = page.getByRole('navigation', { name: 'Langkah demi langkah' });
	await expect(nav.getByRole('heading', { level: 2, name: 'Langkah demi langkah' })).toBeVisible();
	await expect(nav.locator('summary')).toHaveText(sop.phases.map((phase) => new RegExp(phase.title.id)));
	// Only the phase of the current step shows its steps.
	await expect(nav.getByRole('link')).toHaveCount(stepsOfPhase(sop, step.phase).length);
	const current = nav.locator('[aria-current="step"]');
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAccessibleName(step.title.id);

	// Keyboard: the step after the current one is the next stop, and Enter follows it.
	const following = nav.getByRole('link', { name: steps[12]!.title.id, exact: true });
	await following.focus();
	await page.keyboard.press('Shift+Tab');
	await expect(current).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(following).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/langkah/${steps[12]!.id}/$`));
	await expect(page.getByRole('navigation', { name: 'Langkah demi langkah' }).locator('[aria-current="step"]')).toHaveAccessibleName(steps[12]!.title.id);
});

test('a closed phase of the step-by-step navigation opens from the keyboard to show its steps', async ({ page }) => {
	await page.goto(`langkah/${steps[0]!.id}/`);
	const nav = page.getByRole('navigation', { name: 'Langkah demi langkah' });
	const last = sop.phases.at(-1)!;
	const lastSteps = stepsOfPhase(sop, last.id);
	await expect(nav.getByRole('link', { name: lastSteps[0]!.title.id, exact: true })).toBeHidden();
	await nav.locator('summary', { hasText: last.title.id }).focus();
	await page.keyboard.press('Enter');
	for (const s of lastSteps) await expect(nav.getByRole('link', { name: s.title.id, exact: true })).toBeVisible();
	await expect(nav.getByRole('link', { name: `Ikhtisar tahap ${sop.phases.length}` })).toHaveAttribute('href', new RegExp(`/tahap/${last.id}/$`));
});

test('a decision is read where it is taken: after step 12 in its "next step" card, before steps 15 and 16 at their top', async ({ page }) => {
	await page.goto('langkah/persetujuan-dprd/');
	const card = page.getByRole('region', { name: 'Langkah berikutnya' });
	await expect(card).toContainText('Setelah langkah ini: Apakah DPRD memberikan persetujuan?');
	await expect(card.getByRole('term')).toHaveText(['Ya, DPRD menyetujui', 'Tidak']);
	await expect(card.getByRole('definition').last()).toHaveText('SOP tidak menyebut apa yang terjadi dalam hal itu. Tanyakan kepada Sub Bagian Kerjasama Luar Negeri.');
	await card.getByRole('link', { name: /^Langkah 13:/ }).click();
	await expect(page).toHaveURL(/\/langkah\/sampaikan-ke-mendagri\/$/);

	for (const step of steps.filter((s) => s.decision?.timing === 'before')) {
		await page.goto(`langkah/${step.id}/`);
		const gate = page.getByRole('region', { name: 'Keputusan sebelum langkah ini' });
		await expect(gate).toContainText(step.decision!.question.id);
		await expect(gate).toContainText(step.decision!.yes.id);
		await expect(gate).toContainText('Langkah ini dilaksanakan.');
		for (const id of step.decision!.decidedBy) await expect(gate.getByRole('link', { name: getOffice(sop, id).short.id })).toBeVisible();
		// The gate comes before the explanation of the step.
		const gateTop = (await gate.boundingBox())!.y;
		expect(gateTop).toBeLessThan((await page.getByRole('heading', { level: 2, name: 'Penjelasan' }).boundingBox())!.y);
	}
});

test('steps without a decision or a routing chain show neither', async ({ page }) => {
	await page.goto(`langkah/${steps[0]!.id}/`);
	await expect(page.getByRole('region', { name: 'Keputusan sebelum langkah ini' })).toHaveCount(0);
	await expect(page.locator('.sk-branches')).toHaveCount(0);
	await expect(page.getByRole('region', { name: /^Alur:/ })).toHaveCount(0);
});

test('an English step page explains in English and quotes the Indonesian original, labelled as such', async ({ page }) => {
	const step = steps[15]!;
	await page.goto(`en/langkah/${step.id}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(step.title.en);
	await expect(page.getByText(`Step ${step.number} of ${steps.length}`, { exact: true })).toBeVisible();
	const quote = page.getByRole('figure', { name: 'Original text of the 2015 SOP (Indonesian)' });
	await expect(quote).toContainText(step.sopText);
	await expect(quote.locator('blockquote')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { level: 2, name: 'What happens' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Decision before this step' })).toContainText('The SOP does not say what happens');
	await expect(page.getByRole('region', { name: 'Next step' }).getByRole('link', { name: /^Step 17:/ })).toBeVisible();
});
