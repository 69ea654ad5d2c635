import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsPlainText } from '../../http/validators';

export class LoginDto {
  @ApiProperty({ example: 'DEMO', description: 'factory code / 工厂代码' })
  @IsString()
  @IsPlainText()
  @Length(1, 32)
  factory: string;

  @ApiProperty({ example: 'admin' })
  @IsString()
  @IsPlainText()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'mendao-demo' })
  @IsString()
  @Length(1, 256)
  password: string;
}
