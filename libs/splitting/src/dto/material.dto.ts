import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive, IsString, Length, Matches, Min } from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import { CUT_KINDS, type CutKind } from '../domain/product';

/** The body of PUT /materials/{code}: everything but the code, which door model rules refer to and never changes. */
export class MaterialBodyDto {
  @ApiProperty({ example: '橡木门套板' }) @IsString() @IsPlainText() @Length(1, 120) nameZh: string;
  @ApiProperty({ example: 'Oak jamb board' }) @IsString() @IsPlainText() @Length(1, 120) nameEn: string;
  @ApiProperty({ enum: CUT_KINDS }) @IsIn(CUT_KINDS) cutKind: CutKind;
  @ApiPropertyOptional({ example: 2440 }) @Optional() @IsNumber() @IsPositive() stockLength?: number;
  @ApiPropertyOptional({ example: 1220 }) @Optional() @IsNumber() @IsPositive() sheetWidth?: number;
  @ApiPropertyOptional({ example: 2440 }) @Optional() @IsNumber() @IsPositive() sheetLength?: number;
  @ApiPropertyOptional({ example: 18 }) @Optional() @IsNumber() @IsPositive() thickness?: number;
  @ApiPropertyOptional({ example: 4 }) @Optional() @IsNumber() @Min(0) kerf?: number;
  @ApiPropertyOptional({ example: 5 }) @Optional() @IsNumber() @Min(0) trim?: number;
}

export class MaterialDto extends MaterialBodyDto {
  @ApiProperty({ example: 'JAMB-OAK' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.{}-]{0,79}$/, { message: 'code must be 1–80 letters, digits, _, . or -' })
  code: string;
}
