import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A map of where briefs happened: country outlines and dots, projected at build time. */

export interface Place {
	lat: number;
	lon: number;
	title: string;
}

export interface Dot {
	x: number;
	y: number;
	r: number;
	count: number;
	title: string;
}

export interface MapLayout {
	width: number;
	height: number;
	/** SVG path data of each country outline in view. */
	outlines: { name: string; d: string }[];
	dots: Dot[];
}

type Countries = FeatureCollection<Geometry, { name: string }>;

export function countriesOf(topology: Topology): Countries {
	return feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>) as Countries;
}

/** Degrees of margin around the places, so a single place still shows its surroundings. */
const marginDegrees = 2;
/** Places closer than this many pixels share one dot. */
const cluster = 10;
/**
 * At most this many dots however many places there are, so the stats page stays small at any size
 * of archive: when the places would make more, dots gather from further apart.
 */
export const maxDots = 600;

export function mapLayout(places: Place[], countries: Countries, width = 720, height = 480): MapLayout {
	if (places.length === 0) return { width, height, outlines: [], dots: [] };
	const lats = places.map((p) => p.lat);
	const lons = places.map((p) => p.lon);
	// Not Math.min(...lons): a call's arguments run out long before an archive's places do.
	const least = (values: number[]) => values.reduce((a, b) => Math.min(a, b));
	const most = (values: number[]) => values.reduce((a, b) => Math.max(a, b));
	const [west, east] = [least(lons) - marginDegrees, most(lons) + marginDegrees];
	const [south, north] = [least(lats) - marginDegrees, most(lats) + marginDegrees];
	const extent: Feature = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
	};
	const projection = geoMercator()
		.fitExtent([[8, 8], [width - 8, height - 8]], extent)
		.clipExtent([[0, 0], [width, height]]);
	const path = geoPath(projection).digits(0);
	const outlines = countries.features
		.flatMap((country) => {
			const d = path(country);
			return d ? [{ name: country.properties.name, d }] : [];
		});
	const points = places.map((place) => ({ xy: projection([place.lon, place.lat])!, title: place.title }));
	let reach = cluster;
	let groups = gather(points, reach);
	while (groups.length > maxDots) groups = gather(points, (reach *= 1.25));
	const dots = groups.map(({ x, y, titles }) => ({
		x,
		y,
		r: Math.round(Math.min(14, 3 + Math.sqrt(titles.length) * 1.5) * 10) / 10,
		count: titles.length,
		title: titles.length === 1 ? titles[0] : `${titles.length} briefs`,
	}));
	return { width, height, outlines, dots };
}

/**
 * Greedy: each place joins the first dot within `reach` pixels, or starts its own. Dots are kept in
 * cells `reach` wide, so a place looks only at the dots of its own and the eight cells around it.
 */
function gather(points: { xy: [number, number]; title: string }[], reach: number) {
	const groups: { x: number; y: number; titles: string[]; order: number }[] = [];
	const cells = new Map<string, typeof groups>();
	const cellOf = (x: number, y: number) => [Math.floor(x / reach), Math.floor(y / reach)];
	for (const { xy: [x, y], title } of points) {
		const [cx, cy] = cellOf(x, y);
		let near: (typeof groups)[number] | undefined;
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				for (const g of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
					if (Math.hypot(g.x - x, g.y - y) <= reach && (!near || g.order < near.order)) near = g;
				}
			}
		}
		if (near) near.titles.push(title);
		else {
			const group = { x: Math.round(x), y: Math.round(y), titles: [title], order: groups.length };
			groups.push(group);
			const key = cellOf(group.x, group.y).join(',');
			cells.set(key, [...(cells.get(key) ?? []), group]);
		}
	}
	return groups;
}
