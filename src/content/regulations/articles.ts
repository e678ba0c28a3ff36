import type { RegulationsInput } from '../../model/regulation-schema';

/**
 * The passages of later regulations that the comparison quotes, each with the SOP steps it concerns. `quote` is the
 * regulation's own words, exactly as read (a test compares them with the comparison's source notes); `rendering` says
 * no more than the quote, with words added to explain it in [brackets]. Where only words of a passage are quoted,
 * `frame` places them ({1}, {2}) in the site's own words.
 */
export const articles: RegulationsInput['articles'] = [
	{
		id: 'uu-23-2014-pasal-154-ayat-1-huruf-g',
		regulation: 'uu-23-2014',
		article: '154',
		ayat: '1',
		huruf: 'g',
		quote: ['memberikan persetujuan terhadap rencana kerja sama internasional yang dilakukan oleh Pemerintah Daerah kabupaten/kota;'],
		frame: { id: '(DPRD kabupaten/kota) {1}', en: '(Regency or city regional council:) {1}' },
		rendering: {
			en: '(Regency or city regional council:) to approve plans for international cooperation carried out by the regency or city regional government;',
		},
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'uu-23-2014-pasal-154-ayat-1-huruf-g-penjelasan',
		regulation: 'uu-23-2014',
		article: '154',
		ayat: '1',
		huruf: 'g',
		elucidation: true,
		quote: [
			'Yang dimaksud dengan "kerja sama internasional" dalam ketentuan ini adalah kerja sama Daerah antara Pemerintah Daerah kabupaten/kota dan pihak luar negeri yang meliputi kerja sama kabupaten/kota "kembar", kerja sama teknik termasuk bantuan kemanusiaan, kerja sama penerusan pinjaman/hibah, kerja sama penyertaan modal, dan kerja sama lainnya sesuai dengan ketentuan peraturan perundang-undangan.',
		],
		rendering: {
			en: '“International cooperation” in this provision means cooperation between a regency or city regional government and a foreign party, covering “twin” regency or city cooperation, technical cooperation including humanitarian aid, cooperation on passing on loans or grants, cooperation through equity participation, and other cooperation in accordance with the laws and regulations.',
		},
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'uu-23-2014-pasal-368-ayat-1',
		regulation: 'uu-23-2014',
		article: '368',
		ayat: '1',
		quote: ['Gubernur sebagai wakil Pemerintah Pusat melakukan pemantauan dan evaluasi terhadap kerja sama yang dilakukan Daerah Kabupaten/Kota dalam satu Daerah Provinsi.'],
		rendering: { en: 'The governor, as representative of the central government, monitors and evaluates the cooperation carried out by the regencies and cities within one province.' },
		steps: ['monitoring-evaluasi'],
	},
	{
		id: 'pp-28-2018-pasal-23-ayat-1',
		regulation: 'pp-28-2018',
		article: '23',
		ayat: '1',
		quote: ['Dalam KSDPL dan KSDLL, daerah diwakili oleh gubernur atau bupati/wali kota yang bertindak untuk dan atas nama daerah.'],
		rendering: {
			en: 'In cooperation with regional governments abroad and with institutions abroad, the region is represented by the governor or the regent or mayor, who acts for and on behalf of the region.',
		},
		steps: ['tanda-tangan-perjanjian'],
	},
	{
		id: 'pp-28-2018-pasal-26-ayat-1',
		regulation: 'pp-28-2018',
		article: '26',
		ayat: '1',
		quote: ['Dalam hal penyelenggaraan KSDPL dan KSDLL terdapat hibah, dilaksanakan sesuai dengan ketentuan peraturan perundang-undangan.'],
		rendering: { en: 'Where cooperation with regional governments abroad or with institutions abroad involves a grant, [the grant] is carried out in accordance with the laws and regulations.' },
		steps: ['teruskan-ke-bappenas-sekneg'],
	},
	{
		id: 'pp-28-2018-pasal-28-ayat-3',
		regulation: 'pp-28-2018',
		article: '28',
		ayat: '3',
		quote: [
			'Berdasarkan prakarsa sebagaimana dimaksud pada ayat (1) dan ayat (2), kepala daerah melakukan penjajakan untuk mengetahui peluang dan manfaat kerja sama bagi kepentingan daerah dan kepentingan nasional.',
		],
		rendering: {
			en: 'On the basis of the initiative referred to in paragraphs (1) and (2), the head of the region explores the opportunities and benefits of the cooperation for the interests of the region and the national interest.',
		},
		steps: ['tanda-tangan-usulan-walikota', 'konsultasi-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-28-ayat-4',
		regulation: 'pp-28-2018',
		article: '28',
		ayat: '4',
		quote: [
			'Dalam hal hasil penjajakan sebagaimana dimaksud pada ayat (3) dapat ditindaklanjuti dengan pernyataan kehendak kerja sama, kepala daerah melakukan koordinasi dan konsultasi dengan Menteri dan menteri yang menyelenggarakan urusan pemerintahan di bidang hubungan luar negeri sebelum dilakukan penandatanganan pernyataan kehendak kerja sama.',
		],
		rendering: {
			en: 'Where the results of the exploration referred to in paragraph (3) can be followed up with a statement of intent to cooperate, the head of the region coordinates and consults with the Minister [of Home Affairs] and the minister responsible for government affairs in foreign relations before the statement of intent to cooperate is signed.',
		},
		steps: ['tanda-tangan-usulan-walikota', 'konsultasi-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-28-ayat-5',
		regulation: 'pp-28-2018',
		article: '28',
		ayat: '5',
		quote: ['Pernyataan kehendak kerja sama sebagaimana dimaksud pada ayat (4) ditindaklanjuti dengan penyusunan rencana KSDPL atau KSDLL.'],
		rendering: {
			en: 'The statement of intent to cooperate referred to in paragraph (4) is followed up by drawing up the plan for the cooperation with a regional government abroad or with an institution abroad.',
		},
		steps: ['tanda-tangan-usulan-walikota', 'konsultasi-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-29-ayat-2',
		regulation: 'pp-28-2018',
		article: '29',
		ayat: '2',
		quote: ['Persetujuan Pemerintah Pusat sebagaimana dimaksud pada ayat (1) dikoordinasikan oleh Menteri.'],
		rendering: { en: 'The approval of the central government referred to in paragraph (1) is coordinated by the Minister [of Home Affairs].' },
		steps: ['teruskan-ke-bappenas-sekneg'],
	},
	{
		id: 'pp-28-2018-pasal-30-ayat-1',
		regulation: 'pp-28-2018',
		article: '30',
		ayat: '1',
		quote: ['KSDPL sebagaimana dimaksud dalam Pasal 24 harus memperoleh persetujuan Dewan Perwakilan Rakyat Daerah.'],
		rendering: {
			en: 'Cooperation with a regional government abroad as referred to in Article 24 must obtain the approval of the Regional People’s Representative Council [the city council].',
		},
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'pp-28-2018-pasal-30-ayat-2',
		regulation: 'pp-28-2018',
		article: '30',
		ayat: '2',
		quote: ['Kepala daerah menyampaikan surat permohonan persetujuan dengan melampirkan rencana kerja sama kepada Dewan Perwakilan Rakyat Daerah.'],
		rendering: { en: 'The head of the region sends a letter requesting approval, attaching the cooperation plan, to the Regional People’s Representative Council.' },
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'pp-28-2018-pasal-30-ayat-3',
		regulation: 'pp-28-2018',
		article: '30',
		ayat: '3',
		quote: ['a. subjek kerja sama; b. latar belakang; c. maksud, tujuan, dan sasaran; d. objek kerja sama; e. ruang lingkup kerja sama; f. sumber pembiayaan; dan g. jangka waktu pelaksanaan.'],
		frame: { id: 'Rencana kerja sama memuat sekurang-kurangnya: {1}', en: 'The plan contains at least: {1}' },
		rendering: {
			en: 'The plan contains at least: a. the subject of the cooperation; b. background; c. purpose, aims and targets; d. the object of the cooperation; e. the scope of the cooperation; f. source of funding; and g. the period of implementation.',
		},
		steps: ['susun-rencana-kerjasama'],
	},
	{
		id: 'pp-28-2018-pasal-30-ayat-4',
		regulation: 'pp-28-2018',
		article: '30',
		ayat: '4',
		quote: [
			'Persetujuan Dewan Perwakilan Rakyat Daerah sebagaimana dimaksud pada ayat (2) terhadap rencana kerja sama diberikan dalam jangka waktu paling lama 45 (empat puluh lima) hari kerja sejak menerima surat permohonan dari kepala daerah.',
		],
		rendering: {
			en: 'The approval of the Regional People’s Representative Council referred to in paragraph (2) for the cooperation plan is given within at most 45 (forty-five) working days of receiving the letter of request from the head of the region.',
		},
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'pp-28-2018-pasal-38',
		regulation: 'pp-28-2018',
		article: '38',
		quote: ['secara mutatis mutandis'],
		frame: { id: 'Pasal 30 dan Pasal 31 berlaku {1} bagi KSDLL.', en: 'Articles 30 and 31 apply {1} to cooperation with institutions abroad.' },
		rendering: { en: 'Articles 30 and 31 apply, with the necessary changes, to cooperation with institutions abroad.' },
		steps: ['persetujuan-dprd'],
	},
	{
		id: 'pp-28-2018-pasal-31-ayat-1',
		regulation: 'pp-28-2018',
		article: '31',
		ayat: '1',
		quote: [
			'Rencana kerja sama sebagaimana dimaksud dalam Pasal 30 yang telah disetujui oleh Dewan Perwakilan Rakyat Daerah disampaikan oleh Pemerintah Daerah kepada Menteri untuk mendapatkan pertimbangan.',
		],
		rendering: {
			en: 'The cooperation plan referred to in Article 30 that the Regional People’s Representative Council has approved is sent by the regional government to the Minister [of Home Affairs] for a consideration.',
		},
		steps: ['pertimbangan-kemendagri', 'sampaikan-ke-mendagri'],
	},
	{
		id: 'pp-28-2018-pasal-31-ayat-2',
		regulation: 'pp-28-2018',
		article: '31',
		ayat: '2',
		quote: ['Menteri melakukan verifikasi terhadap rencana kerja sama sebagaimana dimaksud pada ayat (1).'],
		rendering: { en: 'The Minister verifies the cooperation plan referred to in paragraph (1).' },
		steps: ['pertimbangan-kemendagri', 'sampaikan-ke-mendagri'],
	},
	{
		id: 'pp-28-2018-pasal-31-ayat-3',
		regulation: 'pp-28-2018',
		article: '31',
		ayat: '3',
		quote: [
			'Berdasarkan hasil verifikasi, Menteri memberikan pertimbangan secara tertulis kepada kepala daerah untuk ditindaklanjuti berupa: a. memperbaiki rencana kerja sama; atau b. menyusun rancangan naskah kerja sama.',
		],
		rendering: {
			en: 'On the basis of the verification, the Minister gives the head of the region a written consideration, to be followed up by: a. improving the cooperation plan; or b. drawing up the draft cooperation text.',
		},
		steps: ['pertimbangan-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-32-ayat-1',
		regulation: 'pp-28-2018',
		article: '32',
		ayat: '1',
		quote: ['Rancangan naskah kerja sama sebagaimana dimaksud dalam Pasal 31 ayat (3) huruf b disampaikan kepada Menteri untuk mendapatkan persetujuan.'],
		rendering: { en: 'The draft cooperation text referred to in Article 31(3)(b) is sent to the Minister for approval.' },
		steps: ['rapat-intern-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-32-ayat-2',
		regulation: 'pp-28-2018',
		article: '32',
		ayat: '2',
		quote: [
			'Dalam rangka memberikan persetujuan terhadap rancangan naskah kerja sama, Menteri menyelenggarakan rapat antarkementerian/lembaga pemerintah nonkementerian terkait untuk membahas rancangan naskah kerja sama.',
		],
		rendering: {
			en: 'To approve the draft cooperation text, the Minister holds a meeting of the ministries and non-ministerial government agencies concerned to discuss the draft cooperation text.',
		},
		steps: ['rapat-intern-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-32-ayat-3',
		regulation: 'pp-28-2018',
		article: '32',
		ayat: '3',
		quote: [
			'a. kementerian yang menyelenggarakan urusan pemerintahan di bidang luar negeri; b. kementerian/lembaga pemerintah nonkementerian yang terkait dengan objek kerja sama; c. Pemerintah Daerah provinsi yang bersangkutan; dan d. Pemerintah Daerah kabupaten/kota yang bersangkutan.',
		],
		frame: { id: 'Rapat itu melibatkan sekurang-kurangnya: {1}', en: 'The meeting includes at least: {1}' },
		rendering: {
			en: 'The meeting includes at least: a. the ministry responsible for government affairs in foreign affairs; b. the ministries and non-ministerial government agencies related to the object of the cooperation; c. the provincial government concerned; and d. the regency or city government concerned.',
		},
		steps: ['rapat-intern-kemendagri'],
	},
	{
		id: 'pp-28-2018-pasal-33-ayat-1',
		regulation: 'pp-28-2018',
		article: '33',
		ayat: '1',
		quote: [
			'Berdasarkan hasil rapat antarkementerian/lembaga pemerintah nonkementerian, Menteri menyampaikan rancangan naskah kerja sama yang telah disetujui kepada menteri yang menyelenggarakan urusan pemerintahan di bidang luar negeri.',
		],
		rendering: {
			en: 'On the basis of the results of the meeting of ministries and non-ministerial government agencies, the Minister [of Home Affairs] sends the approved draft cooperation text to the minister responsible for government affairs in foreign affairs.',
		},
		steps: ['mohon-full-power'],
	},
	{
		id: 'pp-28-2018-pasal-33-ayat-2',
		regulation: 'pp-28-2018',
		article: '33',
		ayat: '2',
		quote: ['atau pejabat yang ditunjuk membahas rancangan naskah kerja sama ... dengan pemerintah daerah di luar negeri.'],
		frame: { id: 'Menteri yang membidangi luar negeri {1}', en: 'The minister for foreign affairs {1}' },
		rendering: { en: 'The minister for foreign affairs or the official appointed discusses the draft cooperation text … with the regional government abroad.' },
		steps: ['mohon-full-power'],
	},
	{
		id: 'pp-28-2018-pasal-33-ayat-3',
		regulation: 'pp-28-2018',
		article: '33',
		ayat: '3',
		quote: [
			'Dalam hal rancangan naskah kerja sama sebagaimana dimaksud pada ayat (2) telah disepakati, menteri yang menyelenggarakan urusan pemerintahan di bidang luar negeri menyampaikan hasil pembahasan naskah kerja sama dan surat konfirmasi kepada Menteri.',
		],
		rendering: {
			en: 'Once the draft cooperation text referred to in paragraph (2) has been agreed, the minister responsible for government affairs in foreign affairs sends the results of the discussion of the cooperation text and a confirmation letter to the Minister [of Home Affairs].',
		},
		steps: ['mohon-full-power'],
	},
	{
		id: 'pp-28-2018-pasal-33-ayat-3-penjelasan',
		regulation: 'pp-28-2018',
		article: '33',
		ayat: '3',
		elucidation: true,
		quote: [
			'Yang dimaksud dengan "surat konfirmasi" adalah surat yang menyatakan naskah kerja sama telah sesuai dengan aspek politis dan yuridis yang berkaitan dengan hubungan kerja sama luar negeri.',
		],
		rendering: {
			en: 'A “confirmation letter” means a letter stating that the cooperation text conforms to the political and legal aspects of foreign cooperation relations.',
		},
		steps: ['mohon-full-power'],
	},
	{
		id: 'pp-28-2018-pasal-33-ayat-4',
		regulation: 'pp-28-2018',
		article: '33',
		ayat: '4',
		quote: ['Surat konfirmasi sebagaimana dimaksud pada ayat (3) disampaikan oleh Menteri kepada Pemerintah Daerah sebagai dasar penandatanganan naskah kerja sama oleh kepala daerah.'],
		rendering: {
			en: 'The confirmation letter referred to in paragraph (3) is sent by the Minister [of Home Affairs] to the regional government as the basis for the head of the region to sign the cooperation text.',
		},
		steps: ['tanda-tangan-mou'],
	},
	{
		id: 'pp-28-2018-pasal-43-ayat-1',
		regulation: 'pp-28-2018',
		article: '43',
		ayat: '1',
		quote: ['Pemerintah Daerah melaporkan pelaksanaan KSDPL dan KSDLL kepada Menteri.'],
		rendering: { en: 'The regional government reports on carrying out cooperation with regional governments abroad and with institutions abroad to the Minister [of Home Affairs].' },
		steps: ['laporan-kepala-daerah'],
	},
	{
		id: 'pp-28-2018-pasal-43-ayat-2',
		regulation: 'pp-28-2018',
		article: '43',
		ayat: '2',
		quote: ['Tata cara pelaporan pelaksanaan KSDPL dan KSDLL sebagaimana dimaksud pada ayat (1) diatur dalam Peraturan Menteri.'],
		rendering: { en: 'The procedure for reporting on carrying out cooperation with regional governments abroad and with institutions abroad, referred to in paragraph (1), is set out in a Ministerial Regulation.' },
		steps: ['laporan-kepala-daerah'],
	},
	{
		id: 'pp-28-2018-pasal-44-ayat-4',
		regulation: 'pp-28-2018',
		article: '44',
		ayat: '4',
		quote: [
			'Pembinaan dan pengawasan Kerja Sama Daerah kabupaten/kota dalam 1 (satu) daerah provinsi secara umum dan teknis dilaksanakan oleh gubernur sebagai wakil Pemerintah Pusat.',
		],
		rendering: {
			en: 'The general and technical guidance and supervision of the regional cooperation of regencies and cities within 1 (one) province is carried out by the governor as representative of the central government.',
		},
		steps: ['monitoring-evaluasi'],
	},
	{
		id: 'pp-28-2018-pasal-44-ayat-5',
		regulation: 'pp-28-2018',
		article: '44',
		ayat: '5',
		quote: ['termasuk pemantauan dan evaluasi Kerja Sama Daerah', 'pembinaan dan pengawasan penyelenggaraan pemerintahan daerah'],
		frame: { id: 'Ketentuan lebih lanjut, {1}, mengikuti ketentuan tentang {2}.', en: 'Further rules, {1}, follow the rules on {2}.' },
		rendering: { en: 'Further rules, including the monitoring and evaluation of regional cooperation, follow the rules on the guidance and supervision of regional government.' },
		steps: ['monitoring-evaluasi'],
	},
	{
		id: 'uu-1-2022-pasal-131-ayat-7',
		regulation: 'uu-1-2022',
		article: '131',
		ayat: '7',
		quote: ['Hibah kepada Daerah sebagaimana dimaksud pada ayat (3) huruf c, yang bersumber dari luar negeri, dilakukan melalui Pemerintah.'],
		rendering: { en: 'Grants to regions as referred to in paragraph (3)(c) that come from abroad are made through the Government.' },
		steps: ['teruskan-ke-bappenas-sekneg'],
	},
];
