import { expect, test, type Locator, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { translate } from './strings';
import { checklistStorageKey, hashTaskIds, unreadStorageKey } from './checklist-storage';
import { getOffice, stepsForOffice } from '../../model/query';

const OFFICE = getOffice(sop, 'kasubag-kln');
const TASKS = stepsForOffice(sop, OFFICE.id).map(({ step }) => step);
const KEY = checklistStorageKey(OFFICE.id);
const RESET = translate('id', 'checklist.reset');
const PROPOSAL = translate('id', 'checklist.proposal');
const counter = (done: number) => translate('id', 'checklist.counter', { done, total: TASKS.length });
const label = (step: (typeof TASKS)[number], lang: 'id' | 'en' = 'id') => `${translate(lang, 'step.label', { number: step.number })}: ${step.title[lang]}`;
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** The outline a control draws when it has keyboard focus: its width and style, and whether it is set off from the control. */
const focusRing = (control: Locator) =>
	control.evaluate((el) => {
		const style = getComputedStyle(el);
		return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, offset: parseFloat(style.outlineOffset) };
	});

// Every office's page and its checklist of steps, the partners' own words, and that the role pages and the catalogue
// agree: src/features/roles/roles.dist.test.ts. Here: what a reader does with them in a browser.
test.describe('the role index', () => {
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
	test('the English page lists the same steps in English', async ({ page }) => {
		await page.goto(`en/peran/${OFFICE.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(OFFICE.name.en);
		await expect(page.getByRole('checkbox')).toHaveCount(TASKS.length);
		await expect(page.getByRole('checkbox').first()).toHaveAccessibleName(label(TASKS[0]!, 'en'));
		await expect(page.getByText(`0 of ${TASKS.length} done`)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Clear the checklist' })).toBeVisible();
	});

	test('a step of the checklist links to the step page and to the document, whose description opens in the catalogue', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('link', { name: 'Lihat langkah 5', exact: true }).click();
		await expect(page).toHaveURL(/\/langkah\/rapat-tim-tkksd\/$/);
		await page.goBack();
		await page.getByRole('link', { name: 'Surat undangan rapat Tim TKKSD' }).first().click();
		await expect(page).toHaveURL(/\/dokumen\/#surat-undangan-rapat$/);
		const description = page.locator('#surat-undangan-rapat');
		await expect(description).toBeVisible();
		await expect(description).toBeInViewport();
		await expect(page.getByRole('heading', { level: 3, name: 'Surat undangan rapat Tim TKKSD' })).toBeInViewport();
	});

	test('the foreign partner reads what to send, consent to and sign, in its own words, and reaches the partners’ table', async ({ page }) => {
		await page.goto('en/peran/pihak-luar-negeri/');
		const main = page.getByRole('main');
		for (const words of ['Send the cooperation proposal', 'Give your consent', 'Sign the MOU', 'Sign the cooperation agreement']) await expect(main.getByText(words, { exact: true })).toBeVisible();
		await main.getByRole('link', { name: 'partners’ table of the document catalogue' }).click();
		await expect(page).toHaveURL(/\/en\/dokumen\/#dari-luar$/);
		await expect(page.getByRole('table', { name: 'Partners’ documents in the order of the steps' })).toBeVisible();
	});

	test('the routing of step 7 shows the office’s place in it', async ({ page }) => {
		await page.goto('peran/sekda/');
		const task = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: /Langkah 7:/ }) });
		const chain = task.getByRole('list').last();
		await expect(chain.getByRole('listitem')).toHaveText([
			'Kabag Kerjasama',
			'Asisten Pemerintahan',
			'Sekda (Anda)',
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
	for (const width of [375, 1280]) {
		test(`at ${width} px: boxes of at least 24 × 24 px, a ring of 2 px or more on every focused control, and the button to clear the list last in tab order`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`peran/${OFFICE.id}/`);
			for (const box of await page.getByRole('checkbox').all()) {
				const size = (await box.boundingBox())!;
				expect(size.width).toBeGreaterThanOrEqual(24);
				expect(size.height).toBeGreaterThanOrEqual(24);
			}
			const field = page.getByRole('textbox', { name: PROPOSAL });
			const reset = page.getByRole('button', { name: RESET });
			const order = await page.locator('sk-checklist').evaluate((checklist) =>
				[...checklist.querySelectorAll<HTMLElement>('input, button, a')].map((el) => (el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName.toLowerCase())),
			);
			expect(order[0]).toBe('text');
			expect(order.at(-1)).toBe('button');
			// The button sits below the list, clear of the heading.
			expect((await reset.boundingBox())!.y).toBeGreaterThan((await page.getByRole('checkbox').last().boundingBox())!.y);
			for (const control of [field, page.getByRole('checkbox').first(), reset, page.getByRole('link', { name: 'Lihat langkah 2', exact: true })]) {
				await control.focus();
				await page.keyboard.press('Shift+Tab');
				await page.keyboard.press('Tab');
				await expect(control).toBeFocused();
				const ring = await focusRing(control);
				expect(ring.style).toBe('solid');
				expect(ring.width).toBeGreaterThanOrEqual(2);
				expect(ring.offset).toBeGreaterThanOrEqual(1);
			}
		});
	}

	test('remembers the ticks and the proposal’s name across a reload, and clears both after confirmation', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('textbox', { name: PROPOSAL }).fill('Kerjasama Bandung–Suwon');
		await page.getByRole('checkbox', { name: label(TASKS[0]!) }).check();
		await page.getByRole('checkbox', { name: label(TASKS[2]!) }).check();
		await expect(page.getByText(counter(2))).toBeVisible();
		await page.reload();
		await expect(page.getByRole('textbox', { name: PROPOSAL })).toHaveValue('Kerjasama Bandung–Suwon');
		await expect(page.getByRole('checkbox', { name: label(TASKS[0]!) })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: label(TASKS[1]!) })).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: label(TASKS[2]!) })).toBeChecked();
		await expect(page.getByText(counter(2))).toBeVisible();
		await expect(notice(page)).toHaveCount(0);

		page.once('dialog', (dialog) => dialog.dismiss());
		await page.getByRole('button', { name: RESET }).click();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);

		page.once('dialog', (dialog) => {
			expect(dialog.message()).toBe(translate('id', 'checklist.confirmReset', { abbr: OFFICE.short.id }));
			void dialog.accept();
		});
		await page.getByRole('button', { name: RESET }).click();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: PROPOSAL })).toHaveValue('');
		await expect(page.getByText(counter(0))).toBeVisible();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.cleared'));
		await page.reload();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: PROPOSAL })).toHaveValue('');
	});

	test('keeps the ticks of each office apart', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('checkbox').first().check();
		await page.goto('peran/walikota/');
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
	});

	test('moves the ticks an earlier version stored, says so once, and loses none', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		const v1 = JSON.stringify({ v: 1, model: hashTaskIds(TASKS.map((step) => step.id)), done: [TASKS[1]!.id] });
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [checklistStorageKey(OFFICE.id, 1), v1]);
		await page.reload();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.migrated'));
		await expect(page.getByRole('checkbox', { name: label(TASKS[1]!) })).toBeChecked();
		expect(await stored(page, checklistStorageKey(OFFICE.id, 1))).toBeNull();
		await page.reload();
		await expect(notice(page)).toHaveCount(0);
		await expect(page.getByRole('checkbox', { name: label(TASKS[1]!) })).toBeChecked();
	});

	for (const [raw, kind] of [
		['{"v":999}', 'version'],
		['not json', 'corrupt'],
		['<img src=x onerror=alert(1)>', 'corrupt'],
	] as const) {
		test(`keeps stored data it cannot read (${raw}) aside, with a short notice, and still works`, async ({ page }) => {
			page.on('dialog', () => {
				throw new Error('no dialog may open');
			});
			await page.goto(`peran/${OFFICE.id}/`);
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
			await page.reload();
			await expect(notice(page)).toHaveText(translate('id', `checklist.notice.${kind}`));
			expect(await stored(page, unreadStorageKey(OFFICE.id))).toBe(raw);
			await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
			await page.getByRole('checkbox').first().check();
			await expect(page.getByText(counter(1))).toBeVisible();
			await page.reload();
			await expect(notice(page)).toHaveCount(0);
			await expect(page.getByRole('checkbox').first()).toBeChecked();
			await expect(page.locator('main img')).toHaveCount(0);
		});
	}

	test('keeps the ticks that still match a step when the steps changed', async ({ page }) => {
		const before = ['langkah-lama', TASKS[1]!.id, TASKS[3]!.id];
		const value = JSON.stringify({ v: 2, model: hashTaskIds(before), done: before, proposal: 'Suwon' });
		await page.goto(`peran/${OFFICE.id}/`);
		await page.evaluate(([key, v]) => localStorage.setItem(key, v), [KEY, value]);
		await page.reload();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.changed'));
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
		await expect(page.getByRole('checkbox', { name: label(TASKS[1]!) })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: label(TASKS[3]!) })).toBeChecked();
		await expect(page.getByRole('textbox', { name: PROPOSAL })).toHaveValue('Suwon');
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
		await page.getByRole('textbox', { name: PROPOSAL }).fill('Suwon');
		await expect(page.getByText(counter(2))).toBeVisible();
		await expect(notice(page)).toHaveText(translate('id', 'checklist.notice.unavailable'));
	});

	test('tells once, on the first tick, when the storage is full', async ({ page }) => {
		await page.addInitScript((key) => {
			const setItem = Storage.prototype.setItem;
			(window as unknown as { skWrites: number }).skWrites = 0;
			Storage.prototype.setItem = function (k: string, value: string) {
				if (k === key) throw new DOMException('full', 'QuotaExceededError');
				setItem.call(this, k, value);
			};
			const observer = new MutationObserver(() => {
				const region = document.querySelector('sk-checklist [role="status"]');
				if (region?.textContent) (window as unknown as { skWrites: number }).skWrites += 1;
			});
			document.addEventListener('DOMContentLoaded', () => {
				const region = document.querySelector('sk-checklist [role="status"]');
				if (region) observer.observe(region, { childList: true, characterData: true, subtree: true });
			});
		}, KEY);
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

		test('shows plain, empty checkboxes and a field for the proposal, and no controls that need a script', async ({ page }) => {
			await page.goto(`peran/${OFFICE.id}/`);
			await expect(page.getByRole('checkbox')).toHaveCount(TASKS.length);
			await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
			await page.getByRole('checkbox').first().check();
			await expect(page.getByRole('checkbox').first()).toBeChecked();
			await page.getByRole('textbox', { name: PROPOSAL }).fill('Suwon');
			await expect(page.getByRole('button', { name: RESET })).toBeHidden();
			await expect(page.getByText(counter(0))).toBeHidden();
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('textbox', { name: PROPOSAL })).toHaveValue('Suwon');
			await expect(page.getByRole('textbox', { name: PROPOSAL })).toBeVisible();
			await expect(page.getByText('Dicetak:')).toBeVisible();
		});
	});

	test('prints on A4 without navigation: the office name, the proposal’s name, the boxes and a print date', async ({ page }) => {
		await page.goto(`peran/${OFFICE.id}/`);
		await page.getByRole('textbox', { name: PROPOSAL }).fill('Kerjasama Bandung–Suwon');
		await page.getByRole('checkbox').first().check();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: OFFICE.name.id })).toBeVisible();
		await expect(page.getByText(PROPOSAL)).toBeVisible();
		await expect(page.getByRole('textbox', { name: PROPOSAL })).toBeVisible();
		await expect(page.getByRole('textbox', { name: PROPOSAL })).toHaveValue('Kerjasama Bandung–Suwon');
		await expect(page.getByRole('checkbox')).toHaveCount(TASKS.length);
		for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeVisible();
		await expect(page.getByRole('button', { name: RESET })).toBeHidden();
		await expect(page.getByText(translate('id', 'checklist.storage'), { exact: false })).toBeHidden();
		const today = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
		await expect(page.getByText(`Dicetak: ${today}`)).toBeVisible();
		const paper = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('page'));
		expect(paper).toBe('sk-a4');
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
