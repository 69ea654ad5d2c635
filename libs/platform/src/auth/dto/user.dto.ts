import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsPlainText, Optional } from '../../http/validators';
import { ROLES, Role } from '../roles';

export class CreateUserDto {
  @ApiProperty({ example: 'zhang.wei' })
  @IsString()
  @Matches(/^[\p{L}\p{N}._-]{2,64}$/u, {
    message: 'username must be 2–64 letters, digits, dots, dashes or underscores',
  })
  username: string;

  @ApiPropertyOptional({ example: '张伟' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 100)
  displayName?: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @Length(8, 256)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

/** Changes to a user; omitted fields stay as they are. */
export class UpdateUserDto {
  @ApiPropertyOptional({ example: '张伟' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 100)
  displayName?: string;

  @ApiPropertyOptional({ minLength: 8, description: 'a new password (admin reset)' })
  @Optional()
  @IsString()
  @Length(8, 256)
  password?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @Optional()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;
}
