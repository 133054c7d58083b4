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

export function mapLayout(places: Place[], countries: Countries, width = 720, height = 480): MapLayout {
	if (places.length === 0) return { width, height, outlines: [], dots: [] };
	const lats = places.map((p) => p.lat);
	const lons = places.map((p) => p.lon);
	const [west, east] = [Math.min(...lons) - marginDegrees, Math.max(...lons) + marginDegrees];
	const [south, north] = [Math.min(...lats) - marginDegrees, Math.max(...lats) + marginDegrees];
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
	// Greedy: each place joins the first dot within reach, or starts its own.
	const groups: { x: number; y: number; titles: string[] }[] = [];
	for (const place of places) {
		const [x, y] = projection([place.lon, place.lat])!;
		const near = groups.find((g) => Math.hypot(g.x - x, g.y - y) <= cluster);
		if (near) near.titles.push(place.title);
		else groups.push({ x: Math.round(x), y: Math.round(y), titles: [place.title] });
	}
	const dots = groups.map(({ x, y, titles }) => ({
		x,
		y,
		r: Math.min(14, 3 + Math.sqrt(titles.length) * 1.5),
		count: titles.length,
		title: titles.length === 1 ? titles[0] : `${titles.length} briefs`,
	}));
	return { width, height, outlines, dots };
}
