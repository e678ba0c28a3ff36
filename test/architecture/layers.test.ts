import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFolderCycles, findLayerViolations, importsOf, layerOf, sourceFiles } from './imports';

const root = fileURLToPath(new URL('../../', import.meta.url));
const edges = importsOf(root, [...sourceFiles(root, 'src'), ...sourceFiles(root, 'tools')]);

describe('the layers of src/', () => {
	it('finds the imports it checks', () => expect(edges.length).toBeGreaterThan(100));

	it('has no import from a lower layer to a higher one, no feature importing another, and no source importing a test', () => {
		expect(findLayerViolations(edges)).toEqual([]);
	});

	it('has no two folders that import each other', () => expect(findFolderCycles(edges)).toEqual([]));
});

describe('the layer check', () => {
	it('names each layer by its folder', () => {
		expect(['src/model/schema.ts', 'src/site/href.ts', 'src/features/wizard/view.ts', 'src/pages/index.astro', 'tools/find-chromium.ts'].map(layerOf)).toEqual([
			'model',
			'site',
			'feature:wizard',
			'page',
			'tools',
		]);
	});

	it('refuses the site importing a feature, a feature importing another, the model importing the site', () => {
		expect(
			findLayerViolations([
				{ from: 'src/site/sidebar.ts', to: 'src/features/wizard/strings.ts' },
				{ from: 'src/features/roles/roles.ts', to: 'src/features/catalogue/catalogue.ts' },
				{ from: 'src/model/schema.ts', to: 'src/site/url.ts' },
				{ from: 'tools/diagram-budget.ts', to: 'src/site/url.ts' },
			]),
		).toEqual([
			'src/site/sidebar.ts (site) imports src/features/wizard/strings.ts (feature:wizard)',
			'src/features/roles/roles.ts (feature:roles) imports src/features/catalogue/catalogue.ts (feature:catalogue)',
			'src/model/schema.ts (model) imports src/site/url.ts (site)',
			'tools/diagram-budget.ts (tools) imports src/site/url.ts (site)',
		]);
	});

	it('refuses a pure module reading the loaded SOP, source importing a test, and an import of no file', () => {
		expect(
			findLayerViolations([
				{ from: 'src/features/roles/roles.ts', to: 'src/content/sop/index.ts' },
				{ from: 'src/site/url.ts', to: 'src/site/url.test.ts' },
				{ from: 'src/site/url.ts', to: '?./nowhere' },
			]),
		).toEqual([
			'src/features/roles/roles.ts: a module of feature:roles imports the loaded SOP (src/content/sop/index.ts); take the model as a parameter',
			'src/site/url.ts: imports src/site/url.test.ts, which is not part of the site\u2019s source'.replace('\u2019', "'"),
			'src/site/url.ts: imports "./nowhere", which names no file',
		]);
	});

	it('allows pages to compose features, components to read the SOP, features to use the site and the model, tools to read the model', () => {
		expect(
			findLayerViolations([
				{ from: 'src/pages/index.astro', to: 'src/features/home/PageCard.astro' },
				{ from: 'src/features/glossary/Term.astro', to: 'src/content/sop/index.ts' },
				{ from: 'src/features/wizard/view.ts', to: 'src/site/strings.ts' },
				{ from: 'src/features/wizard/view.ts', to: 'src/model/query.ts' },
				{ from: 'tools/diagram-budget.ts', to: 'src/model/languages.ts' },
			]),
		).toEqual([]);
	});

	it('finds two folders that import each other', () => {
		expect(
			findFolderCycles([
				{ from: 'src/features/diagram/diagrams.ts', to: 'src/features/diagram/build/store.ts' },
				{ from: 'src/features/diagram/build/store.ts', to: 'src/features/diagram/mermaid.ts' },
			]),
		).toEqual(['src/features/diagram <-> src/features/diagram/build']);
	});
});
