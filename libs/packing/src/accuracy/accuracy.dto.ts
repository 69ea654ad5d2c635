import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateBy, type ValidationArguments } from 'class-validator';
import { isIsoInstant } from '@mendao/equipment';
import { Optional } from '@mendao/platform';
import { ACCURACY_GROUPS, type AccuracyGroupBy, LOAD_ERROR_KINDS, PACK_ERROR_KINDS } from './accuracy-figures';

/** An instant with its zone (`…+08:00` or `…Z`), as every instant query of the equipment routes. */
function IsInstant(): PropertyDecorator {
  return ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isIsoInstant(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must be an ISO 8601 date-time with its offset or Z, e.g. 2026-11-07T08:00:00+08:00 / 须为带时区的 ISO 8601 时间`,
    },
  });
}

export class AccuracyQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: 'default: 30 days before `to`' })
  @Optional()
  @IsInstant()
  from?: string;
  @ApiPropertyOptional({
    example: '2026-12-01T00:00:00+08:00',
    description: 'default: now; at most 400 days after `from`',
  })
  @Optional()
  @IsInstant()
  to?: string;
  @ApiPropertyOptional({ enum: ACCURACY_GROUPS, default: 'day', description: 'day: the factory’s local days' })
  @Optional()
  @IsIn(ACCURACY_GROUPS)
  groupBy?: AccuracyGroupBy;
}

const count = (description: string) => ApiProperty({ type: Number, description });

export class PackErrorsDto {
  @count('the package was packed already') duplicate: number;
  @count('a package of another order than the one open at the station') wrong_order: number;
  @count('its door has not passed the processes before packing') door_not_ready: number;
  @count('its order is not released to production') not_released: number;
  @count('its order is packed already') order_packed: number;
  @count('its order is shipped already (closed short, this package left behind)') order_shipped: number;
  @count('its split run is stale or replaced') stale: number;
  @count('a well-formed code naming no package of the factory') unknown: number;
  @count('the check character does not match') bad_check: number;
  @count('not a package code') malformed: number;
  @count('any other refusal recorded') other: number;
}

export class LoadErrorsDto {
  @count('the package was loaded already') duplicate: number;
  @count('a package of an order not in the shipment') not_in_shipment: number;
  @count('a package not packed') not_packed: number;
  @count('a well-formed code naming no package of the factory') unknown: number;
  @count('the check character does not match') bad_check: number;
  @count('not a package code') malformed: number;
  @count('any other refusal recorded') other: number;
}

class ScanFiguresDto {
  @count('scans recorded') scans: number;
  @count('scans answered ok') ok: number;
  @count('ok scans a supervisor undid') undone: number;
  @count('scans refused: the errors summed') errorsCaught: number;
}

export class PackFiguresDto extends ScanFiguresDto {
  @ApiProperty({ type: PackErrorsDto, description: `by kind: ${PACK_ERROR_KINDS.join(', ')}` }) errors: PackErrorsDto;
}

export class LoadFiguresDto extends ScanFiguresDto {
  @ApiProperty({ type: LoadErrorsDto, description: `by kind: ${LOAD_ERROR_KINDS.join(', ')}` }) errors: LoadErrorsDto;
}

export class AccuracyGroupDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'day: YYYY-MM-DD; station: its code (null: the loading scans); user: the user id',
  })
  key: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'station: its name; user: the username' })
  name: string | null;
  @ApiProperty({ type: PackFiguresDto }) pack: PackFiguresDto;
  @ApiProperty({ type: LoadFiguresDto }) load: LoadFiguresDto;
  @ApiProperty({ type: Number, nullable: true, description: '(ok − undone) ÷ ok pack scans' })
  packingAccuracy: number | null;
}

export class ShipmentCountsDto {
  @count('shipments closed in the range') closed: number;
  @count('closed with every package loaded') clean: number;
  @count('closed with packages missing, by a supervisor') withOverride: number;
}

export class ShippedOrdersDto {
  @count('orders of the shipments closed in the range') shipped: number;
  @count('of those, with none of their packages missing') shippedComplete: number;
}

export class AccuracyTotalsDto {
  @ApiProperty({ type: PackFiguresDto }) pack: PackFiguresDto;
  @ApiProperty({ type: LoadFiguresDto }) load: LoadFiguresDto;
  @count('ok pack scans') packagesPacked: number;
  @count('ok pack scans not undone') packagesPackedCorrect: number;
  @ApiProperty({ type: Number, nullable: true, description: 'packagesPackedCorrect ÷ packagesPacked' })
  packingAccuracy: number | null;
  @count('pack and load scans refused') errorsCaught: number;
  @ApiProperty({ type: ShipmentCountsDto }) shipments: ShipmentCountsDto;
  @ApiProperty({ type: Number, nullable: true, description: 'clean ÷ closed shipments' })
  shippingAccuracy: number | null;
  @ApiProperty({ type: ShippedOrdersDto }) orders: ShippedOrdersDto;
}

export class AccuracyDto {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ enum: ACCURACY_GROUPS }) groupBy: string;
  @ApiProperty({ example: 'Asia/Shanghai', description: 'the factory’s zone, which the days are in' }) timeZone: string;
  @ApiProperty({ type: [AccuracyGroupDto] }) groups: AccuracyGroupDto[];
  @ApiProperty({ type: AccuracyTotalsDto }) totals: AccuracyTotalsDto;
}
