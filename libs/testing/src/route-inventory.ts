import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

export interface RouteInfo {
  method: string;
  /** with the global prefix, e.g. /api/public/bulletins/:id */
  path: string;
  isPublic: boolean;
}

const IS_PUBLIC = 'auth:public'; // apps/api/src/auth/auth.decorators.ts

/**
 * Every HTTP route the running app serves, read from the controllers' own decorators: a test that must cover "every
 * public route" enumerates them here, so a route added later is covered without editing the test's list.
 */
export function routeInventory(app: INestApplication, prefix = '/api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type || seen.has(type)) continue;
      seen.add(type);
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      const classPublic = Reflect.getMetadata(IS_PUBLIC, type) === true;
      const prototype = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || paths === undefined) continue;
        for (const root of base) {
          for (const path of ([] as string[]).concat(paths)) {
            const full = `${prefix}/${[root, path].map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`;
            routes.push({ method: RequestMethod[method], path: full, isPublic: classPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true });
          }
        }
      }
    }
  }
  return routes;
}
