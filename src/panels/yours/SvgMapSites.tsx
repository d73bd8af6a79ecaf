/**
 * The reader's sites on the SVG map (a phone's first map, the map without
 * WebGL, the stand-in for a lost context), from the same model as the WebGL
 * map and the exports (src/map/sites.ts): drawn over each SVG map on the page,
 * in its frame (the same viewBox, `meet`, inside the same padding), grouped
 * within 12 screen pixels. Clicks pass through to the cities.
 */
import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { svgMapScale } from '../../map/model';
import { projectToBoundsPoints, svgMapShapes } from '../../map/projection';
import { markLook, siteMarks, sitePoints } from '../../map/sites';
import { useAppStore } from '../../store/store';
import { useYours } from '../../store/yours';

/** The SVG maps on the page now, followed as they come and go. */
function useSvgMapHolders(): HTMLElement[] {
  const find = () => [...document.querySelectorAll<HTMLElement>('.svg-map-holder')];
  const [holders, setHolders] = useState<HTMLElement[]>(find);
  useEffect(() => {
    const watch = new MutationObserver(() => {
      const now = find();
      setHolders((was) => (was.length === now.length && was.every((h, i) => h === now[i]) ? was : now));
    });
    watch.observe(document.body, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, []);
  return holders;
}

function Sites({ holder, width, height, points }: { holder: HTMLElement; width: number; height: number; points: ReturnType<typeof sitePoints> }) {
  const [scale, setScale] = useState<number | null>(null);
  useEffect(() => {
    const measure = () => setScale(svgMapScale(holder.getBoundingClientRect(), width, height));
    const resize = new ResizeObserver(measure);
    resize.observe(holder);
    return () => resize.disconnect();
  }, [holder, width, height]);
  const marks = useMemo(
    () => (scale ? siteMarks(points, projectToBoundsPoints(points.map((p) => [p.lon, p.lat] as const), width, height), 12 / scale) : []),
    [points, width, height, scale],
  );
  if (!scale || marks.length === 0) return null;
  const px = (n: number) => n / scale;
  return createPortal(
    <svg className="svg-map svg-map-sites" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false" data-testid="svg-map-sites">
      {marks.map((m, i) => {
        const { r, fill, stroke, strokeWidth, ink } = markLook(m);
        return (
          <g key={i} data-sites={m.count}>
            <circle cx={m.x} cy={m.y} r={px(r)} fill={fill} stroke={stroke} strokeWidth={px(strokeWidth)} />
            {ink && (
              <text x={m.x} y={m.y} dy="0.35em" textAnchor="middle" fontSize={px(11)} fontWeight={700} fill={ink}>
                {m.count}
              </text>
            )}
          </g>
        );
      })}
    </svg>,
    holder,
  );
}

export function SvgMapSites() {
  const data = useYours((s) => s.data);
  const loaded = useAppStore((s) => (s.data.status === 'ready' ? s.data.data : null));
  const context = useAppStore((s) => (s.context.status === 'ready' ? s.context.context : null));
  const holders = useSvgMapHolders();
  const points = useMemo(() => (loaded ? sitePoints(data, loaded.geo) : []), [data, loaded]);
  if (!loaded || points.length === 0) return null;
  const { width, height } = svgMapShapes(loaded.geo, context);
  return (
    <>
      {holders.map((holder, i) => (
        <Sites key={i} holder={holder} width={width} height={height} points={points} />
      ))}
    </>
  );
}
