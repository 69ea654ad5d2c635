import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@mendao/platform';
import { PurchaseSuggestionsDto } from './purchasing.dto';
import { PurchasingService, type PurchaseSuggestionsView } from './purchasing.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('purchasing')
@ApiBearerAuth()
@Roles('warehouse', 'manager', 'planner')
@Controller('purchasing')
export class PurchasingController {
  constructor(private readonly purchasing: PurchasingService) {}

  /** What to buy per item: the open split runs' demand against pickable stock and the reorder point. */
  @Get('suggestions')
  @ApiOkResponse({ type: PurchaseSuggestionsDto })
  suggestions(): Promise<PurchaseSuggestionsView> {
    return this.purchasing.suggestions();
  }

  /** The same suggestions as an .xlsx workbook (采购建议). */
  @Get('suggestions.xlsx')
  @Header('content-type', XLSX)
  @Header(
    'content-disposition',
    `attachment; filename="purchase-suggestions.xlsx"; filename*=UTF-8''${encodeURIComponent('采购建议.xlsx')}`,
  )
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'an .xlsx workbook',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  suggestionsXlsx(): Promise<Buffer> {
    return this.purchasing.suggestionsXlsx();
  }
}
