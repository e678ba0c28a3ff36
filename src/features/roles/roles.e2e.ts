import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { checklistStorageKey, hashTaskIds } from './checklist';
import { getOffice, stepsForOffice } from '../../model/query';

const OFFICE = getOffice(sop, 'kasubag-kln');
const TASKS = stepsForOffice(sop, OFFICE.id).map(({ step }) => step);
const KEY = checklistStorageKey(OFFICE.id);
const counter = (done: number) => translate('id', 'checklist.counter', { done, total: TASKS.length });
const label = (step: (typeof TASKS)[number], lang: 'id' | 'en' = 'id') => `${translate(lang, 'step.label', { number: step.number })}: ${step.title[lang]}`;
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });

test.describe('the role index', () => {
	// Every office, under its level, with its number of steps: src/features/roles/roles.dist.test.ts.
	test('is reached from the navigation and leads to an office’s page @subpath', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Peran dan daftar periksa' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Peran dan daftar periksa' })).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: OFFICE.name.id }).click();
		await expect(page).toHaveURL(/\/peran\/kasubag-kln\/$/);
		await expect(page.getByRole('heading', { level: 1, name: OFFICE.name.id })).toBeVisible();
	});
});

test.describe('role pages', () => {
	// Every office's page and its checklist of steps: src/features/roles/roles.dist.test.ts.
	test('the English page lists the same steps in English', async ({ page }) => {
		await page.goto(`en/peran/${OFFICE.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFICE.name.en);
		await expect(page.getByRole('checkbox')).toHaveCount(TASKS.length);
		await expect(page.getByRole('checkbox').first()).toHaveAccessibleName(label(TASKS[0]!, 'en'));
		await expect(page.getByText(`0 of ${TASKS.length} done`)).toBeVisible();
	});

	test('a step of the checklist links to the step page and to the documents in the catalogue', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('link', { name: 'Lihat langkah 5', exact: true }).click();
		await expect(page).toHaveURL(/\/langkah\/rapat-tim-tkksd\/$/);
		await page.goBack();
		await page.getByRole('link', { name: 'Surat undangan rapat Tim TKKSD' }).first().click();
		await expect(page).toHaveURL(/\/dokumen\/#surat-undangan-rapat$/);
		await expect(page.getByRole('article', { name: 'Surat undangan rapat Tim TKKSD' })).toBeInViewport();
	});

	test('the routing of step 7 shows the office’s place in it', async ({ page }) => {
		await page.goto('peran/sekda/');
		const task = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /Langkah 7:/ }) });
		const chain = task.getByRole('list').last();
		await expect(chain.getByRole('listitem')).toHaveText([
			'Kabag Kerjasama',
			'Asisten Pemerintahan',
			'Sekda (kantor ini)',
			'Wakil Wali Kota',
			'Wali Kota',
			'Kabag Kerjasama',
			'Kasubag KLN',
		]);
		await expect(chain.getByRole('link', { name: 'Sekda' })).toHaveCount(0);
		await chain.getByRole('link', { name: 'Wakil Wali Kota' }).click();
		await expect(page).toHaveURL(/\/peran\/wakil-walikota\/$/);
	});
});

test.describe('the checklist', () => {
	test('remembers two ticks across a reload, and Reset clears them after confirmation', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('checkbox', { name: label(TASKS[0]!) }).check();
		await page.getByRole('checkbox', { name: label(TASKS[2]!) }).check();
		await expect(page.getByText(counter(2))).toBeVisible();
		await page.reload();
		await expect(page.getByRole('checkbox', { name: label(TASKS[0]!) })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: label(TASKS[1]!) })).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: label(TASKS[2]!) })).toBeChecked();
		await expect(page.getByText(counter(2))).toBeVisible();
		await expect(notice(page)).toHaveCount(0);

		page.once('dialog', (dialog) => dialog.dismiss());
		await page.getByRole('button', { name: 'Reset daftar periksa' }).click();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);

		page.once('dialog', (dialog) => {
			expect(dialog.message()).toBe(translate('id', 'checklist.confirmReset', { abbr: OFFICE.short.id }));
			void dialog.accept();
		});
		await page.getByRole('button', { name: 'Reset daftar periksa' }).click();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
		await expect(page.getByText(counter(0))).toBeVisible();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.cleared'));
		await page.reload();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
	});

	test('keeps the ticks of each office apart', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('checkbox').first().check();
		await page.goto('peran/walikota/');
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
	});

	for (const [raw, kind] of [
		['{"v":999}', 'version'],
		['not json', 'corrupt'],
	] as const) {
		test(`ignores stored data ${raw} with a notice, and still works`, async ({ page }) => {
			await page.goto(`peran/${OFFICE.id}/`);
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
			await page.reload();
			await expect(notice(page)).toHaveText(translate('id', `checklist.notice.${kind}`));
			await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
			await page.getByRole('checkbox').first().check();
			await expect(page.getByText(counter(1))).toBeVisible();
			await page.reload();
			await expect(notice(page)).toHaveCount(0);
			await expect(page.getByRole('checkbox').first()).toBeChecked();
		});
	}

	test('keeps the ticks that still match a step when the steps changed', async ({ page }) => {
		const before = ['langkah-lama', TASKS[1]!.id, TASKS[3]!.id];
		const stored = JSON.stringify({ v: 1, model: hashTaskIds(before), done: before });
		await page.goto(`peran/${OFFICE.id}/`);
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, stored]);
		await page.reload();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.changed'));
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
		await expect(page.getByRole('checkbox', { name: label(TASKS[1]!) })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: label(TASKS[3]!) })).toBeChecked();
		await expect(page.getByText(counter(2))).toBeVisible();
	});

	test('works without memory when storage is blocked, and says so once', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto(`peran/${OFFICE.id}/`);
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.unavailable'));
		await page.getByRole('checkbox').nth(0).check();
		await page.getByRole('checkbox').nth(1).check();
		await expect(page.getByText(counter(2))).toBeVisible();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.unavailable'));
	});

	test('tells once, on the first tick, when the storage is full', async ({ page }) => {
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			(window as unknown as { skWrites: number }).skWrites = 0;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key.startsWith('sk-checklist:v1:')) throw new DOMException('full', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
			const observer = new MutationObserver(() => {
				const region = document.querySelector('sk-checklist [role="status"]');
				if (region?.textContent) (window as unknown as { skWrites: number }).skWrites += 1;
			});
			document.addEventListener('DOMContentLoaded', () => {
				const region = document.querySelector('sk-checklist [role="status"]');
				if (region) observer.observe(region, { childList: true, characterData: true, subtree: true });
			});
		});
		await page.goto(`peran/${OFFICE.id}/`);
		await expect(notice(page)).toHaveCount(0);
		await page.getByRole('checkbox').nth(0).check();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.unavailable'));
		await page.getByRole('checkbox').nth(1).check();
		await page.getByRole('checkbox').nth(2).check();
		await expect(page.getByText(counter(3))).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { skWrites: number }).skWrites)).toBe(1);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('shows plain, empty checkboxes and no controls that need a script', async ({ page }) => {
			await page.goto(`peran/${OFFICE.id}/`);
			await expect(page.getByRole('checkbox')).toHaveCount(TASKS.length);
			await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
			await page.getByRole('checkbox').first().check();
			await expect(page.getByRole('checkbox').first()).toBeChecked();
			await expect(page.getByRole('button', { name: 'Reset daftar periksa' })).toBeHidden();
			await expect(page.getByText(counter(0))).toBeHidden();
		});
	});

	test('prints on A4 without navigation: the office name, the boxes and a print date', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: OFFICE.name.id })).toBeVisible();
		await expect(page.getByRole('checkbox')).toHaveCount(TASKS.length);
		for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeVisible();
		await expect(page.getByRole('button', { name: 'Reset daftar periksa' })).toBeHidden();
		const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
		await expect(page.getByText(`Dicetak: ${today}`)).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await expect(page.getByText('Dicetak:')).toBeHidden();
	});
});

test.describe('an unknown office', () => {
	test('gets the 404 page with a link to the role index @subpath', async ({ page }) => {
		const response = await page.goto('peran/tidak-ada/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'Peran dan daftar periksa' }).click();
		await expect(page).toHaveURL(/\/peran\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Peran dan daftar periksa' })).toBeVisible();
	});

	test('under /en/ the 404 page links to the English index', async ({ page }) => {
		const response = await page.goto('en/peran/nobody/');
		expect(response?.status()).toBe(404);
		await page.getByRole('main').getByRole('link', { name: 'Roles and checklists' }).click();
		await expect(page).toHaveURL(/\/en\/peran\/$/);
	});
});
