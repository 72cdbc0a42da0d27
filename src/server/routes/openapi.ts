import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../http/openapi.ts';

export const openapi = new Hono<AppEnv>().get('/', (c) => c.json(openApiDocument()));
