import 'reflect-metadata';
import { createSecretKey, randomUUID } from 'node:crypto';
import { Body, Controller, Get, Injectable, Module, Param, Post, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { Pool } from 'pg';
import { createValidationPipe } from '../../apps/api/src/http/validation.pipe';
import { FeedbackDto } from '../../apps/api/src/issues/dto/rectification.dto';

/**
 * Express or Fastify under the same Nest app, for the adapter choice (issue #19): a global guard with the service's
 * HS256 check (@nestjs/jwt, same secret, issuer and audience), helmet, the service's validation pipe and one of its
 * DTOs, and one INSERT per command — the bare server's work inside Nest. Only the adapter differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

@Injectable()
class TokenGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: unknown }>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    try {
      request.actor = await this.jwt.verifyAsync(match?.[1] ?? '', { issuer: 'supervision-loop', audience: 'supervision-loop-api' });
      return true;
    } catch {
      throw new UnauthorizedException();
    }
  }
}

@Controller('api')
class BenchController {
  @Post('issues/:id/feedback')
  async feedback(@Param('id') id: string, @Body() body: FeedbackDto) {
    const result = await pool.query({ name: 'adapter_insert', text: 'INSERT INTO bench_bare (id, actor, data) VALUES ($1, $2, $3) RETURNING id', values: [randomUUID(), id, JSON.stringify(body)] });
    return { id: result.rows[0].id };
  }

  @Get('me')
  async me() {
    const result = await pool.query({ name: 'adapter_insert', text: 'INSERT INTO bench_bare (id, actor, data) VALUES ($1, $2, $3) RETURNING id', values: [randomUUID(), null, '{}'] });
    return { id: result.rows[0].id };
  }
}

@Module({
  imports: [JwtModule.register({ secret: createSecretKey(Buffer.from(process.env.JWT_SECRET ?? '')) as unknown as string, verifyOptions: { algorithms: ['HS256'] } })],
  controllers: [BenchController],
  providers: [{ provide: APP_GUARD, useClass: TokenGuard }],
})
class BenchModule {}

async function main(): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_bare (id text PRIMARY KEY, actor text, data jsonb NOT NULL)`);
  const fastify = process.env.HTTP_ADAPTER === 'fastify';
  const app = await NestFactory.create(BenchModule, fastify ? new FastifyAdapter() : new ExpressAdapter(), { logger: ['error'] });
  app.use(helmet({ contentSecurityPolicy: false }));
  app.useGlobalPipes(createValidationPipe());
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  console.log('listening');
  process.on('SIGTERM', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
}

void main();
