import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApplicationModule } from '@app/application';
import { DirectoryController } from './directory.controller';
import { RegistryReadController } from './registry-read.controller';
import { webDistDir } from './web-dist';
import { webStatic } from './web-static';

/**
 * Serves the built web UI (dist/web) at / with an SPA fallback, and the read-only registry look-ups the UI's
 * pickers need. Registered in onModuleInit, i.e. after Nest's routes and before its 404 handler, so the UI never
 * shadows /api.
 */
@Module({
  imports: [ApplicationModule],
  controllers: [RegistryReadController, DirectoryController],
})
export class WebUiModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter || adapter.getType() !== 'express') return;
    const dir = webDistDir();
    if (!dir) {
      Logger.warn('web UI not built (npm run build:web); serving the API only', 'web');
      return;
    }
    adapter.getInstance().use(webStatic(dir));
  }
}
