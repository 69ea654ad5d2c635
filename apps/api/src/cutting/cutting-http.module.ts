import { Module } from '@nestjs/common';
import { CuttingRunner } from './cutting-runner';
import { CuttingController } from './cutting.controller';

/** HTTP face of the framework-free @mendao/cutting library. */
@Module({ controllers: [CuttingController], providers: [CuttingRunner] })
export class CuttingHttpModule {}
