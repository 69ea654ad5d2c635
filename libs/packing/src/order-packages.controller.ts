import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import { OrderPackageViewDto, OrderPackingDto } from './dto/packing-responses.dto';
import { type OrderPackageView, type OrderPackingView, PackagesService } from './order-packages.service';

@ApiTags('packing')
@ApiBearerAuth()
@Roles('planner', 'packer', 'manager')
@Controller()
export class OrderPackagesController {
  constructor(private readonly packages: PackagesService) {}

  /** The order's packages (its last split run's), in door order, with their packing state. */
  @Get('orders/:order/packages')
  @ApiOkResponse({ type: [OrderPackageViewDto] })
  @ApiProblems(404)
  ofOrder(@Param('order') order: string): Promise<OrderPackageView[]> {
    return this.packages.ofOrder(order);
  }

  /** The order's packing progress for the station screens: per door ready and k of n, and what is missing. */
  @Get('packing/orders/:order')
  @ApiOkResponse({ type: OrderPackingDto })
  @ApiProblems(404)
  progress(@Param('order') order: string): Promise<OrderPackingView> {
    return this.packages.orderProgress(order);
  }
}
