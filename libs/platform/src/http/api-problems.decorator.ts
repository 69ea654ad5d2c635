import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiSchema,
  getSchemaPath,
  type ResponseObject,
} from '@nestjs/swagger';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
export const PROBLEM_SCHEMA = 'Problem';

@ApiSchema({ name: 'FieldError' })
export class FieldErrorDto {
  @ApiProperty({ description: 'where in the request: `lines[0].width`, `stock[2].length`, `file`, `body`' })
  field: string;
  @ApiProperty({ example: 'width must not be greater than 3000' })
  message: string;
  @ApiPropertyOptional({ description: 'spreadsheet imports: the row (1 = the header row)', example: 3 })
  row?: number;
}

/**
 * RFC 9457 problem details, the one error body of the API. The facts of `params` are also copied to the
 * root for older clients, hence additional properties.
 */
@ApiSchema({ name: PROBLEM_SCHEMA })
export class ProblemDto {
  @ApiProperty({ example: 'https://mendao.dev/problems/stock.insufficient' })
  type: string;
  @ApiProperty({ description: 'of the code, in English', example: 'Not enough stock' })
  title: string;
  @ApiProperty({ example: 409 })
  status: number;
  @ApiProperty({ example: 'not enough HDF-8 at A-02: 3 available, 10 asked / 库存不足：可用 3' })
  detail: string;
  @ApiProperty({
    description: 'the rule that refused: switch on this, never on title or detail',
    example: 'stock.insufficient',
  })
  code: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'the facts of the refusal, named by the code (see the error code table)',
    example: { available: 3, requested: 10, item: 'HDF-8', location: 'A-02', lot: '' },
  })
  params?: Record<string, unknown>;
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
  @ApiProperty({ description: 'the request path', example: '/api/v1/stock/moves' })
  instance: string;
  @ApiProperty({
    description: 'also in the x-request-id header; quote it when reporting a problem',
    example: 'req-1a2b',
  })
  requestId: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` lists each field / 参数有误',
  401: 'No valid bearer token / 未登录或令牌失效',
  403: 'The signed-in role may not do this / 无权限',
  404: 'Nothing with this id or code in your factory / 未找到',
  409: 'Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突',
  413: 'The request body or file is too large / 请求过大',
  415: 'Wrong content type / 内容类型不支持',
  422: 'Well-formed but not processable; `errors` says where / 无法处理',
  429: 'Too many attempts; see the retry-after header / 请求过多',
  503: 'Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试',
};

export type ProblemStatusCode = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export const PROBLEM_STATUSES = Object.keys(DESCRIPTIONS).map(Number) as ProblemStatusCode[];

/** The response object of an error status: a problem+json body. */
export function problemResponse(status: number): ResponseObject {
  return {
    description: DESCRIPTIONS[status] ?? 'Problem',
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
  };
}

/**
 * The error answers a route (or every route of a controller) may give besides those the document derives
 * from its shape (400 for a body or query, 413 for a body, 401/403 behind auth, 404 for a path key):
 * typically 409 and 422.
 */
export function ApiProblems(...statuses: ProblemStatusCode[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })),
  );
}
