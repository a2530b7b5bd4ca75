// Shared Leaflet map: configured raster tiles, and a bundled outline basemap when tiles cannot be
// reached (offline demo, blocked tile server). Markers are vector circles: no image assets needed.
import 'leaflet/dist/leaflet.css';
import type { Feature, Geometry } from 'geojson';
import { canvas, type LatLngBoundsExpression, type CircleMarker as LeafletCircleMarker } from 'leaflet';
import { memo, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Circle, CircleMarker, GeoJSON, MapContainer, Pane, Popup, TileLayer, useMap } from 'react-leaflet';
import { type Basemap, type CountryProps, loadBasemap } from './basemap.ts';
import { DEFAULT_CENTER, DEFAULT_ZOOM, TILE_FAILURES_BEFORE_FALLBACK, tileConfig } from './map-config.ts';

export interface MapMarker {
  id: string;
  latitude: number;
  longitude: number;
  /** Accessible name and tooltip of the marker. */
  label: string;
  popup?: ReactNode;
}

export interface MapCircle {
  latitude: number;
  longitude: number;
  radiusMetres: number;
}

export interface FlowMapProps {
  markers: readonly MapMarker[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  /** A search radius drawn around its centre. */
  circle?: MapCircle | null;
  /** Accessible name of the map region. */
  label: string;
  /** Shown over the map while the offline basemap is used. */
  offlineNotice?: string;
  height?: number | string;
  testId?: string;
  /** Extra react-leaflet layers (route lines, numbered stops…) drawn above the basemap. */
  children?: ReactNode;
}

const MARKER = { color: '#5f3dc4', fillColor: '#7950f2', fillOpacity: 0.85, weight: 2 };
const SELECTED = { color: '#862e9c', fillColor: '#e64980', fillOpacity: 0.95, weight: 3 };

function FitToContent({ markers, circle }: Pick<FlowMapProps, 'markers' | 'circle'>) {
  const map = useMap();
  // Refit only when the set of places changes, not on every selection.
  const key =
    markers.map((m) => m.id).join(',') +
    (circle ? `@${circle.latitude},${circle.longitude},${circle.radiusMetres}` : '');
  const points = useRef<[number, number][]>([]);
  const fit = useCallback(() => {
    map.invalidateSize();
    const all = points.current;
    const size = map.getSize();
    // A container not laid out yet has no size to fit into: the resize observer fits again later.
    if (all.length === 0 || size.x === 0 || size.y === 0) return;
    if (all.length === 1 && all[0]) map.setView(all[0], 11);
    else map.fitBounds(all as LatLngBoundsExpression, { padding: [24, 24], maxZoom: 12 });
  }, [map]);
  // Leaflet measures its container once: follow later size changes (media queries, drawers, tabs).
  useEffect(() => {
    const observer = new ResizeObserver(fit);
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, fit]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` summarises markers and circle.
  useEffect(() => {
    const all: [number, number][] = markers.map((m) => [m.latitude, m.longitude]);
    if (circle) {
      const dLat = circle.radiusMetres / 111_320;
      const dLng = dLat / Math.max(0.2, Math.cos((circle.latitude * Math.PI) / 180));
      all.push(
        [circle.latitude - dLat, circle.longitude - dLng],
        [circle.latitude + dLat, circle.longitude + dLng],
      );
    }
    points.current = all;
    fit();
  }, [key, fit]);
  return null;
}

const SEA = '#d0ebff';

// Styles are constants: react-leaflet restyles (and the canvas redraws) every outline whenever a
// style prop changes identity, and the page re-renders the map on each result or selection.
const countryStyle = (f?: Feature<Geometry, CountryProps>) => ({
  color: '#495057',
  weight: f?.properties.home ? 1.5 : 0.8,
  fillColor: f?.properties.home ? '#fffdf5' : '#f1f3f5',
  fillOpacity: 1,
});
const subdivisionStyle = { color: '#adb5bd', weight: 0.7, fill: false };
const basemapPaneStyle = { zIndex: 250 };

/** No props: memo keeps the outlines out of the page's re-renders. */
const OfflineBasemap = memo(function OfflineBasemap() {
  const map = useMap();
  const [data, setData] = useState<Basemap | null>(null);
  // Thousands of outline vertices: one canvas redraw per move costs far less than rewriting SVG
  // paths (with SVG, a slow phone or a busy machine froze the page after each refit).
  // Leaflet's GeoJSON hands its options (renderer included) to each shape; react-leaflet's props omit it.
  const layerOptions = useMemo(
    () => ({ renderer: canvas({ padding: 0.2, pane: 'basemap' }), interactive: false }),
    [],
  );
  // MapContainer applies its style once: paint the sea here, also when tiles fail after mounting.
  useEffect(() => {
    const container = map.getContainer();
    container.style.background = SEA;
    return () => {
      container.style.background = '';
    };
  }, [map]);
  useEffect(() => {
    let live = true;
    loadBasemap()
      .then((d) => live && setData(d))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!data) return null;
  // Own pane under the overlay pane: outlines loaded late must not cover the markers.
  return (
    <Pane name="basemap" style={basemapPaneStyle}>
      <GeoJSON data={data.countries} {...layerOptions} style={countryStyle} />
      {/* Départements, provinces and cantons: thin lines over the fills, so a radius reads in places. */}
      <GeoJSON data={data.subdivisions} {...layerOptions} style={subdivisionStyle} />
    </Pane>
  );
});

export function FlowMap({
  markers,
  selectedId = null,
  onSelect,
  circle = null,
  label,
  offlineNotice,
  height = 420,
  testId = 'flow-map',
  children,
}: FlowMapProps) {
  const config = useMemo(() => tileConfig(), []);
  const [offline, setOffline] = useState(config.url === null);
  const failures = useRef(0);
  const loaded = useRef(false);
  const refs = useRef(new Map<string, LeafletCircleMarker>());

  useEffect(() => {
    if (!selectedId) return;
    refs.current.get(selectedId)?.openPopup();
  }, [selectedId]);

  return (
    <section
      aria-label={label}
      data-testid={testId}
      data-basemap={offline ? 'offline' : 'tiles'}
      style={{ position: 'relative', height, borderRadius: 8, overflow: 'hidden' }}
    >
      <MapContainer
        center={DEFAULT_CENTER}
        zoom={DEFAULT_ZOOM}
        style={{ height: '100%', width: '100%' }}
        scrollWheelZoom={false}
      >
        {offline || !config.url ? (
          <OfflineBasemap />
        ) : (
          <TileLayer
            url={config.url}
            attribution={config.attribution}
            eventHandlers={{
              tileload: () => {
                loaded.current = true;
              },
              tileerror: () => {
                failures.current += 1;
                if (!loaded.current && failures.current >= TILE_FAILURES_BEFORE_FALLBACK) setOffline(true);
              },
            }}
          />
        )}
        {circle && (
          <Circle
            center={[circle.latitude, circle.longitude]}
            radius={circle.radiusMetres}
            interactive={false}
            pathOptions={{ color: '#1971c2', weight: 1, fillOpacity: 0.06, dashArray: '4 4' }}
          />
        )}
        {markers.map((m) => (
          <CircleMarker
            key={m.id}
            ref={(ref) => {
              if (ref) refs.current.set(m.id, ref);
              else refs.current.delete(m.id);
            }}
            center={[m.latitude, m.longitude]}
            radius={m.id === selectedId ? 11 : 8}
            pathOptions={m.id === selectedId ? SELECTED : MARKER}
            eventHandlers={{ click: () => onSelect?.(m.id) }}
          >
            {m.popup && <Popup>{m.popup}</Popup>}
          </CircleMarker>
        ))}
        {children}
        <FitToContent markers={markers} circle={circle} />
      </MapContainer>
      {offline && offlineNotice && (
        <div
          data-testid={`${testId}-offline`}
          style={{
            position: 'absolute',
            zIndex: 500,
            left: 8,
            bottom: 8,
            padding: '2px 8px',
            borderRadius: 4,
            background: 'rgba(255,255,255,0.92)',
            color: '#343a40',
            fontSize: 12,
          }}
        >
          {offlineNotice}
        </div>
      )}
    </section>
  );
}
