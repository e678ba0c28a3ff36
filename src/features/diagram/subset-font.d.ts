declare module 'subset-font' {
	/** Options of subset-font (only those this project uses). */
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
	}
	/** Makes a font with only the glyphs `text` needs, with harfbuzz. */
	export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
