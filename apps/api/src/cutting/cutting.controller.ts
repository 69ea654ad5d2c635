import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { linearBarSvg, LinearPlan, SheetPlan, sheetLayoutSvg } from '@mendao/cutting';
import { ApiProblems, Roles, Optional } from '@mendao/platform';
import { LinearPlanDto, SheetPlanDto } from '@mendao/splitting';
import { CuttingRunner } from './cutting-runner';
import { LinearRequestDto, SheetsRequestDto } from './dto/cutting.dto';

export class CuttingQuery {
  @ApiPropertyOptional({ enum: ['svg'], description: 'include=svg adds an SVG drawing to every bar or sheet' })
  @Optional()
  @IsIn(['svg'])
  include?: 'svg';
}

const LINEAR_EXAMPLE = {
  stock: [{ length: 2400 }, { length: 1200, quantity: 3 }],
  kerf: 4,
  trim: 10,
  minOffcut: 300,
  items: [
    { id: 'jamb', length: 2090, quantity: 4 },
    { id: 'head', length: 900, quantity: 2 },
  ],
  timeLimitMs: 1000,
};

const SHEETS_EXAMPLE = {
  sheets: [{ width: 2440, height: 1220 }],
  kerf: 4,
  trim: 10,
  maxStages: 3,
  firstCut: 'horizontal',
  items: [{ id: 'skin', width: 2050, height: 860, quantity: 4, rotatable: false }],
};

/**
 * Stateless cutting optimisation (DESIGN.md §5). The request is checked by @mendao/cutting itself, the
 * one validation shared with the CLI, so bad input gets the same field-by-field answer everywhere.
 */
@ApiTags('cutting')
@ApiBearerAuth()
@Roles('planner')
@Controller('cutting')
export class CuttingController {
  constructor(private readonly runner: CuttingRunner) {}

  @Post('linear')
  @HttpCode(200)
  @ApiBody({
    type: LinearRequestDto,
    examples: { doorFrame: { summary: '门套 jambs and heads', value: LINEAR_EXAMPLE } },
  })
  @ApiOkResponse({ type: LinearPlanDto })
  @ApiProblems(413, 422, 429)
  async linear(@Body() body: unknown, @Query() query: CuttingQuery): Promise<LinearPlan> {
    const plan = await this.runner.run('linear', body);
    if (query.include !== 'svg') return plan;
    const kerf = (body as { kerf?: number }).kerf;
    const trim = (body as { trim?: number }).trim;
    return { ...plan, bars: plan.bars.map((bar) => ({ ...bar, svg: linearBarSvg(bar, { kerf, trim }) })) };
  }

  @Post('sheets')
  @HttpCode(200)
  @ApiBody({
    type: SheetsRequestDto,
    examples: { skins: { summary: '门板 door skins from HDF', value: SHEETS_EXAMPLE } },
  })
  @ApiOkResponse({ type: SheetPlanDto })
  @ApiProblems(413, 422, 429)
  async sheets(@Body() body: unknown, @Query() query: CuttingQuery): Promise<SheetPlan> {
    const plan = await this.runner.run('sheets', body);
    if (query.include !== 'svg') return plan;
    return { ...plan, layouts: plan.layouts.map((layout) => ({ ...layout, svg: sheetLayoutSvg(layout) })) };
  }
}
