import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sop } from '../../content/sop';
import { getOffice, orderedPhases, orderedSteps } from '../../model/query';
import { pendingDecision } from './flow';
import { QUERY_PROBLEMS, type QueryProblem } from './query-string';
import { wizardStrings } from './strings';

const steps = orderedSteps(sop);
const step = (number: number) => steps[number - 1]!;
const label = (number: number) => `Langkah ${number}: ${step(number).title.id}`;
const short = (id: string) => getOffice(sop, id).short.id;
const phaseOf = (number: number) => orderedPhases(sop).find((p) => p.id === step(number).phase)!;
const phaseLabel = (number: number) => `Tahap ${phaseOf(number).order}: ${phaseOf(number).title.id}`;
const strings = wizardStrings.id;
const TRACKING = 'utm_source=whatsapp&utm_medium=social&fbclid=IwAR0abc&gclid=Cj0KCQ';

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

const main = (page: Page) => page.getByRole('main');
const lead = (page: Page) => main(page).locator('.sk-panel');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens the wizard from the home page, as a reader does. */
async function fromHome(page: Page) {
	await page.goto('./');
	await main(page).getByRole('link', { name: 'Di mana usulan saya?' }).click();
	await expect(heading(page)).toHaveText('Di mana usulan saya?');
}

/** Chooses an option of the question on the page and continues. */
async function answer(page: Page, option: string, go = 'Lanjutkan') {
	await main(page).getByRole('radio', { name: option, exact: true }).check();
	await main(page).getByRole('link', { name: go }).click();
}

/** From the start page, answers the step path up to the page after step `number`. */
async function afterStep(page: Page, number: number) {
	await main(page).getByRole('link', { name: strings['way.step.title'] }).click();
	await expect(heading(page)).toHaveText(strings['phases.title']);
	await answer(page, phaseLabel(number));
	await expect(heading(page)).toHaveText(`Langkah mana yang terakhir selesai di tahap ${phaseOf(number).order}?`);
	await answer(page, label(number));
	await expect(page).toHaveURL(new RegExp(`/posisi/${step(number).id}/$`));
}

async function expectLead(page: Page, sentences: string[]) {
	await expect(lead(page).locator('.sk-lead')).toHaveText(sentences);
}

test.describe('the three ways in, from the home page', () => {
	test('"I know the last finished step": phase, then step, then where the file is and what comes next @subpath', async ({ page }) => {
		await fromHome(page);
		await afterStep(page, 6);
		await expect(heading(page)).toHaveText('Posisi usulan setelah langkah 6');
		await expectLead(page, [`Berkas sekarang berada di ${short('kabag-kerjasama')}.`, `Berikutnya: ${label(7)}, oleh ${short('kabag-kerjasama')}.`]);
		const next = main(page).getByRole('region', { name: 'Langkah berikutnya' });
		await expect(next.locator('.sk-route li')).toHaveText(step(7).routing!.via.map(short));
	});

	test('"I have documents": ticked documents give the last finished step @subpath', async ({ page }) => {
		await fromHome(page);
		await main(page).getByRole('link', { name: strings['way.documents.title'] }).click();
		await expect(heading(page)).toHaveText(strings['docs.title']);
		await main(page).getByRole('checkbox', { name: 'Usulan kerjasama', exact: true }).check();
		await main(page).getByRole('checkbox', { name: 'Disposisi Kasubag', exact: true }).check();
		await main(page).getByRole('button', { name: 'Lanjutkan' }).click();
		await expect(page).toHaveURL(/\/posisi\/dokumen\/\?dokumen=usulan-kerjasama&dokumen=disposisi-kasubag$/);
		await expect(heading(page)).toHaveText(strings['answer.titleDocuments']);
		await expectLead(page, [`Berkas sekarang berada di ${short('kasubag-kln')}.`, `Berikutnya: ${label(3)}, oleh ${short('kasubag-kln')}.`]);
		await expect(main(page).getByText(`Menurut dokumen Anda, langkah terakhir yang sudah selesai adalah ${label(2)}.`)).toBeVisible();
	});

	test('"We have not submitted yet": what a foreign partner prepares, to whom, and what happens first @subpath', async ({ page }) => {
		await fromHome(page);
		await main(page).getByRole('link', { name: strings['way.notSubmitted.title'] }).click();
		await answer(page, getOffice(sop, 'pihak-luar-negeri').name.id);
		await expect(heading(page)).toHaveText('Sebelum usulan diajukan: Pihak luar negeri');
		await expectLead(page, [`Usulan diajukan kepada ${short('staf-kln')}.`, `Berikutnya: ${label(1)}, oleh ${short('staf-kln')}.`]);
		const prepare = main(page).getByRole('region', { name: 'Yang perlu disiapkan' });
		await expect(prepare.getByRole('listitem').first()).toHaveText(`Usulan kerjasama: diajukan kepada ${short('staf-kln')}.`);
		await expect(main(page).getByRole('region', { name: 'Sesudah itu' }).getByRole('listitem')).toHaveText([2, 3, 4].map((n) => new RegExp(`^${label(n)}`)));
	});
});

test.describe('a decision, answered yes and no', () => {
	for (const asking of steps.filter((s) => pendingDecision(sop, s))) {
		const pending = pendingDecision(sop, asking)!;
		const then = pending.then;
		test(`after step ${asking.number}: “${pending.decision.question.id}”`, async ({ page }) => {
			await fromHome(page);
			await afterStep(page, asking.number);
			await expect(heading(page)).toHaveText(pending.decision.question.id);
			await answer(page, pending.decision.yes.id);
			await expect(page).toHaveURL(new RegExp(`/posisi/${asking.id}/ya/$`));
			await expect(lead(page).locator('.sk-lead').nth(1)).toHaveText(`Berikutnya: ${label(then.number)}, oleh ${short(then.responsible)}.`);

			await page.goBack();
			await answer(page, 'Tidak');
			await expect(page).toHaveURL(new RegExp(`/posisi/${asking.id}/tidak/$`));
			await expectLead(page, [`SOP 2015 tidak mengatur apa yang terjadi bila jawabannya tidak: “${pending.decision.question.id}”`]);
			await expect(main(page).getByText(strings['answer.silentAsk'])).toBeVisible();
			await expect(main(page).getByRole('region', { name: 'Langkah berikutnya' })).toHaveCount(0);

			await page.goBack();
			await answer(page, 'Belum diputuskan');
			await expect(lead(page).locator('.sk-lead').first()).toContainText('menunggu keputusan');
			await main(page).getByRole('link', { name: `Ubah ${pending.decision.question.id}` }).click();
			await expect(main(page).getByRole('radio', { name: 'Belum diputuskan' })).toBeChecked();
		});
	}
});

test('back and forward move between answers, and "Ubah" brings the question back with the answer chosen @subpath', async ({ page }) => {
	await fromHome(page);
	await afterStep(page, 3);
	await main(page).getByRole('link', { name: 'Ubah Langkah terakhir yang sudah selesai' }).click();
	await expect(page).toHaveURL(new RegExp(`/posisi/tahap/${step(3).phase}/#pilih-${step(3).id}$`));
	const chosen = main(page).getByRole('radio', { name: label(3) });
	await expect(chosen).toBeChecked();
	await expect(chosen).toBeFocused();
	await answer(page, label(4));
	await expect(heading(page)).toHaveText('Posisi usulan setelah langkah 4');

	await page.goBack();
	await expect(main(page).getByRole('radio', { name: label(4) })).toBeChecked();
	await page.goBack();
	await expect(heading(page)).toHaveText('Posisi usulan setelah langkah 3');
	await page.goForward();
	await page.goForward();
	await expect(heading(page)).toHaveText('Posisi usulan setelah langkah 4');
});

test('"Ubah" after documents brings back the ticked documents, and back returns to the answer', async ({ page }) => {
	await page.goto('posisi/dokumen/?dokumen=arahan-kabag,surat-undangan-rapat');
	await expect(lead(page).locator('.sk-lead').nth(1)).toHaveText(`Sedang berjalan, belum selesai: ${label(5)}, oleh ${short('kasubag-kln')}.`);
	await main(page).getByRole('link', { name: 'Ubah Dokumen yang Anda pegang' }).click();
	await expect(heading(page)).toHaveText(strings['docs.title']);
	await expect(main(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
	await expect(main(page).getByRole('checkbox', { name: 'Arahan Kabag untuk rapat Tim TKKSD' })).toBeFocused();
	await main(page).getByRole('checkbox', { name: 'Keputusan Tim TKKSD' }).check();
	await main(page).getByRole('button', { name: 'Lanjutkan' }).click();
	await expect(lead(page).locator('.sk-lead').nth(1)).toHaveText(`Berikutnya: ${label(6)}, oleh ${short('kasubag-kln')}.`);
	await page.goBack();
	await page.goBack();
	await expect(lead(page).locator('.sk-lead').nth(1)).toContainText('Sedang berjalan');
});

test.describe('tracking parameters on every kind of answer link', () => {
	const links: [kind: string, path: string, firstSentence: string | RegExp][] = [
		['an answer after a step', `posisi/${step(10).id}/`, `Berkas sekarang berada di ${short('walikota')}.`],
		['an answer to a decision', `posisi/${step(12).id}/belum/`, /^Berkas sekarang berada di DPRD/],
		['a partner’s answer', 'posisi/belum-diajukan/pemda-pengusul/', `Usulan diajukan kepada ${short('staf-kln')}.`],
		['a documents answer', 'posisi/dokumen/?dokumen=telaahan-staf,disposisi-kasubag,keputusan-tim-tkksd,surat-undangan-rapat,arahan-kabag', `Berkas sekarang berada di ${short('kabag-kerjasama')}.`],
		['an earlier version’s step link', `posisi/?langkah=${step(10).id}`, `Berkas sekarang berada di ${short('walikota')}.`],
		['an earlier version’s step number', 'posisi/?langkah=10', `Berkas sekarang berada di ${short('walikota')}.`],
		['an earlier version’s documents link', 'posisi/?dokumen=telaahan-staf,disposisi-kasubag,keputusan-tim-tkksd,surat-undangan-rapat,arahan-kabag', `Berkas sekarang berada di ${short('kabag-kerjasama')}.`],
	];
	for (const [kind, path, first] of links) {
		test(`${kind} keeps working and keeps them @subpath`, async ({ page }) => {
			await page.goto(`${path}${path.includes('?') ? '&' : '?'}${TRACKING}`);
			await expect(lead(page).locator('.sk-lead').first()).toHaveText(first);
			expect(new URL(page.url()).search).toContain(TRACKING);
		});
	}
});

test('documents as a form sends them and as a list give the same answer', async ({ page, browser, baseURL }) => {
	await page.goto('posisi/dokumen/?dokumen=persetujuan-dprd&dokumen=rencana-kerjasama&dokumen=rancangan-mou');
	const other = await browser.newPage({ baseURL });
	await other.goto('posisi/dokumen/?dokumen=rencana-kerjasama,rancangan-mou,persetujuan-dprd');
	await expect(lead(page)).toBeVisible();
	await expect(lead(other)).toBeVisible();
	expect(await other.locator('[data-sk-answer-host]').innerHTML()).toBe(await page.locator('[data-sk-answer-host]').innerHTML());
	await other.close();
});

test.describe('bad input in an address: its own message, and the page still usable', () => {
	const START: [string, QueryProblem][] = [
		[`?langkah=${'a'.repeat(2100)}`, 'too-long'],
		['?langkah=%E0%A4%A', 'malformed'],
		['?langkah=', 'empty-value'],
		['?langkah=arahan-kabag&langkah=terima-usulan', 'repeated-key'],
		['?langkah=arahan-kabag&dokumen=telaahan-staf', 'conflict'],
		['?langkah=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'unknown-step'],
		['?tahap=tidak-ada', 'unknown-phase'],
		['?langkah=12&keputusan=mungkin', 'unknown-answer'],
		['?langkah=1&keputusan=ya', 'not-asked'],
	];
	const DOCUMENTS: [string, QueryProblem][] = [
		['?dokumen=telaahan-staf,%3Cb%3Ex%3C/b%3E', 'unknown-document'],
		['?dokumen=', 'empty-value'],
		['?dokumen=%zz', 'malformed'],
		[`?dokumen=${'a'.repeat(100)}`, 'too-long'],
		['?dokumen=telaahan-staf&tahap=1', 'conflict'],
	];

	test('covers every kind of problem', () => {
		expect(new Set([...START, ...DOCUMENTS].map(([, problem]) => problem))).toEqual(new Set(QUERY_PROBLEMS));
	});

	for (const [query, problem] of START) {
		test(`the start page: ${problem}`, async ({ page }) => {
			await page.goto(`posisi/${query}`);
			const summary = main(page).locator('#sk-fout');
			await expect(summary).toBeFocused();
			await expect(summary.getByRole('listitem')).toHaveText([strings[`problem.${problem}`]]);
			await expect(page).toHaveTitle(/^Kesalahan: /);
			await expect(main(page).getByRole('link', { name: strings['way.step.title'] })).toBeVisible();
			await expect(main(page).locator('img, svg[onload], b')).toHaveCount(0);
		});
	}

	for (const [query, problem] of DOCUMENTS) {
		test(`the documents question: ${problem}`, async ({ page }) => {
			await page.goto(`posisi/dokumen/${query}`);
			const summary = main(page).locator('#sk-fout');
			await expect(summary).toBeFocused();
			await expect(summary.getByRole('listitem')).toHaveText([strings[`problem.${problem}`]]);
			await expect(main(page).locator('#sk-fout-pesan')).toHaveText(`${strings['error.titlePrefix']} ${strings[`problem.${problem}`]}`);
			await expect(main(page).getByRole('checkbox', { checked: true })).toHaveCount(problem === 'unknown-document' || problem === 'conflict' ? 1 : 0);
			await expect(main(page).getByRole('button', { name: 'Lanjutkan' })).toBeVisible();
			await expect(main(page).locator('b')).toHaveCount(0);
		});
	}
});

test.describe('the error summary', () => {
	test('takes focus when "Continue" is pressed without an answer, and links to the first option', async ({ page }) => {
		await page.goto('posisi/langkah/');
		await main(page).getByRole('link', { name: 'Lanjutkan' }).click();
		const summary = main(page).locator('#sk-fout');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading', { name: 'Ada masalah' })).toBeVisible();
		await expect(main(page).locator('.sk-field-error')).toBeVisible();
		await expect(page).toHaveTitle(/^Kesalahan: /);
		await summary.getByRole('link', { name: strings['phases.error'] }).click();
		await expect(main(page).getByRole('radio').first()).toBeFocused();
		// Continuing without an answer again brings focus back to the summary.
		await main(page).getByRole('link', { name: 'Lanjutkan' }).click();
		await expect(summary).toBeFocused();
	});

	test('takes focus when the documents question is sent with nothing ticked', async ({ page }) => {
		await page.goto('posisi/dokumen/');
		await main(page).getByRole('button', { name: 'Lanjutkan' }).click();
		await expect(main(page).locator('#sk-fout')).toBeFocused();
		await expect(main(page).locator('#sk-fout-pesan')).toContainText(strings['docs.error']);
		await expect(page).toHaveURL(/\/posisi\/dokumen\/$/);
		await main(page).locator('#sk-fout').getByRole('link').click();
		await expect(main(page).getByRole('checkbox').first()).toBeFocused();
	});
});

test('a question answers to the keyboard alone: arrows choose, Enter continues', async ({ page }) => {
	await page.goto('posisi/langkah/');
	await main(page).getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(main(page).getByRole('radio', { name: phaseLabel(9) })).toBeChecked();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/posisi/tahap/${phaseOf(9).id}/$`));
	await main(page).getByRole('radio').first().focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(main(page).getByRole('link', { name: 'Lanjutkan' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/posisi/${step(9).id}/$`));
});

test('the English wizard answers in English under /en/', async ({ page }) => {
	await page.goto('en/posisi/');
	await main(page).getByRole('link', { name: 'I know the last finished step' }).click();
	await answer(page, `Phase ${phaseOf(16).order}: ${phaseOf(16).title.en}`, 'Continue');
	await answer(page, `Step 16: ${step(16).title.en}`, 'Continue');
	await expect(heading(page)).toHaveText('Where the proposal stands after step 16');
	await expectLead(page, ['The file is now with the Mayor.', `Next: Step 17: ${step(17).title.en}, carried out by the Mayor.`]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the step path works from the home page to an answer after a decision @subpath', async ({ page }) => {
		await fromHome(page);
		await afterStep(page, 12);
		await expect(heading(page)).toHaveText(pendingDecision(sop, step(12))!.decision.question.id);
		await answer(page, 'Belum diputuskan');
		await expect(page).toHaveURL(new RegExp(`/posisi/${step(12).id}/belum/$`));
		await expect(lead(page).locator('.sk-lead').first()).toHaveText('Berkas sekarang berada di DPRD, menunggu keputusan: “Apakah DPRD memberikan persetujuan?”');
	});

	test('"Continue" without an answer shows the error summary and the message at the field', async ({ page }) => {
		await page.goto('posisi/langkah/');
		await expect(main(page).locator('#sk-fout')).toBeHidden();
		await main(page).getByRole('link', { name: 'Lanjutkan' }).click();
		await expect(main(page).locator('#sk-fout')).toBeVisible();
		await expect(main(page).locator('.sk-field-error')).toBeVisible();
	});

	test('the documents question says it needs JavaScript and leads to the step path', async ({ page }) => {
		await page.goto('posisi/dokumen/');
		await expect(main(page).getByText(strings['docs.noJs'])).toBeVisible();
		await expect(main(page).getByRole('checkbox')).toHaveCount(0);
		await main(page).getByRole('link', { name: strings['docs.noJsLink'] }).click();
		await expect(heading(page)).toHaveText(strings['phases.title']);
	});
});

test.describe('search', () => {
	async function search(page: Page, query: string): Promise<string[]> {
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox', { name: 'Pencarian' }).fill(query);
		await expect(dialog.getByText(new RegExp(`^\\d+ hasil untuk ${query}$`))).toBeVisible();
		await expect(dialog.locator('.pagefind-ui__loading')).toHaveCount(0);
		return dialog.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	}

	test('finds the start page by "posisi", "status" and "di mana usulan", and no question or answer page', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'Pencarian' }).click();
		for (const query of ['posisi', 'status', 'di mana usulan']) expect(await search(page, query), query).toContain('/posisi/');
		const gubernur = await search(page, 'Gubernur');
		expect(gubernur.filter((path) => path.startsWith('/posisi/'))).toEqual([]);
	});
});

test.describe('accessibility of the states only the script shows', () => {
	const states = [
		'posisi/?langkah=tidak-ada',
		'posisi/langkah/#sk-fout',
		'posisi/dokumen/',
		'posisi/dokumen/?dokumen=tidak-ada',
		'posisi/dokumen/?dokumen=arahan-kabag,surat-undangan-rapat',
		'posisi/dokumen/?dokumen=pertimbangan-rapat-intern',
		'posisi/dokumen/?dokumen=persetujuan-pihak-luar-negeri',
	];
	for (const [colorScheme, width] of [
		['light', 375],
		['dark', 1280],
	] as const) {
		test(`have no axe violations (${colorScheme}, ${width} px)`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.setViewportSize({ width, height: 900 });
			for (const state of states) {
				await page.goto(state);
				await expect(main(page).locator('#sk-fout:visible, [data-sk-answer-host]:visible, form:visible').first()).toBeVisible();
				// Legacy mode runs axe in the page in one go, as the checks over every page do: the wizard has no frames.
				const { violations } = await new AxeBuilder({ page }).include('main').setLegacyMode(true).analyze();
				expect(violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), state).toBe(true);
			}
		});
	}
});
