import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApplicationModule } from '@app/application';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { resolveJwtSecret } from './jwt-secret';
import { StreamSessions } from './stream-session';

@Module({
  imports: [
    ApplicationModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not a string: jsonwebtoken otherwise tries (and fails) to parse a string secret as a
        // public key on every verification, which was a third of the CPU of a command.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config))) as unknown as string,
        signOptions: { expiresIn: config.auth.tokenTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, StreamSessions, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, StreamSessions],
})
export class AuthModule {}
