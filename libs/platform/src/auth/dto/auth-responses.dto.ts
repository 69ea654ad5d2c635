import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../http/page.dto';
import { type Role, ROLES } from '../roles';

export class FactoryRefDto {
  @ApiProperty({ format: 'uuid', example: 'db1582b9-8efb-42a9-ac61-808ce4bd0997' }) id: string;
  @ApiProperty({ example: 'JS001' }) code: string;
  @ApiProperty({ example: '江山一号门厂' }) name: string;
  @ApiProperty({
    example: 'Asia/Shanghai',
    description: "the factory's IANA time zone: its days and shifts / 工厂时区（班次与日期按此计算）",
  })
  timeZone: string;
}

export class LoginUserDto {
  @ApiProperty({ format: 'uuid', example: '0796f63a-8dfb-4715-a9c9-93c04f8755ae' }) id: string;
  @ApiProperty({ example: 'planner' }) username: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['planner'] }) roles: Role[];
  @ApiProperty({ type: FactoryRefDto }) factory: FactoryRefDto;
}

export class LoginResultDto {
  @ApiProperty({ description: 'send as `Authorization: Bearer <accessToken>`', example: 'eyJhbGciOiJIUzI1NiIs…' })
  accessToken: string;
  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds until the token expires', example: 28800 }) expiresIn: number;
  @ApiProperty({ type: LoginUserDto }) user: LoginUserDto;
}

export class UserDto {
  @ApiProperty({ format: 'uuid', example: '445ee9e9-29d8-47e6-aa4c-f8372c873217' }) id: string;
  @ApiProperty({ example: 'zhang.wei' }) username: string;
  @ApiProperty({ type: String, nullable: true, example: '张伟' }) displayName: string | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['planner', 'warehouse'] }) roles: Role[];
  @ApiProperty({ description: 'inactive users cannot sign in', example: true }) active: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
}

export const UserPageDto = PageOf(UserDto);
