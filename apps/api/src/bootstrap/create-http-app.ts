import { Logger, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { CLOCK, InfrastructureModule, type Clock, type InfrastructureResources } from '@app/application';
import { WorkerModule } from '../../../worker/src/worker.module';
import { ApiModule } from '../api.module';
import { accessLog } from '../http/access-log.middleware';
import { createPublicPageCache } from '../http/public-page-cache.middleware';
import { serverTime } from '../http/server-time.middleware';
import { toProblem } from '../http/to-problem';
import { createValidationPipe } from '../http/validation.pipe';
import { ServiceLogger } from './service-logger';

function sendProblem(res: Response, error: unknown): void {
  const body = toProblem(error);
  res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/** Only JSON bodies are accepted (and one multipart upload route); anything else is refused before it reaches a controller. */
function jsonOnly(limit: string) {
  const parse = json({ limit, type: () => true });
  return (req: Request, res: Response, next: NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return next();
    // The one route that takes a file: multipart, parsed (with its limits) by the route itself.
    if (req.method === 'POST' && req.path === '/api/files' && req.is('multipart/form-data')) return next();
    if (!req.is('application/json') && !req.is('application/*+json')) {
      return sendProblem(res, Object.assign(new Error('send JSON'), { status: 415, expose: true }));
    }
    parse(req, res, (error?: unknown) => (error ? sendProblem(res, error) : next()));
  };
}

export interface HttpAppOptions {
  /** Run the worker (process managers, projections, clock) in this process too. */
  worker: boolean;
}

export function rootModule(resources: InfrastructureResources, options: HttpAppOptions): DynamicModule {
  return {
    module: class SupervisionLoopModule {},
    imports: [InfrastructureModule.forRoot(resources), ApiModule, ...(options.worker ? [WorkerModule] : [])],
  };
}

export async function createHttpApp(resources: InfrastructureResources, options: HttpAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(rootModule(resources, options), {
    bodyParser: false,
    abortOnError: false, // a failed boot throws to the caller instead of exiting the process
    logger: new ServiceLogger(resources.config.logLevel),
  });
  if (resources.config.logLevel === 'log' || resources.config.logLevel === 'debug') app.use(accessLog());
  const clock = app.get<Clock>(CLOCK);
  app.use(serverTime(() => clock.now()));
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(jsonOnly(resources.config.bodyLimit));
  const publicPages = createPublicPageCache({ freshMs: resources.config.publicCacheMs, now: () => clock.now() });
  app.use(publicPages.keep);
  publicPages.serveInFrontOf(app.getHttpServer());
  if (resources.config.corsOrigins.length) app.enableCors({ origin: resources.config.corsOrigins, exposedHeaders: ['ETag', 'Location'] });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Supervision Loop 督导闭环').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  Logger.log(`HTTP app ready (worker in process: ${options.worker})`, 'bootstrap');
  return app;
}
