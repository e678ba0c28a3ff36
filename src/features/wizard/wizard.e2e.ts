import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { getOffice, orderedSteps } from '../../model/query';
import { documentChoices } from './documents';
import { BAD_QUERIES } from './bad-queries.fixture';

const steps = orderedSteps(sop);
const step = (number: number) => steps[number - 1]!;
const optionLabel = (number: number) => `Langkah ${number}: ${step(number).title.id}`;
const officeName = (id: string) => getOffice(sop, id).name.id;
/** The names of the documents produced up to a step, as the checkboxes label them. */
const documentsUpTo = (number: number) => documentChoices(sop).filter((c) => c.producedBy.number <= number).map((c) => c.document.name.id);

let problems: string[] = [];
test.beforeEach(({ page }) => {
	problems = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
});
test.afterEach(() => expect(problems).toEqual([]));

const byStep = (page: Page) => page.getByRole('region', { name: 'Langkah terakhir yang sudah selesai' });
const byDocuments = (page: Page) => page.getByRole('region', { name: 'Dokumen yang sudah ada' });
const result = (page: Page) => page.getByRole('region', { name: 'Posisi usulan' });
const stepSelect = (page: Page) => page.getByLabel('Pilih langkah terakhir yang sudah selesai');

async function chooseStep(page: Page, number: number) {
	await stepSelect(page).selectOption({ label: optionLabel(number) });
	await byStep(page).getByRole('button', { name: 'Lihat posisi' }).click();
}

async function tickDocuments(page: Page, names: string[]) {
	for (const name of names) await byDocuments(page).getByLabel(name, { exact: true }).check();
	await byDocuments(page).getByRole('button', { name: 'Lihat posisi' }).click();
}

async function expectNext(page: Page, done: number, phase: number, next: number, office: string) {
	await expect(result(page)).toBeVisible();
	await expect(result(page).getByText(`Tahap ${phase} dari 7 · Langkah ${done} dari 23`)).toBeVisible();
	await expect(result(page).getByRole('progressbar', { name: `Tahap ${phase} dari 7 · Langkah ${done} dari 23` })).toHaveAttribute('value', String(done));
	const nextPart = result(page).getByRole('region', { name: 'Langkah berikutnya' });
	await expect(nextPart.getByRole('link', { name: optionLabel(next) })).toHaveAttribute('href', new RegExp(`/langkah/${step(next).id}/$`));
	await expect(nextPart.getByRole('definition').first()).toContainText(officeName(office));
}

test.describe('answering by the last finished step', () => {
	const scenarios: [done: number, phase: number, next: number, office: string][] = [
		[1, 1, 2, 'kasubag-kln'],
		[7, 2, 8, 'kasubag-kln'],
		[11, 3, 12, 'kasubag-kln'],
		[18, 6, 19, 'walikota'],
		[22, 7, 23, 'walikota'],
	];
	for (const [done, phase, next, office] of scenarios) {
		test(`after step ${done}, step ${next} comes next, by ${office}`, async ({ page }) => {
			await page.goto('posisi/');
			await chooseStep(page, done);
			await expect(page).toHaveURL(new RegExp(`/posisi/\\?langkah=${step(done).id}$`));
			await expectNext(page, done, phase, next, office);
			await expect(result(page).getByRole('heading', { name: 'Posisi usulan' })).toBeFocused();
		});
	}

	test('before a decision, names who decides and that the SOP is silent on "no"', async ({ page }) => {
		await page.goto('posisi/');
		await chooseStep(page, 11);
		const nextPart = result(page).getByRole('region', { name: 'Langkah berikutnya' });
		await expect(nextPart.getByText('Keputusan: Apakah DPRD memberikan persetujuan?')).toContainText('Diputuskan oleh: DPRD.');
		await expect(nextPart.getByText('SOP tidak mengatur kelanjutannya')).toContainText('Sub Bagian Kerjasama Luar Negeri');
		const after = result(page).getByRole('region', { name: 'Sesudah itu' });
		await expect(after.getByRole('listitem')).toHaveCount(3);
		await expect(after.getByText('Keputusan: Apakah Mendagri menilai usulan layak?')).toBeVisible();
	});

	test('after the last step, the procedure is complete and implementation goes on', async ({ page }) => {
		await page.goto('posisi/');
		await chooseStep(page, 23);
		await expect(result(page).getByText('ke-23 langkah sudah dilalui')).toBeVisible();
		await expect(result(page).getByRole('region', { name: 'Langkah berikutnya' })).toHaveCount(0);
		const ongoing = result(page).getByRole('region', { name: 'Berlangsung terus' });
		await expect(ongoing.getByRole('link')).toHaveText([optionLabel(20), optionLabel(21), optionLabel(22)]);
	});
});

test.describe('answering by the documents the proposal has', () => {
	const scenarios: [upTo: number, phase: number, next: number, office: string][] = [
		[4, 1, 5, 'kasubag-kln'],
		[12, 4, 13, 'walikota'],
		[15, 5, 16, 'kemendagri'],
		[19, 6, 20, 'skpd'],
	];
	for (const [upTo, phase, next, office] of scenarios) {
		test(`the documents up to step ${upTo} put step ${next} next, by ${office}`, async ({ page }) => {
			await page.goto('posisi/');
			await tickDocuments(page, documentsUpTo(upTo));
			await expect(page).toHaveURL(/\/posisi\/\?dokumen=[a-z0-9,-]+$/);
			await expectNext(page, upTo, phase, next, office);
			await expect(result(page).getByText('Disimpulkan dari dokumen yang dicentang')).toBeVisible();
		});
	}

	test('DPRD approval without the Ministry’s consideration is named, not resolved', async ({ page }) => {
		await page.goto('posisi/');
		await tickDocuments(page, documentsUpTo(12).filter((name) => name !== 'Pertimbangan Kemendagri'));
		const contradiction = page.getByRole('region', { name: 'Dokumen tidak sesuai urutan SOP' });
		await expect(contradiction.getByRole('listitem')).toHaveText([`Pertimbangan Kemendagri: seharusnya dihasilkan pada ${optionLabel(10)}`]);
		await expect(page.getByRole('region', { name: 'Posisi usulan' })).toHaveCount(0);
		await contradiction.getByRole('link', { name: 'Lihat posisi bila langkah 12 memang sudah selesai' }).click();
		await expectNext(page, 12, 4, 13, 'walikota');
	});

	test('asks for a document when none is ticked', async ({ page }) => {
		await page.goto('posisi/');
		await byDocuments(page).getByRole('button', { name: 'Lihat posisi' }).click();
		await expect(page.getByText('Centang setidaknya satu dokumen.')).toBeVisible();
		await expect(byDocuments(page).getByRole('checkbox').first()).toBeFocused();
		await expect(page).toHaveURL(/\/posisi\/$/);
	});
});

test('a shared link reopens the same result @subpath', async ({ page, browser, baseURL }) => {
	await page.goto('posisi/');
	await chooseStep(page, 14);
	await expectNext(page, 14, 5, 15, 'kemendagri');
	const shared = page.url();
	const other = await browser.newPage({ baseURL });
	await other.goto(shared);
	await expect(result(other)).toBeVisible();
	expect(await other.locator('[data-sk-result]').innerHTML()).toBe(await page.locator('[data-sk-result]').innerHTML());
	await other.close();
});

test('back and forward move between answers, and "Ubah jawaban" keeps the answer @subpath', async ({ page }) => {
	await page.goto('posisi/');
	await chooseStep(page, 3);
	await expectNext(page, 3, 1, 4, 'kabag-kerjasama');
	await result(page).getByRole('link', { name: 'Ubah jawaban' }).click();
	await expect(page).toHaveURL(/\?langkah=naikkan-ke-kabag&ubah=1$/);
	await expect(stepSelect(page)).toBeFocused();
	await expect(stepSelect(page)).toHaveValue(step(3).id);
	await expect(result(page)).toHaveCount(0);
	await chooseStep(page, 9);
	await expectNext(page, 9, 3, 10, 'kemendagri');

	await page.goBack();
	await expect(stepSelect(page)).toHaveValue(step(3).id);
	await expect(result(page)).toHaveCount(0);
	await page.goBack();
	await expectNext(page, 3, 1, 4, 'kabag-kerjasama');
	await page.goForward();
	await page.goForward();
	await expectNext(page, 9, 3, 10, 'kemendagri');

	await result(page).getByRole('link', { name: 'Mulai lagi' }).click();
	await expect(page).toHaveURL(/\/posisi\/$/);
	await expect(stepSelect(page)).toHaveValue('');
	await expect(stepSelect(page)).toBeFocused();
	await expect(result(page)).toHaveCount(0);
	await page.goBack();
	await expectNext(page, 9, 3, 10, 'kemendagri');
});

test('"Ubah jawaban" after documents brings back the ticked documents', async ({ page }) => {
	await page.goto('posisi/');
	await tickDocuments(page, ['Disposisi Kasubag']);
	await expectNext(page, 2, 1, 3, 'kasubag-kln');
	await result(page).getByRole('link', { name: 'Ubah jawaban' }).click();
	const box = byDocuments(page).getByLabel('Disposisi Kasubag', { exact: true });
	await expect(box).toBeChecked();
	await expect(box).toBeFocused();
	await expect(byDocuments(page).getByRole('checkbox', { checked: true })).toHaveCount(1);
});

test('the wizard works with the keyboard alone', async ({ page }) => {
	await page.goto('posisi/');
	await stepSelect(page).focus();
	for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
	await expect(stepSelect(page)).toHaveValue(step(6).id);
	await page.keyboard.press('Tab');
	await expect(byStep(page).getByRole('button', { name: 'Lihat posisi' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expectNext(page, 6, 2, 7, 'kabag-kerjasama');
	await expect(result(page).getByRole('heading', { name: 'Posisi usulan' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(result(page).getByRole('link', { name: optionLabel(6) })).toBeFocused();

	await result(page).getByRole('link', { name: 'Ubah jawaban' }).focus();
	await page.keyboard.press('Enter');
	await expect(stepSelect(page)).toBeFocused();
	await expect(stepSelect(page)).toHaveValue(step(6).id);

	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const first = byDocuments(page).getByRole('checkbox').first();
	await expect(first).toBeFocused();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
});

test('the result region is announced politely', async ({ page }) => {
	await page.goto('posisi/');
	const region = page.locator('[data-sk-result]');
	await expect(region).toHaveAttribute('aria-live', 'polite');
	await chooseStep(page, 5);
	await expect(region.getByRole('region', { name: 'Posisi usulan' })).toBeVisible();
});

test('the English wizard answers in English under /en/', async ({ page }) => {
	await page.goto('en/posisi/');
	await page.getByLabel('Choose the last step that has been finished').selectOption({ label: `Step 16: ${step(16).title.en}` });
	await page.getByRole('region', { name: 'Last finished step' }).getByRole('button', { name: 'Show the position' }).click();
	const found = page.getByRole('region', { name: 'Where the proposal stands' });
	await expect(found.getByText('Phase 5 of 7 · Step 16 of 23')).toBeVisible();
	const next = found.getByRole('region', { name: 'Next step' });
	await expect(next.getByRole('link', { name: `Step 17: ${step(17).title.en}` })).toHaveAttribute('href', /\/en\/langkah\/tanda-tangan-mou\/$/);
	await expect(next.getByRole('definition').first()).toContainText(getOffice(sop, 'walikota').name.en);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the wizard offers every step as a link to its prerendered result @subpath', async ({ page }) => {
		await page.goto('posisi/');
		await expect(stepSelect(page)).toBeHidden();
		const links = byStep(page).getByRole('link');
		await expect(links).toHaveText(steps.map((s) => `Langkah ${s.number}: ${s.title.id}`));
		await links.nth(9).click();
		await expect(page).toHaveURL(new RegExp(`/posisi/${step(10).id}/$`));
		await expectNext(page, 10, 3, 11, 'kasubag-kln');
	});
});

for (const [lang, prefix] of [
	['id', ''],
	['en', 'en/'],
] as const) {
	test(`the prerendered result equals the interactive one for every step (${lang})`, async ({ page }) => {
		test.setTimeout(90_000);
		for (const s of steps) {
			await page.goto(`${prefix}posisi/?langkah=${s.id}`);
			await expect(page.locator('[data-sk-result] section.sk-result')).toBeVisible();
			// The prerendered page as a browser without JavaScript reads it: parsed, its scripts not run.
			const prerendered = await page.evaluate(async (url) => {
				const html = await (await fetch(url)).text();
				return new DOMParser().parseFromString(html, 'text/html').querySelector('[data-sk-result]')?.innerHTML;
			}, `${s.id}/`);
			expect(prerendered, s.id).toContain(`value="${s.number}"`);
			expect(await page.locator('[data-sk-result]').innerHTML(), s.id).toBe(prerendered);
		}
	});
}

const CHUNKS = 4;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
	const queries = BAD_QUERIES.filter((_, i) => i % CHUNKS === chunk);
	test(`bad query strings give the message and the start of the wizard (${chunk + 1}/${CHUNKS})`, async ({ page }) => {
		for (const [query] of queries) {
			await page.goto(`posisi/${query}`);
			await expect(page.getByRole('heading', { name: 'Langkah tidak dikenal' }), query.slice(0, 60)).toBeVisible();
			await expect(stepSelect(page)).toBeVisible();
			await expect(stepSelect(page)).toHaveValue('');
			await expect(result(page)).toHaveCount(0);
			await expect(page.locator('main img, main svg[onload], main b')).toHaveCount(0);
		}
	});
}

test.describe('accessibility of every state of the wizard', () => {
	const states = ['', '?langkah=susun-rencana-kerjasama', '?langkah=laporan-kepala-daerah', '?dokumen=persetujuan-dprd', '?langkah=tidak-ada', '?langkah=arahan-kabag&ubah=1'];
	// Every combination of scheme and width runs over the built pages elsewhere; the states only the script shows run here.
	for (const [colorScheme, width] of [
		['light', 375],
		['dark', 1280],
	] as const) {
		{
			test(`has no axe violations (${colorScheme}, ${width} px)`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.setViewportSize({ width, height: 900 });
				for (const state of states) {
					await page.goto(`posisi/${state}`);
					await expect(page.locator('sk-wizard [data-sk-questions], sk-wizard [data-sk-result] > *').first()).toBeVisible();
					// Legacy mode runs axe in the page in one go, as the checks over every page do: the wizard has no frames.
					const { violations } = await new AxeBuilder({ page }).include('main').setLegacyMode(true).analyze();
					expect(violations.map((v) => `${state || '(start)'}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
				}
			});
		}
	}
});
