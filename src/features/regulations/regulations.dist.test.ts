import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { regulations } from '../../content/regulations';
import { sop } from '../../content/sop';
import { LANGS, type Lang } from '../../model/languages';
import { getStep, orderedSteps } from '../../model/query';
import { citationOf, getRegulation, quotedRegulations, regulationNoteFor } from '../../model/regulation-query';
import type { QuotedArticle } from '../../model/regulation-schema';
import { BUILDS, listPages, readPage } from '../../../test/support/built-site';
import { CONTACT_ANCHOR } from '../../site/contact';
import { formatDate } from './changes';
import { sinceLink, sinceMention } from './mentions';
import { citationKey, quotesExactly, readSourceNotes } from './source-notes';
import { translate } from './strings';

const notesFile = fileURLToPath(new URL('../../../../shared/context/regulations-since-2015.md', import.meta.url));
/** The notes' passages by citation, or undefined where the notes are not at hand (then only the data is compared). */
const passages = existsSync(notesFile) ? readSourceNotes(readFileSync(notesFile, 'utf8')) : undefined;

const steps = orderedSteps(sop);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (element: HTMLElement | null | undefined) => flat(element?.text ?? '');

/** A regulation named as Indonesian or English texts name them: "PP 28/2018", "Law 23/2014", "Minister of Home Affairs Regulation 25/2020". */
const REGULATION_NAME =
	/\b(?:UU|PP|Perpres|Keppres|Inpres|Permendagri|Permenlu|Permenkeu|Permen\w*|Law|Government Regulation|Presidential Regulation|Minister of [A-Z][a-z]+(?: [A-Z][a-z]+)* Regulation)\s+\d+\/\d{4}\b/g;
/** An article cited: "Pasal 30", "Article 30". */
const ARTICLE = /\b(?:Pasal|Article)\s+\d+/;

/** The articles every citation of a language names, by the citation's text. */
const articleByCitation = (lang: Lang) => new Map(regulations.articles.map((article) => [citationOf(regulations, article, lang), article]));
const knownNames = new Set(regulations.regulations.flatMap((regulation) => LANGS.map((lang) => regulation.short[lang])));

/** The words a quote figure shows as the regulation's own: a whole passage, or each quoted fragment. */
function quotedWords(figure: HTMLElement): string[] {
	const passage = figure.querySelector('blockquote');
	if (passage) return [textOf(passage)];
	return figure.querySelectorAll('q').map((q) => q.text);
}

/** Checks a quote figure against the data and the notes: its citation, the exact words, their language, and the rendering. */
function checkQuote(figure: HTMLElement, lang: Lang, page: string): QuotedArticle {
	const citation = textOf(figure.querySelector('figcaption cite'));
	const article = articleByCitation(lang).get(citation);
	expect(article, `${page}: "${citation}" is not an article the data holds`).toBeDefined();
	expect(quotedWords(figure), `${page}: ${citation}`).toEqual(article!.quote);
	for (const element of figure.querySelectorAll('blockquote, q')) expect(element.getAttribute('lang'), `${page}: ${citation}`).toBe('id');
	if (passages) {
		const key = citationKey({ ...article!, regulation: getRegulation(regulations, article!.regulation).short.id });
		for (const words of quotedWords(figure)) expect(quotesExactly(passages.get(key), words), `${page}: ${citation}: "${words}" is not the notes' quote`).toBe(true);
	}
	const rendering = figure.querySelector('.sk-reg-rendering');
	if (lang === 'id') expect(rendering, page).toBeNull();
	else expect(textOf(rendering)).toBe(flat(`${translate(lang, 'quote.rendering')} ${article!.rendering[lang]}`));
	return article!;
}

describe.each(BUILDS)('the comparison with later regulations, built at $base', (site) => {
	const url = (lang: Lang, path: string) => `${site.base}${lang === 'en' ? 'en/' : ''}${path}`;
	const page = (lang: Lang, path: string) => parse(readPage(site, url(lang, path)));
	const pages = listPages(site);
	const langOf = (path: string): Lang => (path.startsWith(`${site.base}en/`) ? 'en' : 'id');

	describe.each(LANGS)('in %s', (lang) => {
		it('puts the box “Since 2015” on every step page, after the SOP’s own text, with the status, statements, quotes, caveat and a link to the changes', () => {
			for (const step of steps) {
				const path = url(lang, `langkah/${step.id}/`);
				const main = page(lang, `langkah/${step.id}/`).querySelector('main')!;
				const box = main.querySelector('section.sk-since');
				expect(box, `${path}: no box`).not.toBeNull();
				expect(textOf(box!.querySelector('h2')), path).toBe(translate(lang, 'since.title'));
				const html = main.innerHTML;
				expect(html.indexOf('class="sk-since"'), `${path}: the box comes after the SOP's sentence`).toBeGreaterThan(html.indexOf(step.sopText.slice(0, 30)));
				const note = regulationNoteFor(regulations, step.id);
				expect(textOf(box!.querySelector('.sk-status')), path).toBe(note.status.label[lang]);
				for (const finding of note.findings) expect(textOf(box), `${path}: ${finding.id}`).toContain(flat(finding.text[lang]));
				expect(textOf(box!.querySelector('.sk-reg-caveat')), path).toContain(flat(regulations.caveat[lang]));
				expect(box!.querySelector(`a[href="${url(lang, 'perubahan/')}"]`), path).not.toBeNull();
				const shown = box!.querySelectorAll('figure.sk-reg-quote').map((figure) => checkQuote(figure, lang, path).id);
				expect(shown, path).toEqual(note.articles.map((article) => article.id));
			}
		});

		it('names on a step page only the regulations the data holds, and cites only the articles the data gives that step', () => {
			for (const step of steps) {
				const path = url(lang, `langkah/${step.id}/`);
				const main = page(lang, `langkah/${step.id}/`).querySelector('main')!;
				const cited = main.querySelectorAll('cite').map((cite) => textOf(cite));
				expect(cited, path).toEqual(regulationNoteFor(regulations, step.id).articles.map((article) => citationOf(regulations, article, lang)));
				for (const name of textOf(main).match(REGULATION_NAME) ?? []) expect(knownNames.has(name), `${path}: "${name}" is not in the data`).toBe(true);
				// Outside the citations and the regulations' own words, no article is cited.
				for (const element of main.querySelectorAll('cite, .sk-reg-words, .sk-reg-rendering')) element.remove();
				expect(textOf(main).match(ARTICLE)?.[0], `${path}: an article cited outside the data's citations`).toBeUndefined();
			}
		});

		it('keeps Indonesian in the English box to the quotes, marked lang="id"', () => {
			if (lang !== 'en') return;
			const indonesian = [
				'Pasal',
				'ayat',
				'Penjelasan',
				...regulations.statuses.map((status) => status.label.id),
				...sop.offices.filter((office) => office.short.id !== office.short.en).map((office) => office.short.id),
				...regulations.regulations.map((regulation) => regulation.short.id),
			];
			for (const step of steps) {
				const box = page(lang, `langkah/${step.id}/`).querySelector('section.sk-since')!;
				for (const element of box.querySelectorAll('[lang="id"]')) element.remove();
				const text = textOf(box);
				for (const word of indonesian) expect(new RegExp(`\\b${word}\\b`).test(text), `${step.id}: "${word}" outside lang="id"`).toBe(false);
			}
		});

		it('has the page of changes: the caveat first, one row per step in order linking to its page, the SOP verbatim, the status', () => {
			const main = page(lang, 'perubahan/').querySelector('main')!;
			expect(textOf(main.querySelector('h1'))).toBe(translate(lang, 'changes.title'));
			const html = main.innerHTML;
			expect(html.indexOf('sk-reg-caveat')).toBeGreaterThan(-1);
			expect(html.indexOf('sk-reg-caveat')).toBeLessThan(html.indexOf('<table'));
			expect(textOf(main.querySelector('.sk-reg-caveat'))).toContain(flat(regulations.caveat[lang]));
			expect(textOf(main)).toContain(translate(lang, 'changes.comparedOn', { date: formatDate(regulations.comparedOn, lang) }));
			const rows = main.querySelectorAll('table.sk-chg-table tbody tr');
			expect(rows).toHaveLength(steps.length);
			steps.forEach((step, i) => {
				const row = rows[i]!;
				const note = regulationNoteFor(regulations, step.id);
				expect(row.id).toBe(step.id);
				expect(row.querySelector('th a')!.getAttribute('href')).toBe(url(lang, `langkah/${step.id}/`));
				expect(textOf(row.querySelector('td span[lang="id"]'))).toBe(step.sopText.replace(/\s+/g, ' '));
				expect(textOf(row.querySelector('.sk-status'))).toBe(note.status.label[lang]);
				expect(row.classList.contains(`sk-chg-${note.status.id}`), step.id).toBe(true);
				const quotes = row.querySelectorAll('figure.sk-reg-quote').map((figure) => checkQuote(figure, lang, `perubahan/ ${step.id}`).id);
				expect(quotes).toEqual(note.articles.map((article) => article.id));
			});
		});

		it('filters the statuses by anchors: each status link has its target before the table', () => {
			const main = page(lang, 'perubahan/').querySelector('main')!;
			const links = main.querySelectorAll('nav.sk-chg-filter a').map((a) => a.getAttribute('href')!);
			expect(links).toEqual(['#tabel-perubahan', ...regulations.statuses.map((status) => `#${status.anchor}`)]);
			for (const status of regulations.statuses) {
				const target = main.getElementById(status.anchor);
				expect(target?.classList.contains('sk-chg-showing'), status.id).toBe(true);
				expect(textOf(target)).toContain(status.label[lang]);
			}
		});

		it('lists the regulations quoted with their full official titles and dates, and those that could not be read', () => {
			for (const path of ['perubahan/', 'tentang/']) {
				const list = page(lang, path).querySelector('main ul.sk-reg-list')!;
				const items = list.querySelectorAll('li');
				expect(items.map((li) => textOf(li.querySelector('strong')))).toEqual(quotedRegulations(regulations).map((regulation) => regulation.title.id));
				expect(textOf(list)).toContain(formatDate('2018-07-13', lang));
			}
			const lists = page(lang, 'perubahan/').querySelectorAll('main ul.sk-reg-list');
			expect(lists[1]!.querySelectorAll('strong').map((strong) => textOf(strong))).toEqual(regulations.regulations.filter((r) => !r.read).map((r) => r.title.id));
		});

		it('links the one-line 2015 notice of every step page to the changes', () => {
			for (const step of steps) {
				const notice = page(lang, `langkah/${step.id}/`).querySelector('main .sk-notice');
				expect(notice?.querySelector(`a[href="${url(lang, 'perubahan/')}"]`), step.id).toBeTruthy();
			}
		});

		it('draws the flow by status, linked from the page of changes: every step box marked with its status, a key, the caveat', () => {
			expect(page(lang, 'perubahan/').querySelector(`main a[href="${url(lang, 'perubahan/alur/')}"]`)).not.toBeNull();
			const main = page(lang, 'perubahan/alur/').querySelector('main')!;
			expect(main.querySelector(`a[href="${url(lang, 'perubahan/')}"]`)).not.toBeNull();
			expect(textOf(main.querySelector('.sk-reg-caveat'))).toContain(flat(regulations.caveat[lang]));
			const svg = main.querySelector(`svg#sk-flow-status-${lang}`)!;
			expect(svg).not.toBeNull();
			const marked = svg.querySelectorAll('g.node').flatMap((node) => {
				const status = node.classList.value.find((name) => name.startsWith('sk-st-'));
				const link = node.closest('a') ?? node.querySelector('a');
				return status ? [[link?.getAttribute('href'), status]] : [];
			});
			expect(marked).toEqual(steps.map((step) => [url(lang, `langkah/${step.id}/`), `sk-st-${regulationNoteFor(regulations, step.id).status.id}`]));
			const key = main.querySelectorAll('.sk-st-legend li');
			expect(key.map((li) => li.querySelector('.sk-st-swatch')!.classList.value.find((name) => name.startsWith('sk-st-') && name !== 'sk-st-swatch'))).toEqual(
				regulations.statuses.map((status) => `sk-st-${status.id}`),
			);
			key.forEach((li, i) => expect(textOf(li)).toContain(regulations.statuses[i]!.label[lang]));
		});

		it('tells the wizard’s reader what the regulations say about the step that comes next, with the caveat and a link to the quotes', () => {
			const wizardPages = pages.filter((path) => path.startsWith(url(lang, 'posisi/')) && (lang === 'en' || !path.startsWith(url('en', ''))));
			const noted = new Set<string>();
			for (const path of wizardPages) {
				for (const note of parse(readPage(site, path)).querySelectorAll('main .sk-step-note')) {
					const stepId = note.getAttribute('data-sk-note')!;
					const mention = sinceMention(regulations, getStep(sop, stepId), lang);
					expect(mention, `${path}: a note for ${stepId}, which has nothing to say`).toBeDefined();
					const [statement, caveat] = note.querySelectorAll('p');
					const linkText = sinceLink(lang).text.replace('{number}', String(getStep(sop, stepId).number));
					expect(textOf(statement), path).toBe(flat(`${mention!.title} ${mention!.text} ${linkText}`));
					expect(statement!.querySelector('a')!.getAttribute('href'), path).toBe(`${url(lang, `langkah/${stepId}/`)}#sejak-2015`);
					expect(textOf(caveat), path).toBe(flat(regulations.caveat[lang]));
					noted.add(stepId);
				}
			}
			expect([...noted].sort()).toEqual(steps.filter((step) => regulationNoteFor(regulations, step.id).status.id !== 'not-regulated').map((step) => step.id).sort());
			const beforeDprd = page(lang, 'posisi/susun-rencana-kerjasama/').querySelector('main [data-sk-note="persetujuan-dprd"]');
			expect(textOf(beforeDprd)).toContain(lang === 'id' ? '45 hari kerja' : '45 working days');
			expect(textOf(beforeDprd?.querySelector('strong'))).toContain(lang === 'id' ? 'PP 28/2018' : 'Government Regulation 28/2018');
		});

		it('tells each office on its checklist what the regulations say about its steps, with the caveat once', () => {
			for (const office of sop.offices) {
				const main = page(lang, `peran/${office.id}/`).querySelector('main')!;
				const tasks = main.querySelectorAll('sk-checklist li.sk-task');
				let mentioned = 0;
				for (const task of tasks) {
					const stepId = task.querySelector('input[data-sk-task]')!.getAttribute('value')!;
					const mention = sinceMention(regulations, getStep(sop, stepId), lang);
					const shown = task.querySelector('.sk-task-mention');
					if (!mention) {
						expect(shown, `${office.id}: ${stepId}`).toBeNull();
						continue;
					}
					mentioned++;
					expect(textOf(shown), `${office.id}: ${stepId}`).toBe(flat(`${mention.title} ${mention.text}`));
				}
				expect(main.querySelectorAll('.sk-reg-caveat'), office.id).toHaveLength(mentioned > 0 ? 1 : 0);
			}
			const dprdTask = page(lang, `peran/${getStep(sop, 'persetujuan-dprd').responsible}/`)
				.querySelectorAll('main li.sk-task')
				.find((task) => task.querySelector('input[value="persetujuan-dprd"]'));
			expect(textOf(dprdTask?.querySelector('.sk-task-mention'))).toContain(lang === 'id' ? '45 hari kerja' : '45 working days');
		});

		it('tells on the about page when the comparison was made, and links to the changes', () => {
			const main = page(lang, 'tentang/').querySelector('main')!;
			expect(textOf(main)).toContain(formatDate(regulations.comparedOn, lang));
			expect(main.querySelector(`a[href="${url(lang, 'perubahan/')}"]`)).not.toBeNull();
		});
	});

	it('shows the caveat on every page that names a regulation or cites an article', () => {
		const missing = pages.filter((path) => {
			const root = parse(readPage(site, path));
			const body = textOf(root.querySelector('body'));
			const states = new RegExp(REGULATION_NAME.source).test(body) || ARTICLE.test(body);
			return states && !textOf(root.querySelector('main')).includes(flat(regulations.caveat[langOf(path)]));
		});
		expect(missing).toEqual([]);
	});

	it('shows every quote of a regulation, wherever it is, exactly as the data and the notes give it', () => {
		let checked = 0;
		for (const path of pages) {
			const root = parse(readPage(site, path));
			for (const figure of root.querySelectorAll('figure.sk-reg-quote')) {
				checkQuote(figure, langOf(path), path);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(regulations.articles.length);
	});
});

describe('the caveat’s mention of the Sub Bagian', () => {
	const [withoutContact, withContact] = [BUILDS[0]!, BUILDS[1]!];
	const caveatLinks = (site: (typeof BUILDS)[0], path: string) => parse(readPage(site, `${site.base}${path}`)).querySelectorAll(`main .sk-reg-caveat a[href="#${CONTACT_ANCHOR}"]`);

	it('links to the contact in the build whose settings give one, and only there', () => {
		for (const path of ['langkah/terima-usulan/', 'perubahan/', 'en/tentang/']) {
			const links = caveatLinks(withContact, path);
			expect(links.map((a) => a.text), path).toEqual([translate(path.startsWith('en/') ? 'en' : 'id', 'contact.unit')]);
			expect(caveatLinks(withoutContact, path), path).toHaveLength(0);
		}
	});
});
