import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { WORK_ORDER_STATUSES, type WorkOrderStatus } from '../domain/work-order-status';
import { REPORT_ACTIONS } from './production.dto';

const STATUS = { enum: WORK_ORDER_STATUSES, enumName: 'WorkOrderStatus' } as const;
const nullableDate = { type: String, format: 'date-time', nullable: true } as const;

@ApiSchema({ name: 'WorkOrderOrder' })
class WorkOrderOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DEMO-0001' }) orderNo: string;
}

@ApiSchema({ name: 'WorkOrderWaitingFor' })
class WaitingForDto {
  @ApiProperty() code: string;
  @ApiProperty() process: string;
  @ApiProperty(STATUS) status: WorkOrderStatus;
}

@ApiSchema({ name: 'WorkOrderView' })
export class WorkOrderViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'WO-3F2A91C0-2', description: 'also the barcode (Code 128) content' }) code: string;
  @ApiProperty({ format: 'uuid' }) splitRunId: string;
  @ApiProperty({ example: 'edge_banding' }) process: string;
  @ApiProperty({ example: '封边' }) processNameZh: string;
  @ApiProperty({ example: 'Edge banding' }) processNameEn: string;
  @ApiProperty({ description: 'place in the run (route order)' }) sequence: number;
  @ApiProperty() plannedQuantity: number;
  @ApiProperty() good: number;
  @ApiProperty() scrap: number;
  @ApiProperty(STATUS) status: WorkOrderStatus;
  @ApiProperty({ description: 'an operator may report on it now' }) available: boolean;
  @ApiProperty({ ...nullableDate, description: 'when the waiting time after the previous process ends' })
  availableAt: string | null;
  @ApiProperty({ type: [WaitingForDto], description: 'earlier work orders sharing a part, not done yet' })
  waitingFor: WaitingForDto[];
  @ApiProperty({ type: String, nullable: true }) holdReason: string | null;
  @ApiProperty({ type: String, nullable: true }) shortReason: string | null;
  @ApiProperty(nullableDate) releasedAt: string | null;
  @ApiProperty(nullableDate) startedAt: string | null;
  @ApiProperty(nullableDate) finishedAt: string | null;
  @ApiProperty({ type: [WorkOrderOrderDto] }) orders: WorkOrderOrderDto[];
}

@ApiSchema({ name: 'WorkOrderPart' })
class WorkOrderPartDto {
  @ApiProperty() ref: string;
  @ApiProperty() component: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ description: 'line number of the order' }) line: number;
  @ApiProperty() quantity: number;
  @ApiProperty() perDoor: number;
}

@ApiSchema({ name: 'WorkOrderDoor' })
class WorkOrderDoorDto {
  @ApiProperty() orderNo: string;
  @ApiProperty() lineNo: number;
  @ApiProperty() doorNo: number;
  @ApiProperty({ description: 'pieces of this work order the door needs' }) need: number;
  @ApiProperty({ description: 'good pieces attributed to it' }) good: number;
  @ApiProperty() passed: boolean;
}

@ApiSchema({ name: 'WorkOrderDetail' })
export class WorkOrderDetailDto extends WorkOrderViewDto {
  @ApiProperty({ type: [WorkOrderPartDto] }) parts: WorkOrderPartDto[];
  @ApiProperty({ type: [WorkOrderDoorDto] }) doors: WorkOrderDoorDto[];
}

@ApiSchema({ name: 'WorkOrderPage' })
export class WorkOrderPageDto {
  @ApiProperty({ type: [WorkOrderViewDto] }) items: WorkOrderViewDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

@ApiSchema({ name: 'ReleaseAnswer' })
export class ReleaseAnswerDto {
  @ApiProperty({ format: 'uuid' }) splitRunId: string;
  @ApiProperty({ description: 'released before: nothing changed' }) alreadyReleased: boolean;
  @ApiProperty({ format: 'date-time' }) releasedAt: string;
  @ApiProperty({ type: [WorkOrderViewDto] }) workOrders: WorkOrderViewDto[];
}

@ApiSchema({ name: 'ReportDoor' })
class ReportDoorDto {
  @ApiProperty() barcode: string;
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty() doorNo: number;
}

@ApiSchema({ name: 'ProductionReportRecord' })
class ReportRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) scanId: string;
  @ApiProperty({ enum: REPORT_ACTIONS }) action: (typeof REPORT_ACTIONS)[number];
  @ApiProperty() good: number;
  @ApiProperty() scrap: number;
  @ApiProperty({ type: String, nullable: true }) scrapReason: string | null;
  @ApiProperty({ type: String, nullable: true }) shortReason: string | null;
  @ApiProperty({ type: String, nullable: true }) machine: string | null;
  @ApiProperty({ type: ReportDoorDto, nullable: true, description: 'the door a door-label report went to' })
  door: ReportDoorDto | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

@ApiSchema({ name: 'ProductionReportAnswer' })
export class ReportAnswerDto {
  @ApiProperty({ type: WorkOrderViewDto }) workOrder: WorkOrderViewDto;
  @ApiProperty({ type: ReportRecordDto }) report: ReportRecordDto;
  @ApiProperty({ description: 'true: this scanId was recorded before, this is its first answer' }) replayed: boolean;
}

@ApiSchema({ name: 'ScrapReason' })
class ScrapReasonDto {
  @ApiProperty({ example: 'edge_chipping' }) code: string;
  @ApiProperty({ example: '崩边' }) nameZh: string;
  @ApiProperty({ example: 'Edge chipping' }) nameEn: string;
  @ApiProperty() sort: number;
  @ApiProperty() active: boolean;
}

@ApiSchema({ name: 'ScrapReasons' })
export class ScrapReasonsDto {
  @ApiProperty({ type: [ScrapReasonDto] }) items: ScrapReasonDto[];
}

@ApiSchema({ name: 'ProcessProgress' })
class ProcessProgressDto {
  @ApiProperty() process: string;
  @ApiProperty() workOrder: string;
  @ApiProperty({ description: "the order's own pieces" }) planned: number;
  @ApiProperty() good: number;
  @ApiProperty({ description: "the work order's scrap (not split among its orders)" }) scrap: number;
  @ApiProperty(STATUS) status: WorkOrderStatus;
}

@ApiSchema({ name: 'DoorProgress' })
class DoorProgressDto {
  @ApiProperty() lineNo: number;
  @ApiProperty() doorNo: number;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: [String], description: 'processes passed, in route order' }) passed: string[];
  @ApiProperty({ type: String, nullable: true }) next: string | null;
  @ApiProperty() readyForPacking: boolean;
}

@ApiSchema({ name: 'OrderProgress' })
export class OrderProgressDto {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() customer: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate: string | null;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) splitRunId: string | null;
  @ApiProperty() released: boolean;
  @ApiProperty({ description: 'good over planned pieces, 0..1' }) progress: number;
  @ApiProperty({ type: [ProcessProgressDto] }) processes: ProcessProgressDto[];
  @ApiProperty({ type: [DoorProgressDto] }) doors: DoorProgressDto[];
}

@ApiSchema({ name: 'WipProcess' })
class WipProcessDto {
  @ApiProperty() process: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ description: 'work orders released, not started' }) released: number;
  @ApiProperty() inProgress: number;
  @ApiProperty() onHold: number;
  @ApiProperty({ description: 'pieces not reported of released and held work orders' }) piecesWaiting: number;
  @ApiProperty({ description: 'pieces not reported of started work orders' }) piecesInProgress: number;
}

@ApiSchema({ name: 'LateOrder' })
class LateOrderDto {
  @ApiProperty() orderNo: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty() customer: string;
  @ApiProperty({ description: '0..1' }) progress: number;
}

@ApiSchema({ name: 'Wip' })
export class WipDto {
  @ApiProperty({ type: [WipProcessDto] }) processes: WipProcessDto[];
  @ApiProperty({ type: [LateOrderDto], description: 'the oldest due dates first, at most 200' })
  lateOrders: LateOrderDto[];
  @ApiProperty({ description: 'how many orders are late (more than lateOrders shows when it is cut)' })
  lateOrdersTotal: number;
}

@ApiSchema({ name: 'ReadyDoor' })
class ReadyDoorDto {
  @ApiProperty() orderNo: string;
  @ApiProperty() lineNo: number;
  @ApiProperty() doorNo: number;
  @ApiPropertyOptional({ type: String, nullable: true }) room: string | null;
}

@ApiSchema({ name: 'DoorsReady' })
export class DoorsReadyDto {
  @ApiProperty() orderNo: string;
  @ApiProperty({ type: [ReadyDoorDto] }) doors: ReadyDoorDto[];
}
