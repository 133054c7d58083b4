import type { APIRoute } from 'astro';
import { briefFeed } from '../data/feed';

export const GET: APIRoute = () => briefFeed('en');
