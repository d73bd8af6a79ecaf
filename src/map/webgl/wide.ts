/** The WebGL map's worker and module, loaded at once (src/main-wide.tsx). */
import './warm';
import * as mapView from './MapView';
import { setMapView } from './start';

setMapView(mapView);
