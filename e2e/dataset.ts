/** The repository's data files, for the names and quotes the specs look for on the page. */
import { loadRepoDataset } from '../src/test/files';
import { boundsOf } from '../src/map/webgl/keepInView';

export const dataset = loadRepoDataset();

/** A city's box in longitude and latitude (west-south, east-north corners), from the repository's polygons. */
export function lonLatBox(adcode: string): [[number, number], [number, number]] {
  return boundsOf(dataset.geo.features.find((f) => f.properties.adcode === adcode)!.geometry);
}
