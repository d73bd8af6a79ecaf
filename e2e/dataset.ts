/** The repository's data files, for the names and quotes the specs look for on the page. */
import { loadRepoDataset } from '../src/test/files';

export const dataset = loadRepoDataset();
