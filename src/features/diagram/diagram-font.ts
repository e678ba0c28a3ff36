import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** The web font the diagrams are measured and drawn with: Noto Sans, regular, Latin (from @fontsource/noto-sans). */
export const DIAGRAM_FONT_FILE = '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2';

/** A subset of the diagram font: its family name (a CSS identifier) and file name, both from a hash of its bytes, and its bytes. */
export interface DiagramFont {
	family: string;
	fileName: string;
	woff2: Uint8Array;
}

/** Printable ASCII: every diagram's font has it, so that most diagrams share one font file. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

const made = new Map<string, Promise<DiagramFont>>();

/** The diagram font with printable ASCII and the other characters `text` uses, as woff2, named by a hash of its bytes. */
export function subsetDiagramFont(text: string): Promise<DiagramFont> {
	const chars = [...new Set(ASCII + text.replace(/\s/g, ''))].sort().join('');
	if (!made.has(chars)) made.set(chars, subset(chars));
	return made.get(chars)!;
}

async function subset(chars: string): Promise<DiagramFont> {
	const source = readFileSync(createRequire(import.meta.url).resolve(DIAGRAM_FONT_FILE));
	const woff2 = new Uint8Array(await subsetFont(source, chars, { targetFormat: 'woff2' }));
	const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 10);
	return { family: `sk-diagram-${hash}`, fileName: `sk-diagram-${hash}.woff2`, woff2 };
}
