import { Module } from '@nestjs/common';
import { ApplicationModule } from '@app/application';
import { AuthModule } from '../auth/auth.module';
import { AdminController } from './admin.controller';
import { DeniedAttemptsLog } from './denied-attempts.log';

@Module({
  imports: [ApplicationModule, AuthModule],
  controllers: [AdminController],
  providers: [DeniedAttemptsLog],
  exports: [DeniedAttemptsLog],
})
export class AdminModule {}
