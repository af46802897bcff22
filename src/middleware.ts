/** Every page the build renders is rendered noting what it reads (src/data/page-reads.ts). */
import { defineMiddleware } from 'astro:middleware';
import { renderNoting } from './data/page-reads.ts';

export const onRequest = defineMiddleware((context, next) =>
  renderNoting(
    { routePattern: context.routePattern, params: context.params, url: context.url, props: context.props },
    () => next(),
  ),
);
