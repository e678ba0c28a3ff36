import { expect, test } from '@playwright/test';
import { sop } from '../../content/sop';
import { getStep } from '../../model/query';

/**
 * The height of step 12's page at 375 px before the "next step" card and the collapsed navigation (main at f8ffe0d:
 * the whole 23-step list before "next", the notice as a box), measured in this browser on the root build.
 */
const STEP_12_HEIGHT_BEFORE = 4893;

test.describe('a step page on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('step 12 is at most half as tall as before', async ({ page }, testInfo) => {
		test.skip(testInfo.project.name !== 'root', 'measured on the root build, without the test contact, as before');
		await page.goto('langkah/persetujuan-dprd/');
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		testInfo.annotations.push({ type: 'height', description: `${height} px` });
		expect(height).toBeLessThanOrEqual(STEP_12_HEIGHT_BEFORE / 2);
	});

	test('shows the next step right under the offices and documents, and the step-by-step navigation after it', async ({ page }) => {
		await page.goto('langkah/persetujuan-dprd/');
		const facts = (await page.locator('dl.sk-facts').boundingBox())!;
		const card = (await page.getByRole('region', { name: 'Langkah berikutnya' }).boundingBox())!;
		const nav = (await page.getByRole('navigation', { name: 'Langkah demi langkah' }).boundingBox())!;
		expect(card.y).toBeGreaterThan(facts.y + facts.height);
		expect(card.y - (facts.y + facts.height)).toBeLessThan(80);
		expect(nav.y).toBeGreaterThan(card.y + card.height);
	});
});

test.describe('the step-by-step navigation without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('opens a closed phase with a click and keeps the current one open @subpath', async ({ page }) => {
		const step = getStep(sop, 'tanda-tangan-mou');
		await page.goto(`langkah/${step.id}/`);
		const nav = page.getByRole('navigation', { name: 'Langkah demi langkah' });
		await expect(nav.locator('details[open]')).toHaveCount(1);
		await expect(nav.getByRole('link', { name: step.title.id, exact: true })).toBeVisible();
		const first = sop.phases[0]!;
		await nav.locator('summary', { hasText: first.title.id }).click();
		await expect(nav.getByRole('link', { name: sop.steps[0]!.title.id, exact: true })).toBeVisible();
		await nav.getByRole('link', { name: sop.steps[0]!.title.id, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/langkah/${sop.steps[0]!.id}/$`));
	});
});
