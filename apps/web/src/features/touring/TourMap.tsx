import type { TourProblem } from '@flowstage/domain/touring';
import L from 'leaflet';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleMarker, Marker, Pane, Polyline, Tooltip } from 'react-leaflet';
import { FlowMap, type MapMarker } from '../../app/map/index.ts';
import type { Show } from './api.ts';
import { stopName } from './tour-edit.ts';

/** Numbered stop pins as HTML (divIcon): no image assets, readable at any zoom. */
function numberIcon(n: number, locked: boolean): L.DivIcon {
  return L.divIcon({
    className: '',
    html: `<div style="width:26px;height:26px;border-radius:13px;background:${locked ? '#862e9c' : '#1971c2'};color:#fff;font:600 13px/26px system-ui;text-align:center;border:2px solid #fff;box-shadow:0 1px 3px rgba(0,0,0,.4)">${n}</div>`,
    iconSize: [26, 26],
    iconAnchor: [13, 13],
  });
}

export function TourMap({
  problem,
  shows,
  locked,
}: {
  problem: TourProblem;
  shows: readonly Show[];
  locked: readonly Show[];
}) {
  const { t } = useTranslation('touring');
  const home = problem.start.location;
  const points = useMemo(() => {
    const out: { show: Show; lat: number; lon: number }[] = [];
    for (const show of shows) {
      const loc = problem.stops.find((s) => s.id === show.stopId)?.location;
      if (loc) out.push({ show, lat: loc.lat, lon: loc.lon });
    }
    return out;
  }, [problem, shows]);
  // FlowMap fits its view to its markers: the base and every stop (numbered pins are drawn on top).
  const markers: MapMarker[] = [
    ...(home ? [{ id: 'home', latitude: home.lat, longitude: home.lon, label: 'Base' }] : []),
    ...points.map((p) => ({
      id: p.show.stopId,
      latitude: p.lat,
      longitude: p.lon,
      label: stopName(problem, p.show.stopId),
    })),
  ];
  const line: [number, number][] = [
    ...(home ? [[home.lat, home.lon] as [number, number]] : []),
    ...points.map((p) => [p.lat, p.lon] as [number, number]),
    ...(home ? [[home.lat, home.lon] as [number, number]] : []),
  ];
  return (
    <FlowMap
      markers={markers}
      label={t('detail.map')}
      offlineNotice={t('detail.offline')}
      height={380}
      testId="tour-map"
    >
      {/* Own pane above the (late-loading, filled) offline basemap, below the numbered pins. */}
      <Pane name="tour-route" style={{ zIndex: 450 }}>
        <Polyline positions={line} pathOptions={{ color: '#1971c2', weight: 3, opacity: 0.8 }} />
        {home && (
          <CircleMarker
            center={[home.lat, home.lon]}
            radius={7}
            pathOptions={{ color: '#2b8a3e', fillColor: '#40c057', fillOpacity: 1 }}
          >
            <Tooltip>Base</Tooltip>
          </CircleMarker>
        )}
      </Pane>
      {points.map((p, i) => (
        <Marker
          key={p.show.stopId}
          position={[p.lat, p.lon]}
          icon={numberIcon(
            i + 1,
            locked.some((l) => l.stopId === p.show.stopId),
          )}
          title={`${i + 1}. ${stopName(problem, p.show.stopId)} — ${p.show.date}`}
          alt={`${i + 1}. ${stopName(problem, p.show.stopId)}`}
        >
          <Tooltip>
            {i + 1}. {stopName(problem, p.show.stopId)} — {p.show.date}
          </Tooltip>
        </Marker>
      ))}
    </FlowMap>
  );
}
