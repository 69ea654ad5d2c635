import { Module } from '@nestjs/common';
import { ScanHistoryController } from './scan-history.controller';
import { ScanHistoryService } from './scan-history.service';

/** The scan log read by a supervisor: GET /packing/scans. */
@Module({ controllers: [ScanHistoryController], providers: [ScanHistoryService] })
export class ScanHistoryHttpModule {}
