import sopText from '../../content/sop/sop-kerjasama-teknik-2015.txt?raw';
import { sop } from '../../content/sop';
import { openDataFiles } from '../../features/open-data/files';
import { contentDate } from '../../site/build-info';

/** The files of the open data of this build, shared by their endpoints and the data page, so each is made once. */
export const files = openDataFiles(sop, { contentDate, sopText });
