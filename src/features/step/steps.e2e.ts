import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { getDocument, getOffice, orderedSteps } from '../../model/query';

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

test('the step-by-step navigation lists the phases under headings and marks the current step', async ({ page }) => {
	const step = steps[11]!;
	await page.goto(`langkah/${step.id}/`);
	const nav = page.getByRole('navigation', { name: 'Langkah demi langkah' });
	await expect(nav.getByRole('heading', { level: 2, name: 'Langkah demi langkah' })).toBeVisible();
	await expect(nav.getByRole('heading', { level: 3 })).toHaveText(sop.phases.map((phase) => new RegExp(phase.title.id)));
	await expect(nav.getByRole('link')).toHaveCount(steps.length + sop.phases.length);
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
	await expect(page.getByRole('region', { name: 'Decision' })).toContainText('The SOP does not say what happens');
});
