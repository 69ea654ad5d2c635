// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.
// Use with openapi-fetch: createClient<paths>({ baseUrl }) — see clients/typescript/example.ts.
export interface paths {
  '/api/v1/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Audit_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in / 登录 */
    post: operations['Auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Calendar_holidays'];
    put?: never;
    post: operations['Calendar_addHoliday'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/holidays/{day}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['Calendar_removeHoliday'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/maintenance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Calendar_maintenance'];
    put?: never;
    post: operations['Calendar_addMaintenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/maintenance/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['Calendar_removeMaintenance'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cutting/linear': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Cutting_linear'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cutting/sheets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Cutting_sheets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/downtime-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DowntimeReasons_list'];
    put?: never;
    post: operations['DowntimeReasons_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/downtime-reasons/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['DowntimeReasons_update'];
    trace?: never;
  };
  '/api/v1/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Items_list'];
    put?: never;
    post: operations['Items_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/items/below-reorder-point': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Items_belowReorderPoint'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/items/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Items_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Items_update'];
    trace?: never;
  };
  '/api/v1/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Jobs_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Locations_list'];
    put?: never;
    post: operations['Locations_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/locations/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Locations_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Locations_update'];
    trace?: never;
  };
  '/api/v1/machine-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MachineEvents_ingest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/machines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Machines_list'];
    put?: never;
    post: operations['Machines_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/machines/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Machines_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Machines_update'];
    trace?: never;
  };
  '/api/v1/machines/{code}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Machines_ingest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/machines/{machine}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Oee_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Materials_list'];
    put?: never;
    post: operations['Materials_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/materials/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Materials_get'];
    put: operations['Materials_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Materials_patch'];
    trace?: never;
  };
  '/api/v1/materials/{code}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Materials_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/oee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Oee_oee'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Orders_list'];
    put?: never;
    post: operations['Orders_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Orders_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Orders_importTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Orders_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Orders_update'];
    trace?: never;
  };
  '/api/v1/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Orders_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Orders_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{order}/labels.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Labels_orderPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{order}/labels.zpl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Labels_orderZpl'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{order}/packages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrderPackages_ofOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/accuracy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Accuracy_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/labels.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Labels_selectionPdf'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/labels.zpl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Labels_selectionZpl'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/orders/{order}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrderPackages_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ScanHistory_list'];
    put?: never;
    post: operations['PackScans_scan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/scans/{scanId}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PackScans_undo'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PackingSettings_get'];
    put: operations['PackingSettings_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/stations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stations_list'];
    put?: never;
    post: operations['Stations_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/stations/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stations_get'];
    put: operations['Stations_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/packing/stations/{code}/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['Stations_setOrder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Processes_list'];
    put?: never;
    post: operations['Processes_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processes/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['Processes_reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/processes/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['Processes_update'];
    trace?: never;
  };
  '/api/v1/production/doors-ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Production_doorsReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/production/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Production_orderProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/production/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Production_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/production/scrap-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Production_scrapReasonList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/production/wip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Production_wip'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Products_list'];
    put?: never;
    post: operations['Products_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Products_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Products_get'];
    put: operations['Products_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{code}/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Products_importTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{code}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Products_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/purchasing/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Purchasing_suggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/purchasing/suggestions.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Purchasing_suggestionsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Shifts_list'];
    put?: never;
    post: operations['Shifts_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shifts/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['Shifts_deactivate'];
    options?: never;
    head?: never;
    patch: operations['Shifts_update'];
    trace?: never;
  };
  '/api/v1/shipments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Shipments_list'];
    put?: never;
    post: operations['Shipments_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Shipments_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Shipments_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Shipments_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/manifest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Shipments_manifest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/manifest.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Shipments_manifestPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/shipments/{id}/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Shipments_scan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_list'];
    put?: never;
    post: operations['SplitRuns_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-patterns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPatterns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-patterns.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPatternsPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-patterns.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPatternsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-patterns/{no}.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPatternSvg'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPlans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-plans.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPlansCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/cut-plans/{n}.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_cutPlanSvg'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/labels.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Labels_runPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/labels.zpl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Labels_runZpl'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_materials'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/packages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_packages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/parts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_parts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Release_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/saw-parts.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_sawCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/split-detail.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_splitDetailXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/travelers.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Travelers_run'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/split-runs/{id}/work-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SplitRuns_workOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/balances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stock_balances'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Counts_list'];
    put?: never;
    post: operations['Counts_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/counts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Counts_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/counts/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Counts_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/counts/{id}/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Counts_scan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stock_moves'];
    put?: never;
    post: operations['Stock_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/pick-lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PickLists_list'];
    put?: never;
    post: operations['PickLists_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/pick-lists/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PickLists_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/remnants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stock_remnants'];
    put?: never;
    post: operations['Stock_receiveRemnant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/remnants/runs/{run}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stock_runRemnants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/remnants/runs/{run}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Stock_receiveRunRemnants'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/remnants/runs/{run}/scans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Stock_scanRemnantLabel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stock/value': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Stock_value'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Users_list'];
    put?: never;
    post: operations['Users_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Users_get'];
    put?: never;
    post?: never;
    delete: operations['Users_remove'];
    options?: never;
    head?: never;
    patch: operations['Users_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Users_activate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['Users_deactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkOrders_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work-orders/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['WorkOrders_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work-orders/{code}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['WorkOrders_hold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work-orders/{code}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['WorkOrders_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work-orders/{code}/traveler.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Travelers_workOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Health_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics, for a scraper / 监控指标（仅供采集器）
     * @description Needs `Authorization: Bearer <METRICS_TOKEN>`, the scrape token of the installation; a user's sign-in token is refused (401). When METRICS_TOKEN is not configured the route is off and answers 404.
     */
    get: operations['Metrics_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['Health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccuracyDto: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** @enum {string} */
      groupBy: 'day' | 'station' | 'user';
      /**
       * @description the factory’s zone, which the days are in
       * @example Asia/Shanghai
       */
      timeZone: string;
      groups: components['schemas']['AccuracyGroupDto'][];
      totals: components['schemas']['AccuracyTotalsDto'];
    };
    AccuracyGroupDto: {
      /** @description day: YYYY-MM-DD; station: its code (null: the loading scans); user: the user id */
      key: string | null;
      /** @description station: its name; user: the username */
      name: string | null;
      pack: components['schemas']['PackFiguresDto'];
      load: components['schemas']['LoadFiguresDto'];
      /** @description (ok − undone) ÷ ok pack scans */
      packingAccuracy: number | null;
    };
    AccuracyTotalsDto: {
      pack: components['schemas']['PackFiguresDto'];
      load: components['schemas']['LoadFiguresDto'];
      /** @description ok pack scans */
      packagesPacked: number;
      /** @description ok pack scans not undone */
      packagesPackedCorrect: number;
      /** @description packagesPackedCorrect ÷ packagesPacked */
      packingAccuracy: number | null;
      /** @description pack and load scans refused */
      errorsCaught: number;
      shipments: components['schemas']['ShipmentCountsDto'];
      /** @description clean ÷ closed shipments */
      shippingAccuracy: number | null;
      orders: components['schemas']['ShippedOrdersDto'];
    };
    AuditEntryDto: {
      /**
       * @description a bigint, as a string
       * @example 1842
       */
      id: string;
      /**
       * Format: uuid
       * @example f575db7b-d939-49fd-a2d1-5cf3418690d8
       */
      userId: string | null;
      /** @example warehouse */
      username: string | null;
      /**
       * @description method and route pattern
       * @example POST /api/v1/stock/moves
       */
      action: string;
      /** @example /api/v1/stock/moves */
      path: string;
      /**
       * @description HTTP status of the answer
       * @example 201
       */
      status: number;
      /**
       * @example success
       * @enum {string}
       */
      outcome: 'success' | 'failure';
      /** @example 7190b248-33f1-4c12-b967-a9181cb362ed */
      requestId: string | null;
      /** @example 192.168.1.23 */
      ip: string | null;
      /** @example 14 */
      durationMs: number | null;
      /**
       * @description route parameters (and, for a login, the factory code)
       * @example {
       *       "params": {
       *         "id": "15440f25-9a36-4ba5-88f9-4e85d4f20798"
       *       }
       *     }
       */
      detail: {
        [key: string]: unknown;
      } | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:12:40.149Z
       */
      at: string;
    };
    AuditEntryPage: {
      items: components['schemas']['AuditEntryDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    BalanceAfterDto: {
      /**
       * @description location code
       * @example A-02
       */
      location: string;
      /**
       * @description the empty string when the item is not lot-tracked
       * @example
       */
      lot: string;
      /**
       * @description on hand after the move
       * @example 88
       */
      quantity: number;
    };
    BalanceDto: {
      /** @example HDF-8 */
      item: string;
      /** @example 高密度板 8厘 */
      itemName: string;
      /** @example HDF skin board 8 mm */
      itemNameEn: string;
      /** @example sheet */
      unit: components['schemas']['Unit'];
      /** @example A-02 */
      location: string;
      /** @example 板材库 A-02 */
      locationName: string;
      /** @example Board store A-02 */
      locationNameEn: string;
      /**
       * @description the empty string when the item is not lot-tracked
       * @example
       */
      lot: string;
      /** @example 83 */
      quantity: number;
    };
    BalancePageDto: {
      items: components['schemas']['BalanceDto'][];
      /** @example null */
      nextCursor: string | null;
      /** @description per item over every matching balance (all pages) */
      totals: components['schemas']['ItemTotalDto'][];
    };
    BelowReorderPointDto: {
      /**
       * @description item code
       * @example HW-LOCK
       */
      item: string;
      /** @example 静音门锁 */
      name: string;
      /** @example Silent mortise lock */
      nameEn: string;
      /** @example set */
      unit: components['schemas']['Unit'];
      /** @example 40 */
      reorderPoint: number;
      /**
       * @description over all locations
       * @example 35
       */
      onHand: number;
    };
    CloseShipmentDto: {
      /**
       * @description a supervisor’s (manager, admin) reason to close with packages missing; they are recorded. From a packer: 403
       * @example 客户要求先发 the customer asked for what is ready
       */
      overrideReason?: string;
    };
    ComponentRuleDto: {
      /** @example 门边 stile */
      name: string;
      /** @enum {string} */
      kind:
        | 'stile'
        | 'rail'
        | 'skin'
        | 'core'
        | 'jamb'
        | 'head'
        | 'casing'
        | 'stop'
        | 'glass'
        | 'hardware'
        | 'edge'
        | 'other';
      /**
       * @description material code; {finish} is replaced by the line finish
       * @example LVL-40
       */
      material: string;
      /** @example H - headJamb - gapTop - gapBottom */
      length: string;
      /** @example stileW */
      width: string;
      /** @example leafT */
      thickness: string;
      /**
       * @description pieces per door (a formula); at most 1000
       * @example 2
       */
      quantity: string;
      /** @example T > 150 */
      condition?: string;
      /** @enum {string} */
      cutKind: 'linear' | 'sheet' | 'none';
      /** @enum {string} */
      grain: 'free' | 'length' | 'width';
      /**
       * @description process codes of the factory's list, in the order the part goes through them
       * @example [
       *       "cutting",
       *       "pressing",
       *       "edge_banding"
       *     ]
       */
      route: string[];
      packageGroup: components['schemas']['PackageGroup'];
      endCuts?: components['schemas']['EndCutsDto'];
      /** @description L1/L2 the long edges, W1/W2 the short ones */
      edgeBanding?: components['schemas']['EdgeBandingDto'];
      features?: components['schemas']['MachiningFeatureDto'][];
      /** @description which leaf of a pair */
      leaf?: components['schemas']['LeafAssignment'];
    };
    CountDto: {
      /**
       * Format: uuid
       * @example 15440f25-9a36-4ba5-88f9-4e85d4f20798
       */
      id: string;
      /**
       * @description null: one item counted everywhere
       * @example A-02
       */
      location: string | null;
      /**
       * @description null: every item of the location
       * @example null
       */
      item: string | null;
      /** @example open */
      status: components['schemas']['CountStatus'];
      /** @example warehouse */
      openedBy: string | null;
      /** @example null */
      closedBy: string | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:47.898Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example null
       */
      closedAt: string | null;
      /** @description what was scanned so far (never the books while open) */
      counted: components['schemas']['CountedDto'][];
      /** @description set when closed */
      report: components['schemas']['CountReportDto'] | null;
    };
    CountEventDto: {
      /** @description idempotency key per machine; default state@<ISO at> / count@<ISO at>, so the same instant again is a duplicate */
      eventId?: string;
      /**
       * @description ISO 8601 instant with its offset; at most 5 minutes ahead of the server
       * @example 2026-11-30T08:05:00+08:00
       */
      at: string;
      /** @description good units (the machine’s count unit), whole */
      good: number;
      /** @description scrapped units, whole */
      scrap: number;
    };
    CountReportDto: {
      lines: components['schemas']['CountReportLineDto'][];
      totals: components['schemas']['CountTotalsDto'];
      /**
       * @description adjustment moves the close made
       * @example 1
       */
      adjustments: number;
    };
    CountReportLineDto: {
      /** @example A-02 */
      location: string;
      /** @example HDF-8 */
      item: string;
      /**
       * @description the empty string when the item is not lot-tracked
       * @example
       */
      lot: string;
      /**
       * @description on the books when closed
       * @example 83
       */
      expected: number;
      /** @example 80 */
      counted: number;
      /**
       * @description counted − expected: positive 盘盈, negative 盘亏
       * @example -3
       */
      difference: number;
      /**
       * @description difference × standard cost, yuan
       * @example -195
       */
      value: number;
    };
    CountScanAnswerDto: {
      /** @example false */
      replayed: boolean;
      /** @description the total counted so far for this item and lot here */
      counted: components['schemas']['CountedDto'];
    };
    CountScanDto: {
      /** Format: uuid */
      scanId: string;
      /** @example HDF-8 */
      item: string;
      /**
       * @description what was found (adds to earlier scans of the same item and lot)
       * @example 12
       */
      quantity: number;
      lot?: string;
      /** @description where it was found: required when the count is of an item everywhere */
      location?: string;
      device?: string;
    };
    /** @enum {string} */
    CountStatus: 'open' | 'completed' | 'completed_with_discrepancies';
    CountSummaryDto: {
      /**
       * Format: uuid
       * @example 15440f25-9a36-4ba5-88f9-4e85d4f20798
       */
      id: string;
      /**
       * @description null: one item counted everywhere
       * @example A-02
       */
      location: string | null;
      /**
       * @description null: every item of the location
       * @example null
       */
      item: string | null;
      /** @example open */
      status: components['schemas']['CountStatus'];
      /** @example warehouse */
      openedBy: string | null;
      /** @example null */
      closedBy: string | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:47.898Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example null
       */
      closedAt: string | null;
      /**
       * @description scans recorded so far
       * @example 12
       */
      scans: number;
      /** @description the report’s totals, once closed */
      totals: components['schemas']['CountTotalsDto'] | null;
    };
    CountSummaryPage: {
      items: components['schemas']['CountSummaryDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    CountTotalsDto: {
      /** @example 0 */
      gain: number;
      /** @example 3 */
      loss: number;
      /** @example -3 */
      net: number;
      /**
       * @description yuan
       * @example -195
       */
      value: number;
    };
    CountedDto: {
      /** @example A-02 */
      location: string;
      /** @example HDF-8 */
      item: string;
      /**
       * @description the empty string when the item is not lot-tracked
       * @example
       */
      lot: string;
      /** @example 80 */
      quantity: number;
    };
    CreateDowntimeReasonDto: {
      /**
       * @description letters, digits, _ or -; 1–40; never changes
       * @example belt_worn
       */
      code: string;
      /**
       * @description null or absent: a root of the tree
       * @example breakdown
       */
      parentCode?: string | null;
      /** @example 砂带磨损 */
      nameZh: string;
      /** @example Sanding belt worn */
      nameEn: string;
      /**
       * @example [
       *       "down"
       *     ]
       */
      appliesTo: ('down' | 'idle' | 'setup')[];
      /**
       * @example breakdown
       * @enum {string}
       */
      loss:
        | 'breakdown'
        | 'setup'
        | 'small_stop'
        | 'slow_cycle'
        | 'startup_reject'
        | 'production_reject'
        | 'no_order'
        | 'planned';
      /** @description default true */
      active?: boolean;
      /** @description place in lists; default: after the last */
      sort?: number;
    };
    CreateHolidayDto: {
      /**
       * @description the local date (YYYY-MM-DD) on which no shift starts
       * @example 2026-10-01
       */
      day: string;
      /** @example 国庆节 */
      name: string;
    };
    CreateItemDto: {
      /** @example HDF-8 */
      code: string;
      /** @example 8mm 高密度板 */
      nameZh: string;
      /** @example HDF 8 mm */
      nameEn: string;
      /** @enum {string} */
      kind: 'board' | 'moulding' | 'veneer' | 'hardware' | 'glass' | 'consumable' | 'wip' | 'package' | 'remnant';
      /** @enum {string} */
      unit: 'sheet' | 'piece' | 'm' | 'm2' | 'kg' | 'set';
      /** @example 1220 */
      width?: number;
      /** @example 2440 */
      length?: number;
      /** @example 8 */
      thickness?: number;
      /** @default false */
      lotTracked: boolean;
      /** @example 50 */
      reorderPoint?: number;
      /**
       * @description per unit, yuan
       * @example 86.5
       */
      standardCost?: number;
      /**
       * @description what the item is bought in (包, 捆, 箱); the empty string: bought in its own unit
       * @example 捆
       */
      purchaseUnit?: string;
      /**
       * @description how many of the item’s unit one purchase unit holds (whole for an item counted whole); 1 if never set
       * @example 10
       */
      purchaseUnitSize?: number;
      /**
       * @description barcodes that resolve to this item
       * @example [
       *       "6901234567892"
       *     ]
       */
      barcodes?: string[];
    };
    CreateLocationDto: {
      /** @example A-01-02 */
      code: string;
      /** @example 板材库 A 区 1 排 2 层 */
      nameZh: string;
      /** @example Board store A, row 1, level 2 */
      nameEn: string;
      /** @enum {string} */
      type: 'receiving' | 'storage' | 'production' | 'packing' | 'shipping' | 'scrap';
      /**
       * @description defaults to the code
       * @example LOC-A-01-02
       */
      barcode?: string;
    };
    CreateMachineDto: {
      /**
       * @description letters, digits, _ . -; 1–40; never changes
       * @example SAW-01
       */
      code: string;
      /** @example 电子开料锯 1 */
      name: string;
      /** @example Panel saw 1 */
      nameEn?: string;
      /** @enum {string} */
      process: 'cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing';
      /** @enum {string} */
      countUnit: 'sheet' | 'part' | 'm' | 'm2' | 'cycle';
      /** @description ideal cycle time (ISO 22400 PRU): seconds per count unit at the rated speed, e.g. 90 per sheet for a panel saw */
      idealCycleSeconds: number;
      /**
       * @description which counts count, so no unit is counted twice: any = the machine’s own count events (gateway, tablet) and station reports (报工) alike; machine = its own only (a station report on it adds no count); reports = station reports only (its count events are refused, 422 at counts[i] / events[i].kind). Default any
       * @enum {string}
       */
      countsFrom?: 'any' | 'machine' | 'reports';
      /** @description default true */
      active?: boolean;
    };
    CreateMaintenanceDto: {
      /** @description machine code or id; absent: every machine of the factory */
      machine?: string;
      /**
       * @description ISO 8601 with its offset or Z; at most 400 days back
       * @example 2026-11-07T08:00:00+08:00
       */
      from: string;
      /**
       * @description ISO 8601 with its offset or Z; at most 400 days back
       * @example 2026-11-07T12:00:00+08:00
       */
      to: string;
      /** @example 封边机月度保养 */
      reason: string;
    };
    CreateOrderDto: {
      /** @example SO-2026-0001 */
      orderNo: string;
      /** @example 江山某装饰公司 */
      customer: string;
      /** @example 2026-12-20 */
      dueDate?: string;
      lines: components['schemas']['OrderLineDto'][];
    };
    CreatePickListDto: {
      /** Format: uuid */
      splitRun: string;
    };
    CreateProcessDto: {
      /**
       * @description letters, digits, Chinese characters, _ or -; 1–40
       * @example curing
       */
      code: string;
      /** @example 养生 */
      nameZh: string;
      /** @example Curing */
      nameEn: string;
      /**
       * @description minutes a part must rest after this step before the next may start (养生 24 h = 1440); 0 for none
       * @default 0
       */
      minWaitMinutes: number;
      /**
       * @description work instructions (作业要求) printed on every traveler (流转卡) of this process; several lines allowed; "" for none
       * @default
       * @example 胶水均匀涂布，冷压 8 小时以上；出压后检查开胶、鼓包。
       */
      instructions: string;
    };
    CreateProductDto: {
      /** @example 平板单开门 */
      nameZh: string;
      /** @example Flat single door */
      nameEn: string;
      /** @enum {string} */
      doorType: 'single' | 'double' | 'unequal_pair' | 'sliding' | 'cased_opening';
      widthRange: components['schemas']['RangeDto'];
      heightRange: components['schemas']['RangeDto'];
      wallThicknessRange: components['schemas']['RangeDto'];
      /**
       * @description at most 100 named numbers within ±1000000
       * @example {
       *       "jambT": 25,
       *       "gapSide": 3
       *     }
       */
      parameters: {
        [key: string]: number;
      };
      /** @description typed inputs order lines give values for */
      inputs?: components['schemas']['ProductInputDto'][];
      /** @description named formulas computed once per line */
      derived?: components['schemas']['DerivedVariableDto'][];
      /** @description lookups by an input, finish or handing */
      tables?: components['schemas']['LookupTableDto'][];
      /** @description at most 100 (422 product.too_many_components beyond) */
      components: components['schemas']['ComponentRuleDto'][];
      /** @example PD-101 */
      code: string;
    };
    CreateShiftDto: {
      /**
       * @description letters, digits, _ or -; 1–40
       * @example day
       */
      code: string;
      /** @example 白班 */
      name: string;
      /** @example Day shift */
      nameEn?: string;
      /**
       * @description ISO weekdays the shift STARTS on: 1 = Monday … 7 = Sunday
       * @example [
       *       1,
       *       2,
       *       3,
       *       4,
       *       5,
       *       6
       *     ]
       */
      days: number[];
      /**
       * @description the factory's local wall-clock time HH:MM; end at or before start: ends the next day
       * @example 08:00
       */
      start: string;
      /**
       * @description the factory's local wall-clock time HH:MM; end at or before start: ends the next day
       * @example 17:30
       */
      end: string;
      /** @description planned breaks, outside planned busy time; default none */
      breaks?: components['schemas']['ShiftBreakDto'][];
      /** @description the processes whose machines work this shift (e.g. a night shift for cutting and edge banding only); null or absent: every machine */
      processes?:
        ('cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing')[] | null;
    };
    CreateShipmentDto: {
      /**
       * @description the truck: its plate or the carrier’s name, 1–40 characters
       * @example 沪A·12345
       */
      vehicle: string;
      /**
       * @description who drives it, 1–40 characters
       * @example 张师傅 138 0000 0000
       */
      driver?: string;
      /**
       * @description the orders (ids or order numbers) in delivery order: the first is delivered first, so it is loaded last. Each in production or packed, and on no other open shipment
       * @example [
       *       "SO-2026-0001",
       *       "SO-2026-0002"
       *     ]
       */
      orderIds: string[];
    };
    CreateSplitRunDto: {
      /** @description order ids or order numbers */
      orderIds: string[];
    };
    CreateStationDto: {
      /**
       * @description upper-case letters, digits, _ or -; 1–32
       * @example PACK-01
       */
      code: string;
      /** @example 包装线 1号 */
      name: string;
      /** @default true */
      active: boolean;
    };
    CreateUserDto: {
      /** @example zhang.wei */
      username: string;
      /** @example 张伟 */
      displayName?: string;
      password: string;
      roles: ('admin' | 'planner' | 'warehouse' | 'packer' | 'manager' | 'operator')[];
    };
    /** @enum {string} */
    CutKind: 'linear' | 'sheet' | 'none';
    CutPatternDto: {
      /** @example 1 */
      no: number;
      /** @example CAS-60 */
      material: string;
      /**
       * @example linear
       * @enum {string}
       */
      kind: 'linear' | 'sheet';
      /** @example null */
      ripWidth: number | null;
      /** @example 12 */
      thickness: number | null;
      /**
       * @description the remnant item (余料) each repetition is cut from; null for new stock
       * @example null
       */
      fromRemnant: string | null;
      /**
       * @description bars [length]; sheets [width, height]; the remnant’s size when cut from one
       * @example [
       *       2440
       *     ]
       */
      stockSize: number[];
      /**
       * @description bars or sheets cut to this pattern
       * @example 12
       */
      count: number;
      /** @example 5 */
      trim: number;
      /** @example 4 */
      kerf: number;
      pieces: components['schemas']['PatternPieceDto'][];
      /** @description sheets: numbered cut sequence, trims first; bars: empty */
      cuts: components['schemas']['PatternCutDto'][];
      /**
       * @description bars: reusable offcut (mm); sheets: Σ remnant area (mm²)
       * @example 320
       */
      remnant: number;
      /** @description sheets: the remnants (余料) */
      remnants: components['schemas']['RectDto'][];
      /**
       * @description per bar: mm; per sheet: mm²
       * @example 8
       */
      waste: number;
      /**
       * @description bars: the offcut after the last piece
       * @example 320
       */
      offcut: number | null;
      repetitions: components['schemas']['PatternRepetitionDto'][];
    };
    CutPatternPage: {
      items: components['schemas']['CutPatternDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    CutPlanDto: {
      /**
       * @description plan number, 1-based: GET …/cut-plans/{n}.svg
       * @example 1
       */
      n: number;
      /** @example CASING-60 */
      material: string;
      /**
       * @description which plan shape `plan` has
       * @example linear
       * @enum {string}
       */
      kind: 'linear' | 'sheet';
      /**
       * @description mm: the width a ripped bar material is ripped to; null for fixed profiles and sheets
       * @example 120
       */
      ripWidth: number | null;
      /**
       * @description mm, the parts’ thickness
       * @example 40
       */
      thickness: number | null;
      /** @description `kind` linear: a LinearPlan; sheet: a SheetPlan */
      plan: components['schemas']['LinearPlanDto'] | components['schemas']['SheetPlanDto'];
    };
    DerivedVariableDto: {
      /** @example leafH */
      name: string;
      /** @example H - jambT - gapTop - gapBottom */
      formula: string;
      /** @example 门扇高 */
      labelZh?: string;
      /** @example Leaf height */
      labelEn?: string;
    };
    DoorPackageDto: {
      /**
       * Format: uuid
       * @example db6a4949-df0f-46e3-90aa-19bacdb35bb2
       */
      id: string;
      /** Format: uuid */
      orderId: string;
      /** Format: uuid */
      lineId: string;
      /**
       * @description door number within the line
       * @example 1
       */
      doorNo: number;
      /**
       * @description package k of n for this door
       * @example 1
       */
      k: number;
      /** @example 4 */
      n: number;
      /** @example leaf */
      packageGroup: components['schemas']['PackageGroup'];
      /**
       * @description the leaf a leaf package holds (1 = master)
       * @example 1
       */
      leafNo: number | null;
      /**
       * @description the package code (P + 9-digit serial + GS1 check digit)
       * @example P0000000017
       */
      barcode: string;
      /** @example left-in */
      handing: components['schemas']['Handing'] | null;
      contents: components['schemas']['PackageContentDto'][];
      /** @description the parts inside */
      parts: components['schemas']['PackagePartDto'][];
      /**
       * @description packing state
       * @example created
       */
      status: string;
    };
    DoorPackagePage: {
      items: components['schemas']['DoorPackageDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    DoorProgress: {
      lineNo: number;
      doorNo: number;
      room: string | null;
      /** @description processes passed, in route order */
      passed: string[];
      next: string | null;
      readyForPacking: boolean;
    };
    /** @enum {string} */
    DoorType: 'single' | 'double' | 'unequal_pair' | 'sliding' | 'cased_opening';
    DoorsReady: {
      orderNo: string;
      doors: components['schemas']['ReadyDoor'][];
    };
    DowntimeReasonDto: {
      code: string;
      parentCode: string | null;
      nameZh: string;
      nameEn: string;
      appliesTo: ('down' | 'idle' | 'setup')[];
      /** @enum {string} */
      loss:
        | 'breakdown'
        | 'setup'
        | 'small_stop'
        | 'slow_cycle'
        | 'startup_reject'
        | 'production_reject'
        | 'no_order'
        | 'planned';
      active: boolean;
      sort: number;
    };
    DowntimeReasonListDto: {
      items: components['schemas']['DowntimeReasonDto'][];
    };
    EdgeBandingDto: {
      /**
       * @description band material code
       * @example EDGE-PVC-22
       */
      L1?: string;
      /**
       * @description band material code
       * @example EDGE-PVC-22
       */
      L2?: string;
      /**
       * @description band material code
       * @example EDGE-PVC-22
       */
      W1?: string;
      /**
       * @description band material code
       * @example EDGE-PVC-22
       */
      W2?: string;
    };
    /** @enum {string} */
    EndCut: 'square' | 'mitre45';
    EndCutsDto: {
      start: components['schemas']['EndCut'];
      end: components['schemas']['EndCut'];
    };
    FactoryEventDto: {
      /**
       * @description machine code (or id)
       * @example SAW-01
       */
      machine: string;
      /** @enum {string} */
      kind: 'state' | 'count';
      /** @description idempotency key per machine; default state@<ISO at> / count@<ISO at>, so the same instant again is a duplicate */
      eventId?: string;
      /** @description ISO 8601 instant with its offset; at most 5 minutes ahead of the server */
      at: string;
      /**
       * @description kind state
       * @enum {string}
       */
      state?: 'running' | 'idle' | 'setup' | 'down' | 'off';
      /** @description kind state: a downtime reason code */
      reason?: string;
      /** @description kind count */
      good?: number;
      /** @description kind count */
      scrap?: number;
    };
    FactoryEventsDto: {
      /** @description each event is checked (the whole batch before anything is written: 422 listing every bad field); at most 5000 events per request (413) */
      events: components['schemas']['FactoryEventDto'][];
    };
    FactoryRefDto: {
      /**
       * Format: uuid
       * @example db1582b9-8efb-42a9-ac61-808ce4bd0997
       */
      id: string;
      /** @example JS001 */
      code: string;
      /** @example 江山一号门厂 */
      name: string;
      /**
       * @description the factory's IANA time zone: its days and shifts / 工厂时区（班次与日期按此计算）
       * @example Asia/Shanghai
       */
      timeZone: string;
    };
    /** @enum {string} */
    FeatureKind: 'hinge_pocket' | 'lock_mortise' | 'handle_bore' | 'groove' | 'cnc_pattern' | 'glass_cutout' | 'other';
    /**
     * @description hinge/lock follow the handing
     * @enum {string}
     */
    FeatureSide: 'hinge' | 'lock' | 'top' | 'bottom' | 'face' | 'back';
    FieldError: {
      /** @description where in the request: `lines[0].width`, `stock[2].length`, `file`, `body` */
      field: string;
      /** @example width must not be greater than 3000 */
      message: string;
      /**
       * @description spreadsheet imports: the row (1 = the header row)
       * @example 3
       */
      row?: number;
    };
    /** @enum {string} */
    Grain: 'free' | 'length' | 'width';
    GuillotineCutDto: {
      /** @example 10 */
      x1: number;
      /** @example 870 */
      y1: number;
      /** @example 2430 */
      x2: number;
      /** @example 870 */
      y2: number;
      /**
       * @description 1 cuts the whole (trimmed) sheet
       * @example 1
       */
      stage: number;
    };
    /** @enum {string} */
    Handing: 'left-in' | 'left-out' | 'right-in' | 'right-out' | 'left-sliding' | 'right-sliding' | 'none';
    HealthDto: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    HoldDto: {
      /** @example 等待五金到货 waiting for hardware */
      reason: string;
    };
    HolidayDto: {
      day: string;
      name: string;
    };
    HolidayListDto: {
      items: components['schemas']['HolidayDto'][];
    };
    ImportWarningDto: {
      /**
       * @description the column's letter
       * @example F
       */
      column: string;
      /**
       * @description its header as the file wrote it (empty when it has none)
       * @example 单价
       */
      header: string;
      /**
       * @description the row, when the warning is about one cell
       * @example 4
       */
      row?: number;
      /** @example column F 单价 is not imported: no order field or model input has this name / 未导入的列 F 单价 */
      message: string;
    };
    ImportedOrderDto: {
      /**
       * Format: uuid
       * @example 9c871844-b1b9-4735-b8ed-b6ab3baccc12
       */
      id: string;
      /** @example SO-2026-0001 */
      orderNo: string;
    };
    IngestResultDto: {
      /** @description events recorded now */
      accepted: number;
      /** @description events already recorded (same event id, or a state at an instant that has one) */
      duplicates: number;
    };
    InputOptionDto: {
      /** @example unequal_pair */
      value: string;
      /** @example 子母门 */
      labelZh: string;
      /** @example Unequal pair */
      labelEn: string;
    };
    /** @enum {string} */
    InputType: 'number' | 'enum' | 'boolean' | 'text';
    ItemDto: {
      /**
       * Format: uuid
       * @example 5e69378d-7287-4a73-976a-12d138c928fa
       */
      id: string;
      /** @example HDF-8 */
      code: string;
      /** @example 高密度板 8厘 */
      nameZh: string;
      /** @example HDF skin board 8 mm */
      nameEn: string;
      /** @example board */
      kind: components['schemas']['ItemKind'];
      /** @example sheet */
      unit: components['schemas']['Unit'];
      /**
       * @description mm
       * @example 1220
       */
      width: number | null;
      /**
       * @description mm
       * @example 2440
       */
      length: number | null;
      /**
       * @description mm
       * @example 8
       */
      thickness: number | null;
      /**
       * @description stock of this item is kept per lot (批次)
       * @example false
       */
      lotTracked: boolean;
      /**
       * @description below this on hand (all locations) it is listed for reordering
       * @example 30
       */
      reorderPoint: number;
      /**
       * @description per unit, in yuan
       * @example 65
       */
      standardCost: number;
      /**
       * @description what the item is bought in (包, 捆, 箱); null: its own unit
       * @example 包
       */
      purchaseUnit: string | null;
      /**
       * @description how many of the item’s unit one purchase unit holds
       * @example 10
       */
      purchaseUnitSize: number;
      /**
       * Format: uuid
       * @description a remnant: the item it was cut from
       * @example null
       */
      parentItemId: string | null;
      /** @example true */
      active: boolean;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      updatedAt: string;
      /**
       * @description extra barcodes that resolve to this item
       * @example [
       *       "6901234567892"
       *     ]
       */
      barcodes: string[];
    };
    /** @enum {string} */
    ItemKind: 'board' | 'moulding' | 'veneer' | 'hardware' | 'glass' | 'consumable' | 'wip' | 'package' | 'remnant';
    ItemPage: {
      items: components['schemas']['ItemDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    ItemTotalDto: {
      /** @example HDF-8 */
      item: string;
      /** @example 108 */
      quantity: number;
    };
    ItemValueDto: {
      /** @example HDF-8 */
      item: string;
      /** @example 108 */
      quantity: number;
      /**
       * @description yuan per unit
       * @example 65
       */
      standardCost: number;
      /**
       * @description yuan
       * @example 7020
       */
      value: number;
    };
    JobDto: {
      /**
       * Format: uuid
       * @example 2cb58920-780c-4d16-96ac-f2b2fac00691
       */
      id: string;
      /**
       * @example splitting.run
       * @enum {string}
       */
      type: 'platform.probe' | 'splitting.run';
      /** @example succeeded */
      status: components['schemas']['JobStatus'];
      /** @example 1 */
      progress: number;
      /** @example split done / 拆单完成 */
      progressMessage: string | null;
      /** @example 1 */
      attempts: number;
      /** @example 3 */
      maxAttempts: number;
      /** @example null */
      error: string | null;
      /**
       * @description what the job produced (a split run: its summary); null until it succeeds
       * @example {
       *       "orders": 2,
       *       "doors": 23,
       *       "parts": 638
       *     }
       */
      result: {
        [key: string]: unknown;
      } | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:26.017Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:26.028Z
       */
      startedAt: string | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:26.712Z
       */
      finishedAt: string | null;
    };
    /** @enum {string} */
    JobStatus: 'queued' | 'running' | 'succeeded' | 'failed';
    LabelsDto: {
      /**
       * @description 1–2000 package codes (internal, any case, or the SSCC as scanned); printed in door order, each once
       * @example [
       *       "P0000000017",
       *       "P0000000025"
       *     ]
       */
      codes: string[];
      /**
       * @description label stock / 标签纸
       * @default 100x150
       * @enum {string}
       */
      stock: '100x150' | 'a6';
    };
    LabelsZplDto: {
      /**
       * @description 1–2000 package codes (internal, any case, or the SSCC as scanned); printed in door order, each once
       * @example [
       *       "P0000000017",
       *       "P0000000025"
       *     ]
       */
      codes: string[];
      /**
       * @description label stock / 标签纸
       * @default 100x150
       * @enum {string}
       */
      stock: '100x150' | 'a6';
      /**
       * @description the printer's resolution / 打印精度
       * @default 203
       * @enum {number}
       */
      dpi: 203 | 300;
    };
    LateOrder: {
      orderNo: string;
      /** Format: date */
      dueDate: string;
      customer: string;
      /** @description 0..1 */
      progress: number;
    };
    /**
     * @description which leaf of a pair
     * @enum {string}
     */
    LeafAssignment: 'each' | 'master' | 'slave';
    LinearBarDto: {
      /** @example 2400 */
      stockLength: number;
      /**
       * @description index into the request's `stock`
       * @example 0
       */
      stockIndex: number;
      /**
       * @description the stock entry's `ref`, when it had one
       * @example R-0031
       */
      ref?: string;
      /** @description in cut order from the bar's start */
      cuts: components['schemas']['LinearCutDto'][];
      /**
       * @description length left after the last piece and its kerf
       * @example 286
       */
      offcut: number;
      /**
       * @description reusable offcut (≥ minOffcut), else 0
       * @example 0
       */
      remnant: number;
      /**
       * @description trims, kerfs and short offcut
       * @example 310
       */
      waste: number;
      /** @description POST /cutting/linear?include=svg only: a drawing of the bar */
      svg?: string;
    };
    LinearCutDto: {
      /**
       * @description the item id of the request (a part ref in a split run)
       * @example jamb
       */
      id: string;
      /** @example 2090 */
      length: number;
      /**
       * @description from the bar's start, after the trim
       * @example 0
       */
      position: number;
    };
    LinearItemDto: {
      /**
       * @description unique within the request
       * @example jamb
       */
      id: string;
      /** @example 2090 */
      length: number;
      /** @example 4 */
      quantity: number;
    };
    LinearPlanDto: {
      bars: components['schemas']['LinearBarDto'][];
      totals: components['schemas']['LinearTotalsDto'];
      /**
       * @description no plan uses fewer bars; the gap bounds the distance to optimal
       * @example 3
       */
      lowerBound: number;
      /** @example 246 */
      elapsedMs: number;
    };
    /**
     * @description linear only
     * @enum {string}
     */
    LinearProfile: 'fixed' | 'rip';
    LinearRequestDto: {
      /**
       * @description saw blade width, consumed by every cut
       * @default 0
       * @example 4
       */
      kerf: number;
      /**
       * @description trimmed off each end / edge of every stock piece
       * @default 0
       */
      trim: number;
      /**
       * @description offcuts at least this long are reusable remnants
       * @default 0
       */
      minOffcut: number;
      /**
       * @description search budget; the best plan found so far is answered when it runs out. Over HTTP at most 10000 ms (above it: 400 cutting.time_limit_too_long, not clamped; the CLI allows 60000). Requests wait for a solver slot shared fairly between factories; when too many wait: 429 cutting.queue_full with a retry-after header
       * @default 1000
       */
      timeLimitMs: number;
      /**
       * @description the same input and seed give the same plan
       * @default 1
       */
      seed: number;
      stock: components['schemas']['LinearStockDto'][];
      /** @description at most 100000 pieces in all */
      items: components['schemas']['LinearItemDto'][];
    };
    LinearStockDto: {
      /** @example 2400 */
      length: number;
      /** @description bars available; omitted = unlimited */
      quantity?: number | null;
      /** @description cost of one bar; breaks ties between plans */
      cost?: number;
      /** @description echoed on each bar cut from it (e.g. a remnant code) */
      ref?: string;
    };
    LinearTotalsDto: {
      /** @example 3 */
      bars: number;
      /** @example 6000 */
      stockLength: number;
      /** @example 5980 */
      itemLength: number;
      /**
       * @description itemLength / stockLength
       * @example 0.9967
       */
      yield: number;
      /** @example 0 */
      cost: number;
      /** @example 0 */
      remnantLength: number;
      /** @example 20 */
      waste: number;
    };
    LoadErrorsDto: {
      /** @description the package was loaded already */
      duplicate: number;
      /** @description a package of an order not in the shipment */
      not_in_shipment: number;
      /** @description a package not packed */
      not_packed: number;
      /** @description a well-formed code naming no package of the factory */
      unknown: number;
      /** @description the check character does not match */
      bad_check: number;
      /** @description not a package code */
      malformed: number;
      /** @description any other refusal recorded */
      other: number;
    };
    LoadFiguresDto: {
      /** @description scans recorded */
      scans: number;
      /** @description scans answered ok */
      ok: number;
      /** @description ok scans a supervisor undid */
      undone: number;
      /** @description scans refused: the errors summed */
      errorsCaught: number;
      /** @description by kind: duplicate, not_in_shipment, not_packed, unknown, bad_check, malformed, other */
      errors: components['schemas']['LoadErrorsDto'];
    };
    LoadScanAnswer: {
      result: components['schemas']['LoadScanResult'];
      /**
       * @description not_in_shipment: its order is not on this shipment, or it is loaded on another
       * @enum {string|null}
       */
      reason?: 'other_order' | 'other_shipment' | null;
      /** @description the first answer of this scanId, replayed */
      replayed?: boolean;
      /** @description the package scanned, as it is now */
      package?: components['schemas']['PackageViewDto'];
      /** @description packages loaded on the shipment */
      loaded: number;
      /** @description packages of its orders */
      expected: number;
      order?: components['schemas']['LoadScanOrder'];
    };
    LoadScanDto: {
      /**
       * Format: uuid
       * @description made by the loader’s device; the same scanId again replays the answer
       */
      scanId: string;
      /**
       * @description the package label as scanned: the internal code (any case) or its SSCC-18 (with or without (00))
       * @example P0000000017
       */
      barcode: string;
    };
    LoadScanOrder: {
      /** Format: uuid */
      id: string;
      orderNo: string;
      customer: string;
      loaded: number;
      expected: number;
      /** @description every package of the order is loaded */
      complete: boolean;
    };
    /** @enum {string} */
    LoadScanResult: 'ok' | 'duplicate' | 'not_in_shipment' | 'not_packed';
    LocationDto: {
      /**
       * Format: uuid
       * @example 61f48ac4-0ae6-4767-af60-de3c600d2b29
       */
      id: string;
      /** @example A-02 */
      code: string;
      /** @example 板材库 A-02 */
      nameZh: string;
      /** @example Board store A-02 */
      nameEn: string;
      /** @example storage */
      type: components['schemas']['LocationType'];
      /** @example true */
      active: boolean;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      updatedAt: string;
      /**
       * @description the label on the shelf
       * @example A-02
       */
      barcode: string | null;
    };
    LocationPage: {
      items: components['schemas']['LocationDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    /** @enum {string} */
    LocationType: 'receiving' | 'storage' | 'production' | 'packing' | 'shipping' | 'scrap';
    LoginDto: {
      /**
       * @description factory code / 工厂代码
       * @example DEMO
       */
      factory: string;
      /** @example admin */
      username: string;
      /** @example mendao-demo */
      password: string;
    };
    LoginResultDto: {
      /**
       * @description send as `Authorization: Bearer <accessToken>`
       * @example eyJhbGciOiJIUzI1NiIs…
       */
      accessToken: string;
      /**
       * @example Bearer
       * @enum {string}
       */
      tokenType: 'Bearer';
      /**
       * @description seconds until the token expires
       * @example 28800
       */
      expiresIn: number;
      user: components['schemas']['LoginUserDto'];
    };
    LoginUserDto: {
      /**
       * Format: uuid
       * @example 0796f63a-8dfb-4715-a9c9-93c04f8755ae
       */
      id: string;
      /** @example planner */
      username: string;
      /**
       * @example [
       *       "planner"
       *     ]
       */
      roles: components['schemas']['Role'][];
      factory: components['schemas']['FactoryRefDto'];
    };
    LookupTableDto: {
      /** @example veneerByFinish */
      name: string;
      /** @example finish */
      key: string;
      rows: components['schemas']['TableRowDto'][];
      default?: string | number;
      /** @example 木皮对照 */
      labelZh?: string;
      /** @example Veneer by finish */
      labelEn?: string;
    };
    MachineCurrentStateDto: {
      /** @enum {string} */
      state: 'running' | 'idle' | 'setup' | 'down' | 'off';
      reason: string | null;
      /**
       * Format: date-time
       * @description when the machine entered this state
       */
      since: string;
    };
    MachineDto: {
      id: string;
      code: string;
      name: string;
      nameEn: string | null;
      /** @enum {string} */
      process: 'cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing';
      /** @enum {string} */
      countUnit: 'sheet' | 'part' | 'm' | 'm2' | 'cycle';
      /** @description the ideal cycle time valid now */
      idealCycleSeconds: number;
      /**
       * @description which counts count, so no unit is counted twice: any = the machine’s own count events (gateway, tablet) and station reports (报工) alike; machine = its own only (a station report on it adds no count); reports = station reports only (its count events are refused, 422 at counts[i] / events[i].kind)
       * @enum {string}
       */
      countsFrom: 'any' | 'machine' | 'reports';
      active: boolean;
      /** @description the last state up to now; null: none yet */
      state: components['schemas']['MachineCurrentStateDto'] | null;
    };
    MachineEventsDto: {
      /** @description each event is checked (the whole batch before anything is written: 422 listing every bad field); at most 5000 events per request (413) */
      states?: components['schemas']['StateEventDto'][];
      /** @description each event is checked (the whole batch before anything is written: 422 listing every bad field); at most 5000 events per request (413) */
      counts?: components['schemas']['CountEventDto'][];
    };
    MachineListDto: {
      items: components['schemas']['MachineDto'][];
    };
    MachiningFeatureDto: {
      kind: components['schemas']['FeatureKind'];
      /**
       * @description per piece, a formula; 1 when omitted
       * @example hinges
       */
      quantity?: string;
      /** @description hinge/lock follow the handing */
      side?: components['schemas']['FeatureSide'];
      note?: string;
    };
    MaintenanceDto: {
      id: string;
      /** @description machine code; null: every machine */
      machine: string | null;
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      reason: string;
    };
    MaintenanceListDto: {
      items: components['schemas']['MaintenanceDto'][];
    };
    ManifestOrder: {
      /** Format: uuid */
      id: string;
      /** @example SO-2026-0001 */
      orderNo: string;
      /** @example 王女士 */
      customer: string;
      /** @description delivery stop: 1 is delivered first */
      stop: number;
      /** @description place in the loading sequence: the last stop is loaded first (1) */
      loadSequence: number;
      /**
       * @description the order’s status
       * @example packed
       */
      status: string;
      /** @description its packages loaded on this shipment */
      loaded: number;
      /** @description its packages */
      expected: number;
      /** @description its packages packed (loaded ones included) */
      packed: number;
      /** @description loaded, by line, door and k */
      packages: components['schemas']['ManifestPackage'][];
    };
    ManifestOverride: {
      /** @example 客户要求先发 the customer asked for what is ready */
      reason: string;
      /** @description the supervisor who closed it */
      by: components['schemas']['ShipmentUser'];
      /** Format: date-time */
      at: string;
    };
    ManifestPackage: {
      /** @example P0000000017 */
      code: string;
      /** @example P0000000017 */
      barcode: string;
      /** @example leaf */
      kind: string;
      lineNo: number;
      room: string | null;
      /** @example LVL01 */
      productCode: string;
      doorNo: number;
      k: number;
      n: number;
      contents: components['schemas']['PackedContentDto'][];
      /** Format: date-time */
      loadedAt: string;
      /** @example packer */
      loadedBy: string | null;
    };
    MaterialBodyDto: {
      /** @example 橡木门套板 */
      nameZh: string;
      /** @example Oak jamb board */
      nameEn: string;
      /** @enum {string} */
      cutKind: 'linear' | 'sheet' | 'none';
      /** @description linear: m, sheet: m2, uncut: any; default by cut kind (m, m2, pcs) */
      unit?: components['schemas']['MaterialUnit'];
      /** @description linear only: `fixed` (every part has the profile’s width) or `rip` (default: ripped to each width) */
      profile?: components['schemas']['LinearProfile'];
      /**
       * @description mm, a fixed profile’s width
       * @example 60
       */
      width?: number;
      /** @example 18 */
      thickness?: number;
      /** @description bars and sheets: at least one; uncut: none */
      stockSizes?: components['schemas']['StockSizeDto'][];
      /**
       * @description shorthand for one bar size
       * @example 2440
       */
      stockLength?: number;
      /**
       * @description shorthand for one sheet size
       * @example 1220
       */
      sheetWidth?: number;
      /**
       * @description shorthand for one sheet size
       * @example 2440
       */
      sheetLength?: number;
      /** @example 4 */
      kerf?: number;
      /** @example 5 */
      trim?: number;
      /**
       * @description smallest reusable offcut (余料, mm): a bar offcut at least this long, a sheet offcut with both sides at least this; left out, none is kept
       * @example 300
       */
      minRemnant?: number;
    };
    MaterialDto: {
      /** @example 橡木门套板 */
      nameZh: string;
      /** @example Oak jamb board */
      nameEn: string;
      /** @enum {string} */
      cutKind: 'linear' | 'sheet' | 'none';
      /** @description linear: m, sheet: m2, uncut: any; default by cut kind (m, m2, pcs) */
      unit?: components['schemas']['MaterialUnit'];
      /** @description linear only: `fixed` (every part has the profile’s width) or `rip` (default: ripped to each width) */
      profile?: components['schemas']['LinearProfile'];
      /**
       * @description mm, a fixed profile’s width
       * @example 60
       */
      width?: number;
      /** @example 18 */
      thickness?: number;
      /** @description bars and sheets: at least one; uncut: none */
      stockSizes?: components['schemas']['StockSizeDto'][];
      /**
       * @description shorthand for one bar size
       * @example 2440
       */
      stockLength?: number;
      /**
       * @description shorthand for one sheet size
       * @example 1220
       */
      sheetWidth?: number;
      /**
       * @description shorthand for one sheet size
       * @example 2440
       */
      sheetLength?: number;
      /** @example 4 */
      kerf?: number;
      /** @example 5 */
      trim?: number;
      /**
       * @description smallest reusable offcut (余料, mm): a bar offcut at least this long, a sheet offcut with both sides at least this; left out, none is kept
       * @example 300
       */
      minRemnant?: number;
      /** @example VENEER-胡桃木 */
      code: string;
    };
    MaterialPatchDto: {
      /** @example 橡木门套板 */
      nameZh?: string;
      /** @example Oak jamb board */
      nameEn?: string;
      /** @enum {string} */
      cutKind?: 'linear' | 'sheet' | 'none';
      /** @description linear: m, sheet: m2, uncut: any; default by cut kind (m, m2, pcs) */
      unit?: components['schemas']['MaterialUnit'];
      /** @description linear only: `fixed` (every part has the profile’s width) or `rip` (default: ripped to each width) */
      profile?: components['schemas']['LinearProfile'];
      /**
       * @description mm, a fixed profile’s width
       * @example 60
       */
      width?: number;
      /** @example 18 */
      thickness?: number;
      /** @description bars and sheets: at least one; uncut: none */
      stockSizes?: components['schemas']['StockSizeDto'][];
      /**
       * @description shorthand for one bar size
       * @example 2440
       */
      stockLength?: number;
      /**
       * @description shorthand for one sheet size
       * @example 1220
       */
      sheetWidth?: number;
      /**
       * @description shorthand for one sheet size
       * @example 2440
       */
      sheetLength?: number;
      /** @example 4 */
      kerf?: number;
      /** @example 5 */
      trim?: number;
      /**
       * @description smallest reusable offcut (余料, mm): a bar offcut at least this long, a sheet offcut with both sides at least this; left out, none is kept
       * @example 300
       */
      minRemnant?: number;
    };
    MaterialRequirementDto: {
      /** @example CASING-60 */
      material: string;
      /** @example linear */
      cutKind: components['schemas']['CutKind'];
      /**
       * @description the material's unit; pcs for a material not defined
       * @example m
       */
      unit: components['schemas']['MaterialUnit'];
      /**
       * @description what the parts need, in `unit` (3 decimals)
       * @example 248.84
       */
      quantity: number;
      /**
       * @description material version used; null if not defined
       * @example 2
       */
      version: number | null;
      /** @example 138 */
      pieces: number;
      /**
       * @description Σ length × pieces, mm (linear)
       * @example 248840
       */
      totalLength: number;
      /**
       * @description Σ length × width × pieces, mm² (sheet)
       * @example 0
       */
      totalArea: number;
      /**
       * @description new bars or sheets the cutting plans use (remnants apart)
       * @example 114
       */
      stockUsed: number;
      /**
       * @description remnants (余料) from stock the cutting plans cut from, pieces
       * @example 3
       */
      remnantsUsed: number;
      /**
       * @description null for uncut material
       * @example 0.7937
       */
      yield: number | null;
    };
    /** @enum {string} */
    MaterialUnit: 'm' | 'm2' | 'pcs' | 'set' | 'kg' | 'l';
    MissingPackage: {
      /**
       * @description the internal package code
       * @example P0000000017
       */
      code: string;
      /**
       * @description what its label prints: the SSCC-18 with a GS1 prefix
       * @example P0000000017
       */
      barcode: string;
      /** Format: uuid */
      orderId: string;
      /** @example SO-2026-0001 */
      orderNo: string;
      lineNo: number;
      doorNo: number;
      /** @description package k of n of its door */
      k: number;
      n: number;
    };
    MoveAnswerDto: {
      move: components['schemas']['StockMoveViewDto'];
      /** @description the balances the move changed, after it */
      balances: components['schemas']['BalanceAfterDto'][];
      /**
       * @description true when this scanId was recorded before: nothing changed now
       * @example false
       */
      replayed: boolean;
    };
    /** @enum {string} */
    MoveType: 'receipt' | 'issue' | 'completion' | 'transfer' | 'adjustment';
    OeeItemDto: {
      /** @description groupBy=machine: its code */
      machine?: string;
      /** @enum {string} */
      process?: 'cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing';
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** @description bucket=shift */
      shift?: components['schemas']['ShiftRefDto'];
      /** @description PBT, seconds */
      plannedBusyTime: number;
      /** @description APT, seconds (minor stops included) */
      actualProductionTime: number;
      setupTime: number;
      downTime: number;
      idleTime: number;
      /** @description APT / PBT */
      availability: number | null;
      /** @description Σ PRU × PQ / APT (may exceed 1) */
      performance: number | null;
      /** @description GQ / PQ */
      quality: number | null;
      oee: number | null;
      /** @description good counted inside planned busy time */
      good: number;
      scrap: number;
      /** @description good counted outside planned busy time (not in OEE) */
      unplannedGood: number;
      unplannedScrap: number;
      /** @description down stretches of 120 s or more that began in this bucket */
      stops: number;
      smallStops: number;
      downtimeByReason: components['schemas']['ReasonDowntimeDto'][];
      losses: components['schemas']['SixBigLossesDto'];
    };
    OeeListDto: {
      items: components['schemas']['OeeItemDto'][];
    };
    OpenCountDto: {
      /**
       * @description the location counted; omit to count an item everywhere
       * @example A-01-02
       */
      location?: string;
      /** @description count this item only */
      item?: string;
    };
    OpenOrderDto: {
      /** Format: uuid */
      id: string;
      orderNo: string;
    };
    OpenRunDto: {
      /**
       * Format: uuid
       * @example 437df9ff-ba79-4a5e-beed-42524544dd41
       */
      splitRunId: string;
      /**
       * @example [
       *       "DEMO-0001"
       *     ]
       */
      orders: string[];
      /** @description true: its pick list says what is left; false: its whole requirement counts */
      pickList: boolean;
    };
    OrderDto: {
      /**
       * Format: uuid
       * @example 9c871844-b1b9-4735-b8ed-b6ab3baccc12
       */
      id: string;
      /** @example SO-2026-0001 */
      orderNo: string;
      /** @example 江山欧派专卖店 */
      customer: string;
      /**
       * Format: date
       * @example 2026-12-20
       */
      dueDate: string | null;
      /** @example confirmed */
      status: components['schemas']['OrderStatus'];
      /**
       * @description edited since its last split: split it again
       * @example false
       */
      splitStale: boolean;
      /**
       * Format: uuid
       * @example null
       */
      lastSplitRunId: string | null;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
      lines: components['schemas']['OrderLineViewDto'][];
    };
    OrderImportResultDto: {
      /**
       * @description orders created
       * @example 1
       */
      created: number;
      orders: components['schemas']['ImportedOrderDto'][];
      /** @description what was not imported: columns that are no order field and no input of the file's models, and values given to a model without that input */
      warnings: components['schemas']['ImportWarningDto'][];
    };
    OrderLineDto: {
      /** @example PD-101 */
      productCode: string;
      /**
       * @description opening width / 门洞宽 (mm)
       * @example 900
       */
      width: number;
      /**
       * @description opening height / 门洞高 (mm)
       * @example 2100
       */
      height: number;
      /**
       * @description wall thickness / 墙厚 (mm)
       * @example 120
       */
      wallThickness: number;
      /**
       * @description 子母门 master leaf width / 母门宽 (mm)
       * @example 900
       */
      masterWidth?: number;
      /**
       * @description handing / 开启方向: a code (left-in, left-out, right-in, right-out, left-sliding, right-sliding, none) or the words dealers write (左内开, 右外开, 左推拉…); stored as the code
       * @example 左内开
       */
      swing: string;
      /**
       * @description finish / 颜色
       * @example OAK
       */
      finish: string;
      /**
       * @description values of the model's inputs by name (an enum by its value or label); missing ones take their default
       * @example {
       *       "doorType": "unequal_pair",
       *       "transom": false
       *     }
       */
      options?: {
        [key: string]: string | number | boolean;
      };
      /** @example 1 */
      quantity: number;
      /** @example 主卧 */
      room?: string;
      note?: string;
    };
    OrderLineViewDto: {
      /**
       * Format: uuid
       * @example 27ce965f-ca68-4b12-ad93-cecbbfcee5ff
       */
      id: string;
      /** @example 1 */
      lineNo: number;
      /** @example PD-LVL01 */
      productCode: string;
      /**
       * @description the product version the line was entered with
       * @example 1
       */
      productVersion: number;
      /**
       * @description opening width / 门洞宽 (mm)
       * @example 900
       */
      width: number;
      /**
       * @description opening height / 门洞高 (mm)
       * @example 2100
       */
      height: number;
      /**
       * @description wall thickness / 墙厚 (mm)
       * @example 120
       */
      wallThickness: number;
      /**
       * @description 子母门 master leaf width (mm)
       * @example null
       */
      masterWidth: number | null;
      /**
       * @description the handing code (lines entered before handings were structured keep what was written)
       * @example left-in
       */
      swing: string;
      /** @example OAK */
      finish: string;
      /**
       * @description the model's input values, defaults filled in
       * @example {
       *       "doorType": "single",
       *       "transom": false
       *     }
       */
      options: {
        [key: string]: string | number | boolean;
      };
      /** @example 3 */
      quantity: number;
      /** @example 主卧 master bedroom */
      room: string | null;
      /** @example null */
      note: string | null;
    };
    OrderPackageViewDto: {
      /**
       * @description the internal code (P + 9 digits + check digit)
       * @example P0000000017
       */
      code: string;
      /** @description what the label prints: the SSCC-18 with a GS1 prefix, else the internal code */
      barcode: string;
      /**
       * @description leaf | frame | casing | hardware | glass
       * @example leaf
       */
      kind: string;
      k: number;
      n: number;
      order: components['schemas']['PackageOrderDto'];
      line: components['schemas']['PackageLineDto'];
      doorNo: number;
      contents: components['schemas']['PackedContentDto'][];
      /** @enum {string} */
      status: 'created' | 'packed' | 'loaded';
      /** Format: date-time */
      packedAt?: string;
      /** @description username */
      packedBy?: string | null;
      station?: string | null;
      /** Format: date-time */
      loadedAt?: string;
      shipment?: components['schemas']['PackageShipmentDto'];
      door: components['schemas']['PackageDoorDto'];
    };
    OrderPackingDoorDto: {
      lineNo: number;
      doorNo: number;
      room?: string | null;
      /** @description packages of the door packed (k of n) */
      packed: number;
      n: number;
      /** @description the k still to pack */
      missing: number[];
      /** Format: uuid */
      lineId: string;
      /** @description through every process before packing (production tracking) */
      ready: boolean;
      packages: components['schemas']['PackDoorPackageDto'][];
    };
    OrderPackingDto: {
      order: components['schemas']['OrderPackingOrderDto'];
      doors: components['schemas']['OrderPackingDoorDto'][];
      /** @description the packages not packed yet */
      missing: components['schemas']['PackageViewDto'][];
    };
    OrderPackingOrderDto: {
      /** Format: uuid */
      id: string;
      /** @example SO-2026-0042 */
      orderNo: string;
      /** @example 绿城·桃花源 */
      customer: string;
      packed: number;
      expected: number;
      /** @description every package packed: the order is packed */
      complete: boolean;
      /** @example in_production */
      status: string;
    };
    OrderProgress: {
      /** Format: uuid */
      orderId: string;
      orderNo: string;
      customer: string;
      /** Format: date */
      dueDate: string | null;
      late: boolean;
      /** Format: uuid */
      splitRunId: string | null;
      released: boolean;
      /** @description good over planned pieces, 0..1 */
      progress: number;
      processes: components['schemas']['ProcessProgress'][];
      doors: components['schemas']['DoorProgress'][];
    };
    /** @enum {string} */
    OrderStatus: 'draft' | 'confirmed' | 'split' | 'in_production' | 'packed' | 'shipped' | 'cancelled';
    OrderSummaryDto: {
      /**
       * Format: uuid
       * @example 9c871844-b1b9-4735-b8ed-b6ab3baccc12
       */
      id: string;
      /** @example SO-2026-0001 */
      orderNo: string;
      /** @example 江山欧派专卖店 */
      customer: string;
      /**
       * Format: date
       * @example 2026-12-20
       */
      dueDate: string | null;
      /** @example confirmed */
      status: components['schemas']['OrderStatus'];
      /**
       * @description edited since its last split: split it again
       * @example false
       */
      splitStale: boolean;
      /**
       * Format: uuid
       * @example null
       */
      lastSplitRunId: string | null;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
    };
    OrderSummaryPage: {
      items: components['schemas']['OrderSummaryDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    PackDoorPackageDto: {
      code: string;
      barcode: string;
      kind: string;
      k: number;
      n: number;
      /** @enum {string} */
      status: 'created' | 'packed' | 'loaded';
    };
    PackDoorProgressDto: {
      lineNo: number;
      doorNo: number;
      room?: string | null;
      /** @description packages of the door packed (k of n) */
      packed: number;
      n: number;
      /** @description the k still to pack */
      missing: number[];
    };
    PackErrorsDto: {
      /** @description the package was packed already */
      duplicate: number;
      /** @description a package of another order than the one open at the station */
      wrong_order: number;
      /** @description its door has not passed the processes before packing */
      door_not_ready: number;
      /** @description its order is not released to production */
      not_released: number;
      /** @description its order is packed already */
      order_packed: number;
      /** @description its order is shipped already (closed short, this package left behind) */
      order_shipped: number;
      /** @description its split run is stale or replaced */
      stale: number;
      /** @description a well-formed code naming no package of the factory */
      unknown: number;
      /** @description the check character does not match */
      bad_check: number;
      /** @description not a package code */
      malformed: number;
      /** @description any other refusal recorded */
      other: number;
    };
    PackFiguresDto: {
      /** @description scans recorded */
      scans: number;
      /** @description scans answered ok */
      ok: number;
      /** @description ok scans a supervisor undid */
      undone: number;
      /** @description scans refused: the errors summed */
      errorsCaught: number;
      /** @description by kind: duplicate, wrong_order, door_not_ready, not_released, order_packed, order_shipped, stale, unknown, bad_check, malformed, other */
      errors: components['schemas']['PackErrorsDto'];
    };
    PackOrderDto: {
      /** Format: uuid */
      id: string;
      /** @example SO-2026-0042 */
      orderNo: string;
      /** @example 绿城·桃花源 */
      customer: string;
      packed: number;
      expected: number;
      /** @description every package packed: the order is packed */
      complete: boolean;
    };
    PackScanAnswerDto: {
      /** @enum {string} */
      result: 'ok' | 'duplicate' | 'not_expected';
      /**
       * @description why not_expected
       * @enum {string}
       */
      reason?: 'wrong_order' | 'door_not_ready' | 'not_released' | 'order_packed' | 'order_shipped' | 'stale';
      /** @description this scanId was recorded before: its first answer */
      replayed: boolean;
      package: components['schemas']['PackageViewDto'];
      order: components['schemas']['PackOrderDto'];
      door: components['schemas']['PackDoorProgressDto'];
      station: components['schemas']['ScanStationDto'];
    };
    PackScanDto: {
      /**
       * Format: uuid
       * @description made by the station; the same scanId again replays the first answer
       */
      scanId: string;
      /**
       * @description the pack station scanning
       * @example PACK-01
       */
      station: string;
      /**
       * @description as scanned: the internal code (any case) or, with a GS1 prefix, the SSCC-18 (18 digits, 00 + 18, (00) + 18, ]C1…)
       * @example P0000000017
       */
      barcode: string;
    };
    PackageContentDto: {
      /**
       * @description what the packer puts in, in the packer's words
       * @example 门扇
       */
      item: string;
      /** @example door leaf */
      itemEn: string;
      /** @example 1 */
      quantity: number;
      /** @example 扇 */
      unit: string;
    };
    PackageDoorDto: {
      lineNo: number;
      doorNo: number;
      k: number;
      n: number;
    };
    /** @enum {string} */
    PackageGroup: 'leaf' | 'frame' | 'casing' | 'hardware' | 'glass' | 'none';
    PackageLineDto: {
      /** Format: uuid */
      id: string;
      lineNo: number;
      /** @example 主卧 */
      room?: string | null;
      /** @example FLAT-1 */
      productCode: string;
      /** @description mm */
      width: number;
      /** @description mm */
      height: number;
      /** @example walnut */
      finish: string;
      /** @example left-in */
      handing: string;
    };
    PackageOrderDto: {
      /** Format: uuid */
      id: string;
      /** @example SO-2026-0042 */
      orderNo: string;
      /** @example 绿城·桃花源 */
      customer: string;
    };
    PackagePartDto: {
      /** @example 门边 stile */
      component: string;
      /** @example 2 */
      quantity: number;
    };
    PackageShipmentDto: {
      /** Format: uuid */
      id: string;
      number: string;
    };
    PackageViewDto: {
      /**
       * @description the internal code (P + 9 digits + check digit)
       * @example P0000000017
       */
      code: string;
      /** @description what the label prints: the SSCC-18 with a GS1 prefix, else the internal code */
      barcode: string;
      /**
       * @description leaf | frame | casing | hardware | glass
       * @example leaf
       */
      kind: string;
      k: number;
      n: number;
      order: components['schemas']['PackageOrderDto'];
      line: components['schemas']['PackageLineDto'];
      doorNo: number;
      contents: components['schemas']['PackedContentDto'][];
      /** @enum {string} */
      status: 'created' | 'packed' | 'loaded';
      /** Format: date-time */
      packedAt?: string;
      /** @description username */
      packedBy?: string | null;
      station?: string | null;
      /** Format: date-time */
      loadedAt?: string;
      shipment?: components['schemas']['PackageShipmentDto'];
    };
    PackedContentDto: {
      /** @example 门扇 */
      item: string;
      /** @example door leaf */
      itemEn: string;
      quantity: number;
      /** @example 扇 */
      unit: string;
    };
    PackingSettingsDto: {
      /**
       * @description the GS1 company prefix, 7–10 digits: labels carry SSCC-18 codes; null: internal codes (P#########C)
       * @example 6901234
       */
      gs1CompanyPrefix: string | null;
      /**
       * @description the SSCC's extension digit
       * @default 0
       */
      ssccExtension: number;
    };
    PackingSettingsViewDto: {
      /** @example 6901234 */
      gs1CompanyPrefix?: string | null;
      ssccExtension: number;
    };
    PartFeatureDto: {
      /** @example hinge_pocket */
      kind: components['schemas']['FeatureKind'];
      /**
       * @description per piece
       * @example 3
       */
      quantity: number;
      /**
       * @description left/right from the handing for hinge and lock features; else as the rule says
       * @example left
       */
      side: string | null;
      note?: string;
    };
    PatternCutDto: {
      /**
       * @description the operator’s order, from 1
       * @example 1
       */
      no: number;
      /** @example 0 */
      x1: number;
      /** @example 10 */
      y1: number;
      /** @example 1220 */
      x2: number;
      /** @example 10 */
      y2: number;
      /**
       * @description 0 for an edge trim, then the guillotine stage
       * @example 0
       */
      stage: number;
      /**
       * @description an edge trim (before the layout’s cuts)
       * @example true
       */
      trim: boolean;
    };
    PatternPieceDto: {
      /**
       * @description 1-based cut order
       * @example 1
       */
      seq: number;
      /**
       * @description bars: length; sheets: extent along the sheet height (grain), mm
       * @example 2110
       */
      length: number;
      /**
       * @description sheets: extent across; bars: rip width (null: fixed)
       * @example 60
       */
      width: number | null;
      /**
       * @description bars: position after the trim; sheets: x
       * @example 0
       */
      x: number;
      /**
       * @description sheets only
       * @example null
       */
      y: number | null;
      /** @example false */
      rotated: boolean;
      /** @description bars: square or 45° mitre, start end first */
      endCuts: components['schemas']['EndCutsDto'] | null;
      /**
       * @description the part names served, joined by " / "
       * @example 竖套线 casing leg
       */
      component: string;
      uses: components['schemas']['PatternPieceUseDto'][];
    };
    PatternPieceUseDto: {
      /**
       * @description the part (split_part.ref)
       * @example SO-2026-0001-1-5
       */
      ref: string;
      /**
       * @description how many of the pattern’s count cut this part here
       * @example 4
       */
      quantity: number;
      /** @example 竖套线 casing leg */
      component: string;
      /**
       * @description order no. and line no., short for labels
       * @example SO-2026-0001-1
       */
      door: string;
      /** @example SO-2026-0001 */
      orderNo: string;
      /** @example 1 */
      lineNo: number;
      /** @example 主卧 */
      room: string | null;
      /** @example 胡桃木 */
      finish: string | null;
      /** @example left-in */
      handing: components['schemas']['Handing'] | null;
    };
    PatternRepetitionDto: {
      /**
       * @description cut plan n
       * @example 1
       */
      plan: number;
      /**
       * @description bar or sheet of that plan, 1-based
       * @example 3
       */
      layout: number;
      /** @description the part each piece goes to, in cut order */
      refs: string[];
    };
    PickLineDto: {
      /** @example 1 */
      seq: number;
      /** @example HDF-8 */
      item: string;
      /** @example 高密度板 8厘 */
      itemName: string;
      /** @example HDF skin board 8 mm */
      itemNameEn: string;
      /** @example sheet */
      unit: components['schemas']['Unit'];
      /**
       * @description null on a shortage line: picked from wherever the stock arrives
       * @example A-02
       */
      location: string | null;
      /**
       * @description the empty string when the item is not lot-tracked
       * @example
       */
      lot: string;
      /**
       * @description what the run needs from this line (on a shortage line: what was short when the list was made)
       * @example 27
       */
      quantity: number;
      /** @example 0 */
      picked: number;
      /** @example 27 */
      remaining: number;
      /**
       * @description what no location holds
       * @example 0
       */
      shortage: number;
      /**
       * @description issued beyond the line’s quantity, each time with a reason
       * @example 0
       */
      overPicked: number;
    };
    PickListDto: {
      /**
       * Format: uuid
       * @example ef4f2c05-7540-498b-8840-cce07f3c4d20
       */
      id: string;
      /**
       * Format: uuid
       * @example 437df9ff-ba79-4a5e-beed-42524544dd41
       */
      splitRunId: string;
      /** @example planner */
      createdBy: string | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:50.988Z
       */
      createdAt: string;
      /**
       * @description open while any line has something left to pick; complete when every line is picked
       * @example open
       */
      status: components['schemas']['PickListStatus'];
      /** @description in walking order; shortage lines last */
      lines: components['schemas']['PickLineDto'][];
      /**
       * @description materials of the run that no warehouse item carries (add an item with the material code)
       * @example [
       *       "VENEER-CHERRY"
       *     ]
       */
      unmatched: string[];
      /** @description materials the list does not carry, and why (no item of the code, or a unit that does not convert) */
      unlisted: components['schemas']['UnlistedMaterialDto'][];
      /**
       * @description every line picked
       * @example false
       */
      complete: boolean;
    };
    /**
     * @description open while any line has something left to pick; complete when every line is picked
     * @enum {string}
     */
    PickListStatus: 'open' | 'complete';
    PickListSummaryDto: {
      /**
       * Format: uuid
       * @example ef4f2c05-7540-498b-8840-cce07f3c4d20
       */
      id: string;
      /**
       * Format: uuid
       * @example 437df9ff-ba79-4a5e-beed-42524544dd41
       */
      splitRunId: string;
      /** @example planner */
      createdBy: string | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:50.988Z
       */
      createdAt: string;
      /** @example open */
      status: components['schemas']['PickListStatus'];
      /** @example 6 */
      lines: number;
      /**
       * @description lines with nothing left to pick
       * @example 2
       */
      linesPicked: number;
      /**
       * @description lines no location could fill when the list was made
       * @example 1
       */
      shortageLines: number;
    };
    PickListSummaryPage: {
      items: components['schemas']['PickListSummaryDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    PlacementDto: {
      /** @example 10 */
      x: number;
      /** @example 10 */
      y: number;
      /** @example 2050 */
      width: number;
      /** @example 860 */
      height: number;
      /** @example skin */
      id: string;
      /**
       * @description turned 90°
       * @example false
       */
      rotated: boolean;
    };
    PreviewLineDto: {
      /**
       * @description opening width / 门洞宽 (mm)
       * @example 900
       */
      width: number;
      /**
       * @description opening height / 门洞高 (mm)
       * @example 2100
       */
      height: number;
      /**
       * @description wall thickness / 墙厚 (mm)
       * @example 120
       */
      wallThickness: number;
      /**
       * @description 子母门 master leaf width / 母门宽 (mm)
       * @example 900
       */
      masterWidth?: number;
      /**
       * @description values of the model's inputs by name (an enum by its value or label); missing ones take their default
       * @example {
       *       "doorType": "unequal_pair",
       *       "transom": false
       *     }
       */
      options?: {
        [key: string]: string | number | boolean;
      };
      /**
       * @description doors; part quantities are pieces per door × this
       * @default 1
       * @example 1
       */
      quantity: number;
      /**
       * @description handing / 开启方向, read like an order line's (rules may read hingeSide, openSide); none when left out
       * @example left-in
       */
      swing?: string;
      /**
       * @description finish / 颜色: replaces {finish} in material codes; left out, the codes keep {finish}
       * @example OAK
       */
      finish?: string;
    };
    PreviewPartDto: {
      /** @example 门边 stile */
      component: string;
      /**
       * @description a component kind
       * @example stile
       */
      kind: string;
      /** @example LVL-40 */
      material: string;
      /**
       * @description mm
       * @example 2064
       */
      length: number;
      /**
       * @description mm
       * @example 120
       */
      width: number;
      /**
       * @description mm
       * @example 40
       */
      thickness: number;
      /** @example 2 */
      perDoor: number;
      /** @example 6 */
      quantity: number;
      /** @example linear */
      cutKind: components['schemas']['CutKind'];
      /** @example length */
      grain: components['schemas']['Grain'];
      /**
       * @description process codes, in route order
       * @example [
       *       "cutting",
       *       "pressing"
       *     ]
       */
      route: string[];
      /** @example leaf */
      packageGroup: components['schemas']['PackageGroup'];
      /** @example left-in */
      handing: components['schemas']['Handing'] | null;
      /** @description linear parts: square or 45° mitre at each end */
      endCuts: components['schemas']['EndCutsDto'] | null;
      /** @description band material per edge (L1/L2 long, W1/W2 short) */
      edgeBanding: components['schemas']['EdgeBandingDto'] | null;
      features: components['schemas']['PartFeatureDto'][];
      /** @example null */
      leaf: components['schemas']['LeafAssignment'] | null;
    };
    PreviewTotalsDto: {
      /**
       * @description rows of `parts`
       * @example 17
       */
      parts: number;
      /**
       * @description pieces for all the doors: Σ quantity
       * @example 30
       */
      pieces: number;
    };
    Problem: {
      /** @example https://mendao.dev/problems/stock.insufficient */
      type: string;
      /**
       * @description of the code, in English
       * @example Not enough stock
       */
      title: string;
      /** @example 409 */
      status: number;
      /** @example not enough HDF-8 at A-02: 3 available, 10 asked / 库存不足：可用 3 */
      detail: string;
      /**
       * @description the rule that refused: switch on this, never on title or detail
       * @example stock.insufficient
       * @enum {string}
       */
      code:
        | 'auth.forbidden'
        | 'auth.invalid_credentials'
        | 'auth.session_ended'
        | 'auth.token_invalid'
        | 'auth.too_many_attempts'
        | 'auth.unauthenticated'
        | 'barcode.in_use'
        | 'count.closed'
        | 'count.item_not_counted'
        | 'count.location_not_counted'
        | 'count.overlaps_open_count'
        | 'cutting.infeasible'
        | 'cutting.invalid_request'
        | 'cutting.queue_full'
        | 'cutting.request_too_large'
        | 'cutting.solver_failed'
        | 'cutting.time_limit_too_long'
        | 'downtime_reason.already_exists'
        | 'downtime_reason.invalid_parent'
        | 'factory.already_exists'
        | 'holiday.already_exists'
        | 'item.already_exists'
        | 'item.inactive'
        | 'item.under_count'
        | 'location.already_exists'
        | 'location.inactive'
        | 'location.under_count'
        | 'machine_event.invalid'
        | 'machine_event.too_many'
        | 'machine.already_exists'
        | 'machine.inactive'
        | 'machine.unknown'
        | 'maintenance.invalid_span'
        | 'material.already_exists'
        | 'material.definition_invalid'
        | 'order_import.busy'
        | 'order_import.file_too_large'
        | 'order_import.inflated_too_large'
        | 'order_import.no_file'
        | 'order_import.rejected'
        | 'order_import.too_many_rows'
        | 'order_import.unreadable'
        | 'order_import.unsupported_file'
        | 'order_import.upload_timed_out'
        | 'order.already_cancelled'
        | 'order.already_confirmed'
        | 'order.already_exists'
        | 'order.lines_rejected'
        | 'order.not_cancellable'
        | 'order.not_confirmable'
        | 'order.not_confirmed'
        | 'order.not_editable'
        | 'order.not_packable'
        | 'order.not_packed'
        | 'order.not_releasable'
        | 'order.not_shippable'
        | 'order.not_splittable'
        | 'packing.bad_check_character'
        | 'packing.gs1_prefix_too_long'
        | 'packing.labels_not_released'
        | 'packing.labels_superseded'
        | 'packing.labels_too_many'
        | 'packing.labels_unknown_codes'
        | 'packing.malformed_barcode'
        | 'packing.order_not_packable'
        | 'packing.order_shipped'
        | 'packing.package_loaded'
        | 'packing.scan_id_reused'
        | 'packing.scan_not_undoable'
        | 'packing.station_exists'
        | 'packing.station_inactive'
        | 'packing.unknown_package'
        | 'pick_list.already_exists'
        | 'pick_list.beyond_need'
        | 'pick_list.complete'
        | 'pick_list.item_not_listed'
        | 'pick_list.other_run'
        | 'pick_list.over_issue_reason'
        | 'pick_list.run_not_succeeded'
        | 'process.already_exists'
        | 'process.reorder_mismatch'
        | 'product.already_exists'
        | 'product.definition_invalid'
        | 'product.formula_invalid'
        | 'product.preview_line_rejected'
        | 'product.quantity_too_large'
        | 'product.too_many_components'
        | 'production.machine_wrong_process'
        | 'production.not_available'
        | 'production.not_fully_reported'
        | 'production.over_reported'
        | 'production.report_invalid'
        | 'production.scan_id_reused'
        | 'production.scan_in_progress'
        | 'production.scrap_reason_required'
        | 'production.scrap_reason_unknown'
        | 'production.travelers_too_long'
        | 'production.work_order_done'
        | 'production.work_order_not_on_hold'
        | 'production.work_order_not_released'
        | 'production.work_order_on_hold'
        | 'remnant.below_minimum'
        | 'remnant.impossible_size'
        | 'remnant.larger_than_stock'
        | 'remnant.not_cut'
        | 'remnant.not_receivable'
        | 'remnant.reserved'
        | 'remnant.run_not_succeeded'
        | 'remnant.run_superseded'
        | 'request.bad_request'
        | 'request.malformed_body'
        | 'request.malformed_multipart'
        | 'request.payload_too_large'
        | 'request.timed_out'
        | 'request.too_deep'
        | 'request.too_many'
        | 'request.unsupported_media_type'
        | 'request.validation_failed'
        | 'request.value_out_of_range'
        | 'resource.already_exists'
        | 'resource.concurrent_change'
        | 'resource.locked'
        | 'resource.not_found'
        | 'route.not_found'
        | 'server.internal'
        | 'service.busy'
        | 'service.unavailable'
        | 'shift.already_exists'
        | 'shift.invalid_times'
        | 'shipment.cancelled'
        | 'shipment.closed'
        | 'shipment.not_empty'
        | 'shipment.orders_in_open_shipment'
        | 'shipment.orders_not_shippable'
        | 'shipment.packages_missing'
        | 'split_run.already_finished'
        | 'split_run.not_running'
        | 'split_run.not_succeeded'
        | 'split_run.orders_not_splittable'
        | 'split_run.superseded'
        | 'split_run.too_many_doors'
        | 'split_run.too_many_pieces'
        | 'stock.adjustment_one_side'
        | 'stock.fractional_quantity'
        | 'stock.insufficient'
        | 'stock.lot_not_allowed'
        | 'stock.lot_required'
        | 'stock.over_issue_needs_pick_list'
        | 'stock.pick_list_needs_issue'
        | 'stock.reason_required'
        | 'stock.same_location'
        | 'stock.scan_in_progress'
        | 'stock.side_not_allowed'
        | 'stock.side_required'
        | 'user.already_exists'
        | 'user.cannot_deactivate_self'
        | 'user.cannot_drop_own_admin';
      /**
       * @description the facts of the refusal, named by the code (see the error code table)
       * @example {
       *       "available": 3,
       *       "requested": 10,
       *       "item": "HDF-8",
       *       "location": "A-02",
       *       "lot": ""
       *     }
       */
      params?: {
        [key: string]: unknown;
      };
      errors?: components['schemas']['FieldError'][];
      /**
       * @description the request path
       * @example /api/v1/stock/moves
       */
      instance: string;
      /**
       * @description also in the x-request-id header; quote it when reporting a problem
       * @example req-1a2b
       */
      requestId: string;
    } & {
      [key: string]: unknown;
    };
    ProcessDto: {
      /**
       * Format: uuid
       * @example 0b0d9b4e-2f7c-4d5e-9d6b-2a6a5f0c1e11
       */
      id: string;
      /** @example curing */
      code: string;
      /** @example 养生 */
      nameZh: string;
      /** @example Curing */
      nameEn: string;
      /**
       * @description minutes a part must rest after this step before the next may start (养生 24 h = 1440); 0 for none
       * @example 1440
       */
      minWaitMinutes: number;
      /**
       * @description work instructions (作业要求) printed on every traveler (流转卡) of this process; several lines allowed; "" for none
       * @example 胶水均匀涂布，冷压 8 小时以上；出压后检查开胶、鼓包。
       */
      instructions: string;
      /**
       * @description place in the factory’s list, lower first
       * @example 3
       */
      sort: number;
      /**
       * @description false: offered to no new model version
       * @example true
       */
      active: boolean;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      updatedAt: string;
    };
    ProcessProgress: {
      process: string;
      workOrder: string;
      /** @description the order's own pieces */
      planned: number;
      good: number;
      /** @description the work order's scrap (not split among its orders) */
      scrap: number;
      status: components['schemas']['WorkOrderStatus'];
    };
    ProductBodyDto: {
      /** @example 平板单开门 */
      nameZh: string;
      /** @example Flat single door */
      nameEn: string;
      /** @enum {string} */
      doorType: 'single' | 'double' | 'unequal_pair' | 'sliding' | 'cased_opening';
      widthRange: components['schemas']['RangeDto'];
      heightRange: components['schemas']['RangeDto'];
      wallThicknessRange: components['schemas']['RangeDto'];
      /**
       * @description at most 100 named numbers within ±1000000
       * @example {
       *       "jambT": 25,
       *       "gapSide": 3
       *     }
       */
      parameters: {
        [key: string]: number;
      };
      /** @description typed inputs order lines give values for */
      inputs?: components['schemas']['ProductInputDto'][];
      /** @description named formulas computed once per line */
      derived?: components['schemas']['DerivedVariableDto'][];
      /** @description lookups by an input, finish or handing */
      tables?: components['schemas']['LookupTableDto'][];
      /** @description at most 100 (422 product.too_many_components beyond) */
      components: components['schemas']['ComponentRuleDto'][];
    };
    ProductDraftDto: {
      /** @example 平板单开门 */
      nameZh: string;
      /** @example Flat single door */
      nameEn: string;
      /** @enum {string} */
      doorType: 'single' | 'double' | 'unequal_pair' | 'sliding' | 'cased_opening';
      widthRange: components['schemas']['RangeDto'];
      heightRange: components['schemas']['RangeDto'];
      wallThicknessRange: components['schemas']['RangeDto'];
      /**
       * @description at most 100 named numbers within ±1000000
       * @example {
       *       "jambT": 25,
       *       "gapSide": 3
       *     }
       */
      parameters: {
        [key: string]: number;
      };
      /** @description typed inputs order lines give values for */
      inputs?: components['schemas']['ProductInputDto'][];
      /** @description named formulas computed once per line */
      derived?: components['schemas']['DerivedVariableDto'][];
      /** @description lookups by an input, finish or handing */
      tables?: components['schemas']['LookupTableDto'][];
      /** @description at most 100 (422 product.too_many_components beyond) */
      components: components['schemas']['ComponentRuleDto'][];
      /**
       * @description optional in a preview; checked as in POST /products when given
       * @example PD-101
       */
      code?: string;
    };
    ProductDto: {
      /** @example PD-LVL01 */
      code: string;
      /**
       * @description each PUT adds one; order lines keep the version they were entered with
       * @example 2
       */
      version: number;
      /** @example 平板门系列 */
      nameZh: string;
      /** @example Flush door series */
      nameEn: string;
      /** @example single */
      doorType: components['schemas']['DoorType'];
      widthRange: components['schemas']['RangeDto'];
      heightRange: components['schemas']['RangeDto'];
      wallThicknessRange: components['schemas']['RangeDto'];
      /**
       * @description named numbers the formulas use (mm)
       * @example {
       *       "jambT": 25,
       *       "leafT": 40,
       *       "gapSide": 3,
       *       "stileW": 120
       *     }
       */
      parameters: {
        [key: string]: number;
      };
      inputs: components['schemas']['ProductInputDto'][];
      derived: components['schemas']['DerivedVariableDto'][];
      tables: components['schemas']['LookupTableDto'][];
      components: components['schemas']['ComponentRuleDto'][];
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
    };
    ProductInputDto: {
      /** @example doorType */
      name: string;
      /** @example 门类型 */
      labelZh: string;
      /** @example Door type */
      labelEn: string;
      type: components['schemas']['InputType'];
      /** @example mm */
      unit?: string;
      min?: number;
      max?: number;
      /** @description enum only */
      options?: components['schemas']['InputOptionDto'][];
      /** @description the value a line without one takes; none: lines must give it */
      default?: string | number | boolean;
      /**
       * @description column names an import maps here
       * @example [
       *       "门型",
       *       "开门方式"
       *     ]
       */
      aliases?: string[];
    };
    ProductPreviewDto: {
      /** @description in rule order; rules whose condition or quantity gives 0 left out */
      parts: components['schemas']['PreviewPartDto'][];
      totals: components['schemas']['PreviewTotalsDto'];
    };
    ProductPreviewRequestDto: {
      product: components['schemas']['ProductDraftDto'];
      line: components['schemas']['PreviewLineDto'];
    };
    ProductionReportAnswer: {
      workOrder: components['schemas']['WorkOrderView'];
      report: components['schemas']['ProductionReportRecord'];
      /** @description true: this scanId was recorded before, this is its first answer */
      replayed: boolean;
    };
    ProductionReportDto: {
      /**
       * Format: uuid
       * @description made by the station; the same scanId again replays the first answer
       */
      scanId: string;
      /**
       * @description a work order's code (or id), or a door's package label together with `process`; spaces around and the case do not matter
       * @example WO-3F2A91C0-2
       */
      barcode: string;
      /**
       * @description the process reporting (required with a door's label)
       * @example edge_banding
       */
      process?: string;
      /** @enum {string} */
      action: 'start' | 'report' | 'finish';
      /** @example 10 */
      good?: number;
      /** @example 0 */
      scrap?: number;
      /**
       * @description required when scrap > 0 (GET /production/scrap-reasons)
       * @example edge_chipping
       */
      scrapReason?: string;
      /**
       * @description a finish with pieces not reported needs it (else 409 production.not_fully_reported)
       * @example 板材不足 short of boards
       */
      shortReason?: string;
      /**
       * @description the machine: good and scrap also count as the machine's. On a work order of a machine process (cutting, pressing…) it must be of that process (422 production.machine_wrong_process); a factory's own process (养生) takes any
       * @example EB-01
       */
      machine?: string;
      note?: string;
    };
    ProductionReportRecord: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      scanId: string;
      /** @enum {string} */
      action: 'start' | 'report' | 'finish';
      good: number;
      scrap: number;
      scrapReason: string | null;
      shortReason: string | null;
      machine: string | null;
      /** @description the door a door-label report went to */
      door: components['schemas']['ReportDoor'] | null;
      /** Format: date-time */
      at: string;
    };
    PurchaseSuggestionDto: {
      /** @example CASING-60 */
      item: string;
      /** @example 门套线 60 */
      name: string;
      /** @example Casing 60 */
      nameEn: string;
      /** @example piece */
      unit: string;
      /**
       * @description what the open split runs still need, in the item’s unit
       * @example 132
       */
      demand: number;
      /**
       * @description pickable stock (storage and receiving locations)
       * @example 150
       */
      available: number;
      /** @example 60 */
      reorderPoint: number;
      /**
       * @description max(0, demand + reorderPoint − available), in the item’s unit
       * @example 42
       */
      shortfall: number;
      /**
       * @description null: bought in the item’s own unit
       * @example 捆
       */
      purchaseUnit: string | null;
      /**
       * @description item units per purchase unit
       * @example 10
       */
      purchaseUnitSize: number;
      /**
       * @description ⌈shortfall / purchaseUnitSize⌉ purchase units
       * @example 5
       */
      toBuy: number;
      /**
       * @description toBuy × purchaseUnitSize, in the item’s unit
       * @example 50
       */
      toBuyQuantity: number;
    };
    PurchaseSuggestionsDto: {
      /** @description what must be bought first, then by item code */
      items: components['schemas']['PurchaseSuggestionDto'][];
      /** @description the split runs whose demand is counted */
      openRuns: components['schemas']['OpenRunDto'][];
      /** @description materials of those runs not counted, and why */
      unlisted: components['schemas']['UnlistedRunMaterialDto'][];
    };
    RangeDto: {
      /**
       * @description mm
       * @example 600
       */
      min: number;
      /**
       * @description mm, ≥ min
       * @example 1200
       */
      max: number;
    };
    ReadyDoor: {
      orderNo: string;
      lineNo: number;
      doorNo: number;
      room?: string | null;
    };
    ReadyDto: {
      /**
       * @example ready
       * @enum {string}
       */
      status: 'ready';
      /**
       * @example up
       * @enum {string}
       */
      database: 'up';
      /**
       * @description the job transport
       * @example bullmq
       * @enum {string}
       */
      queue: 'in-process' | 'bullmq';
    };
    ReasonDowntimeDto: {
      /**
       * @description a reason code, or 'off' / 'idle' / 'setup' / 'down' when none was given
       * @example blade_broken
       */
      reason: string;
      /** @example 锯片断裂/崩刃 */
      nameZh: string;
      /** @example Saw blade broken */
      nameEn: string;
      /**
       * @description small_stop for down stretches shorter than 120 s
       * @enum {string}
       */
      loss:
        | 'breakdown'
        | 'setup'
        | 'small_stop'
        | 'slow_cycle'
        | 'startup_reject'
        | 'production_reject'
        | 'no_order'
        | 'planned';
      /** @description seconds inside planned busy time */
      seconds: number;
      stops: number;
    };
    RectDto: {
      /** @example 10 */
      x: number;
      /** @example 10 */
      y: number;
      /** @example 2050 */
      width: number;
      /** @example 860 */
      height: number;
    };
    ReleaseAnswer: {
      /** Format: uuid */
      splitRunId: string;
      /** @description released before: nothing changed */
      alreadyReleased: boolean;
      /** Format: date-time */
      releasedAt: string;
      workOrders: components['schemas']['WorkOrderView'][];
    };
    RemnantAnswerDto: {
      move: components['schemas']['StockMoveViewDto'];
      /** @description the balances the move changed, after it */
      balances: components['schemas']['BalanceAfterDto'][];
      /**
       * @description true when this scanId was recorded before: nothing changed now
       * @example false
       */
      replayed: boolean;
      remnant: components['schemas']['RemnantCodeDto'];
    };
    RemnantCodeDto: {
      /**
       * @description the remnant item, made on first receipt
       * @example HDF-8-R600x1200
       */
      code: string;
    };
    RemnantCuttingStockDto: {
      /**
       * @description mm
       * @example 1180
       */
      length: number;
      /**
       * @description mm; sheets only
       * @example 600
       */
      width?: number;
      /** @example 1 */
      quantity: number;
      /** @example 0 */
      cost: number;
    };
    RemnantLabelAnswerDto: {
      move: components['schemas']['StockMoveViewDto'];
      /** @description the balances the move changed, after it */
      balances: components['schemas']['BalanceAfterDto'][];
      /**
       * @description true when this scanId was recorded before: nothing changed now
       * @example false
       */
      replayed: boolean;
      remnant: components['schemas']['RemnantCodeDto'];
      /** @example RM-1A2B3C4D-1 */
      label: string;
    };
    RemnantLabelScanDto: {
      /**
       * @description the label printed for the remnant
       * @example RM-1A2B3C4D-3
       */
      label: string;
      /** @example R-01 */
      location: string;
      device?: string;
    };
    RemnantReceiptDto: {
      /** Format: uuid */
      scanId: string;
      /**
       * @description the material (item) the offcut was cut from
       * @example JAMB-BOARD
       */
      material: string;
      /**
       * @description whole mm (a tape's reading), at most 20000 and the material's stock size, at least its minimum remnant
       * @example 1180
       */
      length: number;
      /**
       * @description whole mm: a sheet's other side (required; in either order, the longer is its length), a ripped bar's strip width, a fixed profile's own width or none; none for a full-width bar offcut
       * @example 600
       */
      width?: number;
      /** @default 1 */
      quantity: number;
      /** @example R-01 */
      location: string;
      /**
       * Format: uuid
       * @description the split run that left the offcut, of this factory (else 404)
       */
      splitRun?: string;
      device?: string;
    };
    RemnantStockDto: {
      /**
       * @description remnant item code
       * @example JAMB-BOARD-R1180
       */
      item: string;
      /**
       * @description the material it was cut from
       * @example JAMB-BOARD
       */
      material: string;
      /**
       * @description mm (the longer side)
       * @example 1180
       */
      length: number;
      /**
       * @description mm; null for linear stock
       * @example null
       */
      width: number | null;
      /**
       * @description on hand at pickable locations
       * @example 2
       */
      quantity: number;
      /**
       * @description held by split runs whose plans cut from it, until issued for them
       * @example 1
       */
      reserved: number;
      /**
       * @description what the next split may use
       * @example 1
       */
      available: number;
    };
    RemnantsDto: {
      remnants: components['schemas']['RemnantStockDto'][];
      /** @description the available remnants as cutting stock at cost 0: for linear material, `stock` entries of POST /cutting/linear */
      stock: components['schemas']['RemnantCuttingStockDto'][];
    };
    ReorderProcessesDto: {
      /**
       * @example [
       *       "cutting",
       *       "trimming",
       *       "pressing",
       *       "curing"
       *     ]
       */
      codes: string[];
    };
    ReportDoor: {
      barcode: string;
      /** Format: uuid */
      lineId: string;
      doorNo: number;
    };
    /** @enum {string} */
    Role: 'admin' | 'planner' | 'warehouse' | 'packer' | 'manager' | 'operator';
    RunRemnantDto: {
      /**
       * @description RM-<run id prefix>-<k>, k in plan order
       * @example RM-1A2B3C4D-1
       */
      label: string;
      /** @example HDF-8 */
      material: string;
      /**
       * @description mm, whole, the longer side
       * @example 1210
       */
      length: number;
      /**
       * @description mm; null for a bar
       * @example 440
       */
      width: number | null;
      /**
       * @description the cut plan (n) leaving it
       * @example 3
       */
      plan: number;
      /**
       * @description its bar or sheet in the plan, 1-based
       * @example 2
       */
      layout: number;
      /**
       * @description the remnant item it is received into
       * @example HDF-8-R440x1210
       */
      item: string;
      received: boolean;
    };
    RunRemnantsDto: {
      /** Format: uuid */
      splitRun: string;
      /** @example succeeded */
      status: string;
      /** @description empty until the run has succeeded */
      remnants: components['schemas']['RunRemnantDto'][];
    };
    RunRemnantsReceiptDto: {
      /**
       * @description where the remnants are put
       * @example R-01
       */
      location: string;
      device?: string;
    };
    RunRemnantsReceivedDto: {
      /** Format: uuid */
      splitRun: string;
      /** @example succeeded */
      status: string;
      /** @description empty until the run has succeeded */
      remnants: components['schemas']['RunRemnantDto'][];
      /**
       * @description received by this call (the others were before)
       * @example 4
       */
      receivedNow: number;
    };
    ScanRecord: {
      /** Format: uuid */
      scanId: string;
      /** @enum {string} */
      kind: 'pack' | 'load';
      /**
       * @description a pack scan’s station
       * @example PACK-01
       */
      station: string | null;
      /**
       * @description a load scan’s shipment
       * @example SH-20261130-001
       */
      shipmentNumber: string | null;
      /**
       * @description what was scanned
       * @example P0000000017
       */
      barcode: string;
      /**
       * @description the package it names, if any
       * @example P0000000017
       */
      packageCode: string | null;
      /** @example SO-2026-0001 */
      orderNo: string | null;
      result: components['schemas']['ScanResult'];
      /** @example wrong_order */
      reason: string | null;
      /** @example packer1 */
      username: string | null;
      /** Format: date-time */
      at: string;
      /** Format: date-time */
      undoneAt: string | null;
      undoReason: string | null;
    };
    ScanRecordPage: {
      items: components['schemas']['ScanRecord'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    /** @enum {string} */
    ScanResult: 'ok' | 'duplicate' | 'unknown' | 'not_expected' | 'not_in_shipment' | 'not_packed';
    ScanStationDto: {
      code: string;
      openOrder?: components['schemas']['OpenOrderDto'] | null;
    };
    ScrapReason: {
      /** @example edge_chipping */
      code: string;
      /** @example 崩边 */
      nameZh: string;
      /** @example Edge chipping */
      nameEn: string;
      sort: number;
      active: boolean;
    };
    ScrapReasons: {
      items: components['schemas']['ScrapReason'][];
    };
    SheetItemDto: {
      /** @example skin */
      id: string;
      /** @example 2050 */
      width: number;
      /** @example 860 */
      height: number;
      /** @example 4 */
      quantity: number;
      /**
       * @description may be turned 90° (grain and veneer respected otherwise)
       * @default false
       */
      rotatable: boolean;
    };
    SheetLayoutDto: {
      /** @example 2440 */
      width: number;
      /** @example 1220 */
      height: number;
      /**
       * @description index into the request's `sheets`
       * @example 0
       */
      stockIndex: number;
      /** @example R-0031 */
      ref?: string;
      /** @description origin at the sheet's top-left; x along the width */
      placements: components['schemas']['PlacementDto'][];
      /** @description edge-to-edge cuts, in the order the operator makes them */
      cuts: components['schemas']['GuillotineCutDto'][];
      /** @description reusable offcuts (both sides ≥ minOffcut) */
      remnants: components['schemas']['RectDto'][];
      /**
       * @description mm² not delivered as parts or remnants
       * @example 1213800
       */
      waste: number;
      /**
       * @description part area / sheet area
       * @example 0.5922
       */
      yield: number;
      /** @description POST /cutting/sheets?include=svg only: a drawing of the layout */
      svg?: string;
    };
    SheetPlanDto: {
      layouts: components['schemas']['SheetLayoutDto'][];
      totals: components['schemas']['SheetTotalsDto'];
      /** @example 2 */
      lowerBound: number;
      /** @example 2 */
      elapsedMs: number;
    };
    SheetStockDto: {
      /** @example 2440 */
      width: number;
      /** @example 1220 */
      height: number;
      /** @description sheets available; omitted = unlimited */
      quantity?: number | null;
      /** @description cost of one sheet */
      cost?: number;
      ref?: string;
    };
    SheetTotalsDto: {
      /** @example 2 */
      sheets: number;
      /** @example 5953600 */
      sheetArea: number;
      /** @example 3526000 */
      itemArea: number;
      /** @example 0.5922 */
      yield: number;
      /** @example 0 */
      cost: number;
    };
    SheetsRequestDto: {
      /**
       * @description saw blade width, consumed by every cut
       * @default 0
       * @example 4
       */
      kerf: number;
      /**
       * @description trimmed off each end / edge of every stock piece
       * @default 0
       */
      trim: number;
      /**
       * @description offcuts at least this long are reusable remnants
       * @default 0
       */
      minOffcut: number;
      /**
       * @description search budget; the best plan found so far is answered when it runs out. Over HTTP at most 10000 ms (above it: 400 cutting.time_limit_too_long, not clamped; the CLI allows 60000). Requests wait for a solver slot shared fairly between factories; when too many wait: 429 cutting.queue_full with a retry-after header
       * @default 1000
       */
      timeLimitMs: number;
      /**
       * @description the same input and seed give the same plan
       * @default 1
       */
      seed: number;
      sheets: components['schemas']['SheetStockDto'][];
      /** @description at most 100000 pieces in all */
      items: components['schemas']['SheetItemDto'][];
      /**
       * @description maximum guillotine stages; null for unlimited
       * @default 3
       * @enum {integer|null}
       */
      maxStages: 2 | 3 | null;
      /**
       * @description direction of the first-stage cuts
       * @default horizontal
       * @enum {string}
       */
      firstCut: 'horizontal' | 'vertical';
    };
    ShiftBreakDto: {
      /**
       * @description HH:MM
       * @example 12:00
       */
      start: string;
      /**
       * @description HH:MM
       * @example 13:00
       */
      end: string;
    };
    ShiftDto: {
      id: string;
      code: string;
      name: string;
      nameEn: string | null;
      days: number[];
      start: string;
      end: string;
      breaks: components['schemas']['ShiftBreakDto'][];
      /** @description the processes whose machines work this shift (e.g. a night shift for cutting and edge banding only); null or absent: every machine */
      processes:
        ('cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing')[] | null;
      active: boolean;
    };
    ShiftListDto: {
      items: components['schemas']['ShiftDto'][];
    };
    ShiftRefDto: {
      /** @example DAY */
      code: string;
      /**
       * @description the local date the shift started on
       * @example 2026-11-30
       */
      date: string;
    };
    ShipmentCountsDto: {
      /** @description shipments closed in the range */
      closed: number;
      /** @description closed with every package loaded */
      clean: number;
      /** @description closed with packages missing, by a supervisor */
      withOverride: number;
    };
    ShipmentManifest: {
      shipment: components['schemas']['ShipmentSummary'];
      /** @description by delivery stop */
      orders: components['schemas']['ManifestOrder'][];
      missing: components['schemas']['MissingPackage'][];
      /** @description a supervisor closed it with packages missing */
      override: components['schemas']['ManifestOverride'] | null;
    };
    ShipmentOrder: {
      /** Format: uuid */
      id: string;
      /** @example SO-2026-0001 */
      orderNo: string;
      /** @example 王女士 */
      customer: string;
      /** @description delivery stop: 1 is delivered first */
      stop: number;
      /** @description place in the loading sequence: the last stop is loaded first (1) */
      loadSequence: number;
      /**
       * @description the order’s status
       * @example packed
       */
      status: string;
      /** @description its packages loaded on this shipment */
      loaded: number;
      /** @description its packages */
      expected: number;
      /** @description its packages packed (loaded ones included) */
      packed: number;
    };
    /** @enum {string} */
    ShipmentStatus: 'open' | 'closed' | 'cancelled';
    ShipmentSummary: {
      /** Format: uuid */
      id: string;
      /** @example SH-20261130-001 */
      number: string;
      /** @example 沪A·12345 */
      vehicle: string;
      driver: string | null;
      status: components['schemas']['ShipmentStatus'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** @description set when a supervisor closed it with packages missing */
      overrideReason: string | null;
      /** @description packages loaded */
      loaded: number;
      /** @description packages of its orders */
      expected: number;
      /** @description its orders */
      orders: number;
    };
    ShipmentSummaryPage: {
      items: components['schemas']['ShipmentSummary'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    ShipmentUser: {
      /** Format: uuid */
      id: string | null;
      /** @example manager */
      username: string | null;
    };
    ShipmentView: {
      /** Format: uuid */
      id: string;
      /** @example SH-20261130-001 */
      number: string;
      /** @example 沪A·12345 */
      vehicle: string;
      driver: string | null;
      status: components['schemas']['ShipmentStatus'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      closedAt: string | null;
      closedBy: components['schemas']['ShipmentUser'] | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** @description set when a supervisor closed it with packages missing */
      overrideReason: string | null;
      /** @description in delivery order (stop 1 first) */
      orders: components['schemas']['ShipmentOrder'][];
      loaded: number;
      expected: number;
      /** @description open: what is still to load; closed: what was missing when it closed (an override) */
      missing: components['schemas']['MissingPackage'][];
    };
    ShippedOrdersDto: {
      /** @description orders of the shipments closed in the range */
      shipped: number;
      /** @description of those, with none of their packages missing */
      shippedComplete: number;
    };
    SixBigLossesDto: {
      /** @description seconds down for breakdowns (and switched off) in planned busy time */
      breakdowns: number;
      /** @description seconds of setups and adjustments */
      setup: number;
      /** @description seconds of down stretches shorter than 120 s (counted as production time) */
      smallStops: number;
      /** @description production time lost to a slower pace than the ideal cycle */
      slowCycles: number;
      /** @description ideal seconds of scrap within 10 minutes after a setup */
      startupRejects: number;
      /** @description ideal seconds of the other scrap */
      productionRejects: number;
    };
    SplitPartDto: {
      /**
       * Format: uuid
       * @example 75c228e9-7d72-41be-99cc-68f4087aa8e4
       */
      id: string;
      /** @example 1 */
      seq: number;
      /**
       * @description orderNo-line-component
       * @example SO-2026-0001-1-1
       */
      ref: string;
      /** Format: uuid */
      orderId: string;
      /** Format: uuid */
      lineId: string;
      /** @example 1 */
      productVersion: number;
      /** @example 门边 stile */
      component: string;
      /**
       * @description a component kind
       * @example stile
       */
      kind: string;
      /** @example LVL-40 */
      material: string;
      /**
       * @description mm
       * @example 2064
       */
      length: number;
      /**
       * @description mm
       * @example 120
       */
      width: number;
      /**
       * @description mm
       * @example 40
       */
      thickness: number;
      /** @example 2 */
      perDoor: number;
      /** @example 6 */
      quantity: number;
      /** @example linear */
      cutKind: components['schemas']['CutKind'];
      /** @example length */
      grain: components['schemas']['Grain'];
      /**
       * @description process codes, in route order
       * @example [
       *       "cutting",
       *       "pressing"
       *     ]
       */
      route: string[];
      /** @example leaf */
      packageGroup: components['schemas']['PackageGroup'];
      /** @example left-in */
      handing: components['schemas']['Handing'] | null;
      /** @description linear parts: square or 45° mitre at each end */
      endCuts: components['schemas']['EndCutsDto'] | null;
      /** @description band material per edge (L1/L2 long, W1/W2 short) */
      edgeBanding: components['schemas']['EdgeBandingDto'] | null;
      features: components['schemas']['PartFeatureDto'][];
      /** @example null */
      leaf: components['schemas']['LeafAssignment'] | null;
    };
    SplitPartPage: {
      items: components['schemas']['SplitPartDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    SplitRunCreatorDto: {
      /**
       * Format: uuid
       * @example 5b0c3a59-6d0e-4a43-9a83-0e0bd1a0c2f1
       */
      id: string;
      /** @example planner */
      username: string;
    };
    SplitRunDto: {
      /**
       * Format: uuid
       * @example 437df9ff-ba79-4a5e-beed-42524544dd41
       */
      id: string;
      /** @example succeeded */
      status: components['schemas']['SplitRunStatus'];
      /** @example 1 */
      progress: number;
      /** @example split done / 拆单完成 */
      progressMessage: string | null;
      /**
       * @description why it failed, for a planner
       * @example null
       */
      error: string | null;
      /**
       * @description counts and yields of a succeeded run
       * @example {
       *       "orders": 2,
       *       "lines": 7,
       *       "doors": 23,
       *       "parts": 638,
       *       "cutPlans": 5,
       *       "packages": 90,
       *       "yield": {
       *         "linear": 0.82
       *       }
       *     }
       */
      summary: {
        [key: string]: unknown;
      } | null;
      /**
       * @example [
       *       "9c871844-b1b9-4735-b8ed-b6ab3baccc12"
       *     ]
       */
      orderIds: string[];
      /** @description the same orders with their numbers */
      orders: components['schemas']['ImportedOrderDto'][];
      /** @description who started the run */
      createdBy: components['schemas']['SplitRunCreatorDto'] | null;
      /**
       * Format: uuid
       * @description GET /jobs/{jobId}
       * @example 2cb58920-780c-4d16-96ac-f2b2fac00691
       */
      jobId: string;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:26.017Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:26.712Z
       */
      finishedAt: string | null;
    };
    SplitRunPage: {
      items: components['schemas']['SplitRunDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    /** @enum {string} */
    SplitRunStatus: 'queued' | 'running' | 'succeeded' | 'failed';
    StateEventDto: {
      /** @description idempotency key per machine; default state@<ISO at> / count@<ISO at>, so the same instant again is a duplicate */
      eventId?: string;
      /**
       * @description ISO 8601 instant with its offset; at most 5 minutes ahead of the server
       * @example 2026-11-30T08:00:00+08:00
       */
      at: string;
      /** @enum {string} */
      state: 'running' | 'idle' | 'setup' | 'down' | 'off';
      /**
       * @description a downtime reason code (GET /downtime-reasons): required for down, allowed for idle and setup
       * @example blade_broken
       */
      reason?: string;
    };
    StationDetailDto: {
      /** @example PACK-01 */
      code: string;
      /** @example 包装线 1号 */
      name: string;
      active: boolean;
      openOrder?: components['schemas']['OpenOrderDto'] | null;
      /** Format: date-time */
      openedAt?: string | null;
      /** Format: date-time */
      createdAt: string;
      progress?: components['schemas']['OrderPackingDto'] | null;
    };
    StationListDto: {
      items: components['schemas']['StationViewDto'][];
    };
    StationOrderDto: {
      /**
       * @description the order to open (id or order number, in production), or null to clear the station
       * @example SO-2026-0042
       */
      order: string | null;
    };
    StationViewDto: {
      /** @example PACK-01 */
      code: string;
      /** @example 包装线 1号 */
      name: string;
      active: boolean;
      openOrder?: components['schemas']['OpenOrderDto'] | null;
      /** Format: date-time */
      openedAt?: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    StockMoveDto: {
      /**
       * Format: uuid
       * @description made by the scanner client; the same scanId again replays the first answer
       */
      scanId: string;
      /** @enum {string} */
      type: 'receipt' | 'issue' | 'completion' | 'transfer' | 'adjustment';
      /**
       * @description item code, barcode or id
       * @example HDF-8
       */
      item: string;
      /** @example 10 */
      quantity: number;
      /**
       * @description location code, barcode or id
       * @example A-01-02
       */
      from?: string;
      /** @example RCV */
      to?: string;
      /** @example V2026-11-03 */
      lot?: string;
      /** @example 盘亏 damaged in handling */
      reason?: string;
      /** @example PO-2026-118 */
      reference?: string;
      /**
       * Format: uuid
       * @description issue or completion against a split run of this factory (else 404)
       */
      splitRun?: string;
      /**
       * @description issue or completion against a work order of this factory, by number or id (else 404)
       * @example WO-3F2A91C0-2
       */
      workOrder?: string;
      /**
       * Format: uuid
       * @description an issue against a pick list of this factory (else 404, whatever the type) updates what remains to pick
       */
      pickList?: string;
      /**
       * @description an issue against a pick list may take more than the list still needs only with a reason (2–200 characters, else 422); it is recorded on the move and counted on the line
       * @example 板材破损 a sheet broke in handling
       */
      overIssueReason?: string;
      /**
       * @description scanner or station
       * @example RF-03
       */
      device?: string;
    };
    StockMoveViewDto: {
      /**
       * Format: uuid
       * @example 92131344-01ed-40ed-b3aa-f7bb260110d2
       */
      id: string;
      /**
       * Format: uuid
       * @example f8115a1c-d9db-4ea5-b8ff-f73173ee4331
       */
      scanId: string;
      /** @example issue */
      type: components['schemas']['MoveType'];
      /**
       * @description item code
       * @example HDF-8
       */
      item: string;
      /**
       * @description always positive; the type says which way it went
       * @example 12
       */
      quantity: number;
      /**
       * @description location code
       * @example A-02
       */
      from: string | null;
      /**
       * @description location code
       * @example null
       */
      to: string | null;
      /**
       * @description the empty string when the item is not lot-tracked
       * @example
       */
      lot: string;
      /** @example null */
      reason: string | null;
      /** @example SO-2026-0001 */
      reference: string | null;
      /**
       * Format: uuid
       * @example 437df9ff-ba79-4a5e-beed-42524544dd41
       */
      splitRunId: string | null;
      /**
       * Format: uuid
       * @example null
       */
      workOrderId: string | null;
      /**
       * Format: uuid
       * @example null
       */
      pickListId: string | null;
      /**
       * Format: uuid
       * @example null
       */
      countId: string | null;
      /** @example warehouse */
      username: string | null;
      /** @example RF-03 */
      device: string | null;
      /**
       * @description an issue that took more than its pick list still needed: why (null otherwise)
       * @example null
       */
      overIssueReason: string | null;
      /**
       * @description how much of the quantity was beyond the pick list’s need (null: none)
       * @example null
       */
      overIssued: number | null;
      /**
       * Format: date-time
       * @example 2026-11-29T09:11:40.235Z
       */
      createdAt: string;
    };
    StockMoveViewPage: {
      items: components['schemas']['StockMoveViewDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    StockSizeDto: {
      /**
       * @description mm: a bar’s length, a sheet’s length (along the grain)
       * @example 2440
       */
      length: number;
      /**
       * @description mm, sheets only
       * @example 1220
       */
      width?: number;
      /**
       * @description per bar or sheet (yuan); the cutting prefers the cheaper plan
       * @example 65
       */
      cost?: number;
      /**
       * @description how many there are; omitted = as many as needed
       * @example 40
       */
      quantity?: number;
    };
    StockValueDto: {
      items: components['schemas']['ItemValueDto'][];
      /**
       * @description yuan, rounded to fen
       * @example 31022
       */
      total: number;
    };
    StoredMaterialDto: {
      /**
       * Format: uuid
       * @example 9588023a-611c-4ccd-8f0a-13f2db58d503
       */
      id: string;
      /** @example HDF-8 */
      code: string;
      /**
       * @description each change adds one; split runs record the version they used
       * @example 1
       */
      version: number;
      /** @example 高密度板 8厘 */
      nameZh: string;
      /** @example HDF skin board 8 mm */
      nameEn: string;
      /** @example sheet */
      cutKind: components['schemas']['CutKind'];
      /** @example m2 */
      unit: components['schemas']['MaterialUnit'];
      /**
       * @description linear only
       * @example null
       */
      profile: components['schemas']['LinearProfile'] | null;
      /**
       * @description mm, a fixed profile’s width
       * @example null
       */
      width: number | null;
      /**
       * @description mm
       * @example 8
       */
      thickness: number | null;
      stockSizes: components['schemas']['StoredStockSizeDto'][];
      /**
       * @description mm, the first bar size
       * @example null
       */
      stockLength: number | null;
      /**
       * @description mm, the first sheet size
       * @example 1220
       */
      sheetWidth: number | null;
      /**
       * @description mm, the first sheet size
       * @example 2440
       */
      sheetLength: number | null;
      /**
       * @description saw blade width, mm
       * @example 4
       */
      kerf: number;
      /**
       * @description edge trim, mm
       * @example 5
       */
      trim: number;
      /**
       * @description smallest reusable offcut (余料), mm: bars by length, sheets by both sides; null keeps none
       * @example 300
       */
      minRemnant: number | null;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description when this version was saved
       * @example 2026-11-03T08:30:00.000Z
       */
      updatedAt: string;
    };
    StoredStockSizeDto: {
      /**
       * @description mm
       * @example 2440
       */
      length: number;
      /**
       * @description mm, sheets
       * @example 1220
       */
      width?: number;
      /**
       * @description per bar or sheet
       * @example 65
       */
      cost?: number;
      /**
       * @description limited count; absent = unlimited
       * @example 40
       */
      quantity?: number;
    };
    TableRowDto: {
      /** @example WALNUT */
      when: string;
      /** @example VENEER-胡桃木 */
      value: string | number;
    };
    TimelineDto: {
      items: components['schemas']['TimelineItemDto'][];
    };
    TimelineItemDto: {
      /** Format: date-time */
      from: string;
      /** Format: date-time */
      to: string;
      /** @enum {string} */
      state: 'running' | 'idle' | 'setup' | 'down' | 'off' | 'unknown';
      reason: string | null;
      nameZh?: string;
      nameEn?: string;
    };
    UndoAnswerDto: {
      /** Format: uuid */
      scanId: string;
      /** @enum {string} */
      kind: 'pack' | 'load';
      /** Format: date-time */
      undoneAt: string;
      undoReason: string;
      package?: components['schemas']['PackageViewDto'] | null;
    };
    UndoScanDto: {
      /**
       * @description why the scan is undone (audited)
       * @example 贴错标签 wrong label put on
       */
      reason: string;
    };
    /** @enum {string} */
    Unit: 'sheet' | 'piece' | 'm' | 'm2' | 'kg' | 'set';
    UnlistedMaterialDto: {
      /** @example EDGE-PVC-22 */
      material: string;
      /**
       * @description the material’s unit (m, m2, pcs, set, kg, l)
       * @example m
       */
      unit: string;
      /**
       * @description what the run needs, in the material’s unit
       * @example 128.93
       */
      quantity: number;
      /**
       * @example unit_mismatch
       * @enum {string}
       */
      reason: 'no_item' | 'unit_mismatch';
      /**
       * @description the item’s unit, when there is an item
       * @example piece
       */
      itemUnit: string | null;
      /** @example EDGE-PVC-22 is needed in m; its item counts piece and has no size to convert */
      message: string;
    };
    UnlistedRunMaterialDto: {
      /** @example EDGE-PVC-22 */
      material: string;
      /**
       * @description the material’s unit (m, m2, pcs, set, kg, l)
       * @example m
       */
      unit: string;
      /**
       * @description what the run needs, in the material’s unit
       * @example 128.93
       */
      quantity: number;
      /**
       * @example unit_mismatch
       * @enum {string}
       */
      reason: 'no_item' | 'unit_mismatch';
      /**
       * @description the item’s unit, when there is an item
       * @example piece
       */
      itemUnit: string | null;
      /** @example EDGE-PVC-22 is needed in m; its item counts piece and has no size to convert */
      message: string;
      /**
       * Format: uuid
       * @example 437df9ff-ba79-4a5e-beed-42524544dd41
       */
      splitRunId: string;
    };
    UpdateDowntimeReasonDto: {
      /**
       * @description null: a root of the tree
       * @example breakdown
       */
      parentCode?: string | null;
      /** @example 锯片断裂 */
      nameZh?: string;
      /** @example Saw blade broken */
      nameEn?: string;
      /** @description the states the reason may qualify */
      appliesTo?: ('down' | 'idle' | 'setup')[];
      /**
       * @description the loss (six big losses) its time counts as
       * @enum {string}
       */
      loss?:
        | 'breakdown'
        | 'setup'
        | 'small_stop'
        | 'slow_cycle'
        | 'startup_reject'
        | 'production_reject'
        | 'no_order'
        | 'planned';
      /** @description false: tablets no longer offer it; past events keep it */
      active?: boolean;
      /** @description place in lists, smaller first */
      sort?: number;
    };
    UpdateItemDto: {
      nameZh?: string;
      nameEn?: string;
      reorderPoint?: number;
      standardCost?: number;
      active?: boolean;
      /**
       * @description what the item is bought in (包, 捆, 箱); the empty string: bought in its own unit
       * @example 捆
       */
      purchaseUnit?: string;
      /**
       * @description how many of the item’s unit one purchase unit holds (whole for an item counted whole); 1 if never set
       * @example 10
       */
      purchaseUnitSize?: number;
      /** @description replaces the item’s barcodes */
      barcodes?: string[];
    };
    UpdateLocationDto: {
      nameZh?: string;
      nameEn?: string;
      /** @enum {string} */
      type?: 'receiving' | 'storage' | 'production' | 'packing' | 'shipping' | 'scrap';
      active?: boolean;
    };
    UpdateMachineDto: {
      /** @example 电子开料锯 1 */
      name?: string;
      /** @example Panel saw 1 */
      nameEn?: string | null;
      /** @enum {string} */
      process?: 'cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing';
      /** @enum {string} */
      countUnit?: 'sheet' | 'part' | 'm' | 'm2' | 'cycle';
      /** @description ideal cycle time (ISO 22400 PRU): seconds per count unit at the rated speed, e.g. 90 per sheet for a panel saw */
      idealCycleSeconds?: number;
      /**
       * @description when the new idealCycleSeconds starts to count (ISO 8601 with its offset or Z, at most 400 days back); default now. Only with idealCycleSeconds
       * @example 2026-11-01T00:00:00+08:00
       */
      effectiveFrom?: string;
      /**
       * @description which counts count, so no unit is counted twice: any = the machine’s own count events (gateway, tablet) and station reports (报工) alike; machine = its own only (a station report on it adds no count); reports = station reports only (its count events are refused, 422 at counts[i] / events[i].kind)
       * @enum {string}
       */
      countsFrom?: 'any' | 'machine' | 'reports';
      active?: boolean;
    };
    UpdateOrderDto: {
      customer?: string;
      /**
       * Format: date
       * @description null clears the due date
       */
      dueDate?: string | null;
      lines?: components['schemas']['OrderLineDto'][];
    };
    UpdateProcessDto: {
      /** @example 养生 */
      nameZh?: string;
      /** @example Curing */
      nameEn?: string;
      /**
       * @description minutes a part must rest after this step before the next may start (养生 24 h = 1440); 0 for none
       * @example 1440
       */
      minWaitMinutes?: number;
      /**
       * @description work instructions (作业要求) printed on every traveler (流转卡) of this process; several lines allowed; "" for none
       * @example 胶水均匀涂布，冷压 8 小时以上；出压后检查开胶、鼓包。
       */
      instructions?: string;
      /**
       * @description false: kept for old routes, offered to no new model version
       * @example true
       */
      active?: boolean;
    };
    UpdateShiftDto: {
      /** @example 白班 */
      name?: string;
      /** @example Day shift */
      nameEn?: string;
      /**
       * @description ISO weekdays the shift STARTS on: 1 = Monday … 7 = Sunday
       * @example [
       *       1,
       *       2,
       *       3,
       *       4,
       *       5,
       *       6
       *     ]
       */
      days?: number[];
      /**
       * @description the factory's local wall-clock time HH:MM; end at or before start: ends the next day
       * @example 08:00
       */
      start?: string;
      /**
       * @description the factory's local wall-clock time HH:MM; end at or before start: ends the next day
       * @example 17:30
       */
      end?: string;
      /** @description planned breaks, outside planned busy time */
      breaks?: components['schemas']['ShiftBreakDto'][];
      /** @description the processes whose machines work this shift (e.g. a night shift for cutting and edge banding only); null or absent: every machine */
      processes?:
        ('cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing')[] | null;
      active?: boolean;
    };
    UpdateStationDto: {
      /** @example 包装线 1号 */
      name?: string;
      /** @description an inactive station takes no scans (409 packing.station_inactive) */
      active?: boolean;
    };
    UpdateUserDto: {
      /** @example 张伟 */
      displayName?: string;
      /** @description a new password (admin reset) */
      password?: string;
      roles?: ('admin' | 'planner' | 'warehouse' | 'packer' | 'manager' | 'operator')[];
      active?: boolean;
    };
    UserDto: {
      /**
       * Format: uuid
       * @example 445ee9e9-29d8-47e6-aa4c-f8372c873217
       */
      id: string;
      /** @example zhang.wei */
      username: string;
      /** @example 张伟 */
      displayName: string | null;
      /**
       * @example [
       *       "planner",
       *       "warehouse"
       *     ]
       */
      roles: components['schemas']['Role'][];
      /**
       * @description inactive users cannot sign in
       * @example true
       */
      active: boolean;
      /**
       * Format: date-time
       * @example 2026-11-03T08:30:00.000Z
       */
      createdAt: string;
    };
    UserPage: {
      items: components['schemas']['UserDto'][];
      /**
       * @description pass as `cursor` for the next page; null on the last page
       * @example WyJIREYtOCJd
       */
      nextCursor: string | null;
    };
    Wip: {
      processes: components['schemas']['WipProcess'][];
      /** @description the oldest due dates first, at most 200 */
      lateOrders: components['schemas']['LateOrder'][];
      /** @description how many orders are late (more than lateOrders shows when it is cut) */
      lateOrdersTotal: number;
    };
    WipProcess: {
      process: string;
      nameZh: string;
      nameEn: string;
      /** @description work orders released, not started */
      released: number;
      inProgress: number;
      onHold: number;
      /** @description pieces not reported of released and held work orders */
      piecesWaiting: number;
      /** @description pieces not reported of started work orders */
      piecesInProgress: number;
    };
    WorkOrderDetail: {
      /** Format: uuid */
      id: string;
      /**
       * @description also the barcode (Code 128) content
       * @example WO-3F2A91C0-2
       */
      code: string;
      /** Format: uuid */
      splitRunId: string;
      /** @example edge_banding */
      process: string;
      /** @example 封边 */
      processNameZh: string;
      /** @example Edge banding */
      processNameEn: string;
      /** @description place in the run (route order) */
      sequence: number;
      plannedQuantity: number;
      good: number;
      scrap: number;
      status: components['schemas']['WorkOrderStatus'];
      /** @description an operator may report on it now */
      available: boolean;
      /**
       * Format: date-time
       * @description when the waiting time after the previous process ends
       */
      availableAt: string | null;
      /** @description earlier work orders sharing a part, not done yet */
      waitingFor: components['schemas']['WorkOrderWaitingFor'][];
      holdReason: string | null;
      shortReason: string | null;
      /** Format: date-time */
      releasedAt: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      finishedAt: string | null;
      orders: components['schemas']['WorkOrderOrder'][];
      parts: components['schemas']['WorkOrderPart'][];
      doors: components['schemas']['WorkOrderDoor'][];
    };
    WorkOrderDoor: {
      orderNo: string;
      lineNo: number;
      doorNo: number;
      /** @description pieces of this work order the door needs */
      need: number;
      /** @description good pieces attributed to it */
      good: number;
      passed: boolean;
    };
    WorkOrderDto: {
      /**
       * Format: uuid
       * @example 870ae10a-9817-4314-9916-24a281ac0e36
       */
      id: string;
      /** @example WO-437DF9FF-1 */
      number: string;
      /** @example 1 */
      sequence: number;
      /**
       * @description a process code of the factory's list
       * @example cutting
       */
      process: string;
      /** @example 429 */
      pieces: number;
      parts: components['schemas']['WorkOrderPartDto'][];
    };
    WorkOrderOrder: {
      /** Format: uuid */
      id: string;
      /** @example DEMO-0001 */
      orderNo: string;
    };
    WorkOrderPage: {
      items: components['schemas']['WorkOrderView'][];
      nextCursor: string | null;
    };
    WorkOrderPart: {
      ref: string;
      component: string;
      orderNo: string;
      /** @description line number of the order */
      line: number;
      quantity: number;
      perDoor: number;
    };
    WorkOrderPartDto: {
      /** @example SO-2026-0001-1-1 */
      ref: string;
      /** @example 6 */
      quantity: number;
    };
    /** @enum {string} */
    WorkOrderStatus: 'planned' | 'released' | 'in_progress' | 'on_hold' | 'done';
    WorkOrderView: {
      /** Format: uuid */
      id: string;
      /**
       * @description also the barcode (Code 128) content
       * @example WO-3F2A91C0-2
       */
      code: string;
      /** Format: uuid */
      splitRunId: string;
      /** @example edge_banding */
      process: string;
      /** @example 封边 */
      processNameZh: string;
      /** @example Edge banding */
      processNameEn: string;
      /** @description place in the run (route order) */
      sequence: number;
      plannedQuantity: number;
      good: number;
      scrap: number;
      status: components['schemas']['WorkOrderStatus'];
      /** @description an operator may report on it now */
      available: boolean;
      /**
       * Format: date-time
       * @description when the waiting time after the previous process ends
       */
      availableAt: string | null;
      /** @description earlier work orders sharing a part, not done yet */
      waitingFor: components['schemas']['WorkOrderWaitingFor'][];
      holdReason: string | null;
      shortReason: string | null;
      /** Format: date-time */
      releasedAt: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      finishedAt: string | null;
      orders: components['schemas']['WorkOrderOrder'][];
    };
    WorkOrderWaitingFor: {
      code: string;
      process: string;
      status: components['schemas']['WorkOrderStatus'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Audit_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        /** @description only requests by this username */
        username?: string;
        /** @description only requests whose method and route contain this text, any case (`users`, `POST /api/v1/orders`) */
        action?: string;
        /** @description only requests that succeeded, or only those refused */
        outcome?: 'success' | 'failure';
        /** @description only requests at or after this instant */
        since?: string;
        /** @description only requests before this instant */
        until?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResultDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts; see the retry-after header / 请求过多 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Calendar_holidays: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayListDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Calendar_addHoliday: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateHolidayDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Calendar_removeHoliday: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        day: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the holiday removed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Calendar_maintenance: {
    parameters: {
      query?: {
        /** @description only maintenance ending after this instant (ISO 8601 with its offset or Z) */
        from?: string;
        /** @description only maintenance starting before this instant (ISO 8601 with its offset or Z) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaintenanceListDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Calendar_addMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMaintenanceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaintenanceDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Calendar_removeMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the maintenance removed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaintenanceDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Cutting_linear: {
    parameters: {
      query?: {
        /** @description include=svg adds an SVG drawing to every bar or sheet */
        include?: 'svg';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinearRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinearPlanDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts; see the retry-after header / 请求过多 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Cutting_sheets: {
    parameters: {
      query?: {
        /** @description include=svg adds an SVG drawing to every bar or sheet */
        include?: 'svg';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SheetsRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SheetPlanDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts; see the retry-after header / 请求过多 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DowntimeReasons_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DowntimeReasonListDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DowntimeReasons_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDowntimeReasonDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DowntimeReasonDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DowntimeReasons_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDowntimeReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DowntimeReasonDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Items_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        kind?: 'board' | 'moulding' | 'veneer' | 'hardware' | 'glass' | 'consumable' | 'wip' | 'package' | 'remnant';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Items_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Items_belowReorderPoint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BelowReorderPointDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Items_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Items_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Jobs_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Locations_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocationPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Locations_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLocationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocationDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Locations_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocationDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Locations_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLocationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocationDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MachineEvents_ingest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FactoryEventsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestResultDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Machines_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MachineListDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Machines_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMachineDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MachineDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Machines_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MachineDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Machines_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMachineDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MachineDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Machines_ingest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MachineEventsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestResultDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Oee_timeline: {
    parameters: {
      query?: {
        /** @description default: 24 h before `to` */
        from?: string;
        /** @description default: now */
        to?: string;
      };
      header?: never;
      path: {
        machine: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Materials_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest version of each material */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredMaterialDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Materials_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MaterialDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredMaterialDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Materials_get: {
    parameters: {
      query?: {
        /** @description a past version; default the latest */
        version?: number;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest version, or `?version=` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredMaterialDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Materials_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MaterialBodyDto'];
      };
    };
    responses: {
      /** @description the new (or unchanged current) version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredMaterialDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Materials_patch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MaterialPatchDto'];
      };
    };
    responses: {
      /** @description the new (or unchanged current) version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredMaterialDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Materials_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every version, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredMaterialDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Oee_oee: {
    parameters: {
      query?: {
        /** @description default: 24 h before `to` */
        from?: string;
        /** @description default: now */
        to?: string;
        /** @description one machine, by code or id */
        machine?: string;
        /** @description the machines of one process */
        process?: 'cutting' | 'pressing' | 'edge_banding' | 'cnc' | 'sanding' | 'painting' | 'assembly' | 'packing';
        /** @description hour: a range of at most 31 days */
        bucket?: 'hour' | 'shift' | 'day' | 'none';
        groupBy?: 'machine' | 'process' | 'factory';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OeeListDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        /** @description one or more states (repeat the parameter) */
        status?: components['schemas']['OrderStatus'][];
        /** @description customer contains (case-insensitive) */
        customer?: string;
        /** @description order number contains (case-insensitive) */
        q?: string;
        /** @description due on or after */
        dueFrom?: string;
        /** @description due on or before */
        dueTo?: string;
        /** @description created on or after (factory time zone) */
        createdFrom?: string;
        /** @description created on or before (factory time zone) */
        createdTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description orders without their lines, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderSummaryPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrderDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description .xlsx or .csv, one order line a row
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderImportResultDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Wrong content type / 内容类型不支持 */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many attempts; see the retry-after header / 请求过多 */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an .xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Orders_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Labels_orderPdf: {
    parameters: {
      query?: {
        /** @description label stock: 100×150 mm or A6 (105×148 mm) / 标签纸 */
        stock?: '100x150' | 'a6';
      };
      header?: never;
      path: {
        order: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the order’s labels (its last split run’s packages): one label a package, in door order, on 100×150 mm or A6 stock: the code as Code 128 (GS1-128 with AI 00 of the SSCC when the factory has a GS1 prefix) with the code under the bars, a QR of {code, order, line, door, k, n}, k / n, order, customer, room, model, size, colour, handing, contents (zh and en) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Labels_orderZpl: {
    parameters: {
      query?: {
        /** @description label stock: 100×150 mm or A6 (105×148 mm) / 标签纸 */
        stock?: '100x150' | 'a6';
        /** @description the printer's resolution / 打印精度 */
        dpi?: '203' | '300';
      };
      header?: never;
      path: {
        order: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the order’s labels: the same labels for Zebra printers: one ^XA…^XZ block a label, UTF-8 (^CI28), Chinese in the printer font E:SIMSUN.TTF, ^BC Code 128 / GS1-128, ^BQ QR */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrderPackages_ofOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        order: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderPackageViewDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Accuracy_get: {
    parameters: {
      query?: {
        /** @description default: 30 days before `to` */
        from?: string;
        /** @description default: now; at most 400 days after `from` */
        to?: string;
        /** @description day: the factory’s local days */
        groupBy?: 'day' | 'station' | 'user';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccuracyDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Labels_selectionPdf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LabelsDto'];
      };
    };
    responses: {
      /** @description the labels of the packages named (a reprint): one label a package, in door order, on 100×150 mm or A6 stock: the code as Code 128 (GS1-128 with AI 00 of the SSCC when the factory has a GS1 prefix) with the code under the bars, a QR of {code, order, line, door, k, n}, k / n, order, customer, room, model, size, colour, handing, contents (zh and en) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Labels_selectionZpl: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LabelsZplDto'];
      };
    };
    responses: {
      /** @description the labels of the packages named: the same labels for Zebra printers: one ^XA…^XZ block a label, UTF-8 (^CI28), Chinese in the printer font E:SIMSUN.TTF, ^BC Code 128 / GS1-128, ^BQ QR */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrderPackages_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        order: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderPackingDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ScanHistory_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        /** @description the pack scans of this station */
        station?: string;
        /** @description the load scans of this shipment (id or number) */
        shipment?: string;
        result?: components['schemas']['ScanResult'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScanRecordPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PackScans_scan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PackScanDto'];
      };
    };
    responses: {
      /** @description duplicate or not_expected, or a replay */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackScanAnswerDto'];
        };
      };
      /** @description ok: the package is packed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackScanAnswerDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PackScans_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        scanId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UndoScanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UndoAnswerDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PackingSettings_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackingSettingsViewDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PackingSettings_put: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PackingSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PackingSettingsViewDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stations_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StationListDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stations_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateStationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StationViewDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stations_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StationDetailDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stations_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateStationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StationViewDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stations_setOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StationOrderDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StationDetailDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Processes_list: {
    parameters: {
      query?: {
        /** @description true: the switched-off processes too */
        all?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description in the factory’s order; `?all=true` with the switched-off ones */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessDto'][];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Processes_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProcessDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Processes_reorder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReorderProcessesDto'];
      };
    };
    responses: {
      /** @description every process, switched-off ones included, in the new order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessDto'][];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Processes_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProcessDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Production_doorsReady: {
    parameters: {
      query: {
        /** @description order id or number */
        order: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoorsReady'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Production_orderProgress: {
    parameters: {
      query: {
        /** @description order id or number */
        order: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderProgress'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Production_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductionReportDto'];
      };
    };
    responses: {
      /** @description this scanId was recorded before: its first answer, replayed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductionReportAnswer'];
        };
      };
      /** @description recorded now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductionReportAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Production_scrapReasonList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScrapReasons'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Production_wip: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Wip'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the latest version of each product */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProductDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductPreviewRequestDto'];
      };
    };
    responses: {
      /** @description the parts and pieces for `line.quantity` doors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductPreviewDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_get: {
    parameters: {
      query?: {
        /** @description a past version; default the latest */
        version?: number;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductBodyDto'];
      };
    };
    responses: {
      /** @description the new version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_importTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an .xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Products_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every version, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Purchasing_suggestions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PurchaseSuggestionsDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Purchasing_suggestionsXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an .xlsx workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shifts_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftListDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shifts_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShiftDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shifts_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the shift, now inactive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shifts_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateShiftDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        status?: components['schemas']['ShipmentStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentSummaryPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShipmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentView'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentView'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentView'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseShipmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentView'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_manifest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShipmentManifest'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_manifestPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the manifest (装车清单) on A4: the truck, a table per order by stop of what was loaded, when and by whom, the packages missing, a supervisor’s override, boxes for the driver’s and the loader’s signatures; an open shipment is marked 未关闭 (a draft) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Shipments_scan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoadScanDto'];
      };
    };
    responses: {
      /** @description duplicate, not_in_shipment or not_packed (nothing changed); or a scanId replayed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoadScanAnswer'];
        };
      };
      /** @description ok: the package is loaded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoadScanAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        /** @description only the runs that split this order (id or order number) */
        order?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitRunPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSplitRunDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitRunDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitRunDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPatterns: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CutPatternPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPatternsPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A4 pages of the cut patterns with their drawings (numbered cuts, trims, grain, labels), Chinese embedded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPatternsXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the cut list workbook: sheet 下料方案 (a row a pattern with its count), sheet 部件 (a row a piece and door) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPatternSvg: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        no: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the drawing of pattern no: a bar with mitre marks, or a sheet with its numbered cut sequence (trims first), trimmed edges, grain arrow and remnants; titled with material, thickness, stock size, number and count */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPlans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CutPlanDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPlansCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the cut list, UTF-8 with a byte-order mark (opens in Excel), bilingual header row, one row a piece: plan, material, kind (linear|sheet), stock # and size, seq, part, length, width, x (a bar: position), y, rotated, then rip width (mm a ripped bar is ripped to; blank for fixed profiles and sheets) and thickness (mm; blank when unknown). New columns are added at the end. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_cutPlanSvg: {
    parameters: {
      query?: {
        /** @description which bar or sheet of the plan */
        layout?: number;
      };
      header?: never;
      path: {
        id: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a drawing of one bar or sheet of plan n, titled with the material, which bar or sheet of how many, the stock size, the width a ripped bar is ripped to and the thickness */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/svg+xml': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Labels_runPdf: {
    parameters: {
      query?: {
        /** @description label stock: 100×150 mm or A6 (105×148 mm) / 标签纸 */
        stock?: '100x150' | 'a6';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the run’s labels: one label a package, in door order, on 100×150 mm or A6 stock: the code as Code 128 (GS1-128 with AI 00 of the SSCC when the factory has a GS1 prefix) with the code under the bars, a QR of {code, order, line, door, k, n}, k / n, order, customer, room, model, size, colour, handing, contents (zh and en) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Labels_runZpl: {
    parameters: {
      query?: {
        /** @description label stock: 100×150 mm or A6 (105×148 mm) / 标签纸 */
        stock?: '100x150' | 'a6';
        /** @description the printer's resolution / 打印精度 */
        dpi?: '203' | '300';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the run’s labels: the same labels for Zebra printers: one ^XA…^XZ block a label, UTF-8 (^CI28), Chinese in the printer font E:SIMSUN.TTF, ^BC Code 128 / GS1-128, ^BQ QR */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_materials: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaterialRequirementDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_packages: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoorPackagePage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_parts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitPartPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Release_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseAnswer'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_sawCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the sheet parts for a beam saw: `;`-separated, header Material;Thickness;Length;Width;Quantity;Grain;Label;Name;Order;Door;Room;Finish;EdgeL1;EdgeL2;EdgeW1;EdgeW2 (docs/saw-export.md) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_splitDetailXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 拆单明细: a sheet an order, its parts line by line with sizes, material and route */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Travelers_run: {
    parameters: {
      query?: {
        /** @description paper size / 纸张 */
        size?: 'A4' | 'A5';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every work order’s traveler of the run, in sequence, each from a new page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SplitRuns_workOrders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one per process, in shop order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkOrderDto'][];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_balances: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        item?: string;
        location?: string;
        lot?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BalancePageDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Counts_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        status?: 'open' | 'completed' | 'completed_with_discrepancies';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountSummaryPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Counts_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OpenCountDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Counts_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Counts_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the closed count with its report */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Counts_scan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CountScanDto'];
      };
    };
    responses: {
      /** @description this scanId was recorded before: its first answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountScanAnswerDto'];
        };
      };
      /** @description recorded now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CountScanAnswerDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_moves: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        item?: string;
        /** @description moves from or to this location */
        location?: string;
        type?: 'receipt' | 'issue' | 'completion' | 'transfer' | 'adjustment';
        lot?: string;
        /** @description username of who moved it */
        user?: string;
        reference?: string;
        splitRun?: string;
        since?: string;
        until?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockMoveViewPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_move: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StockMoveDto'];
      };
    };
    responses: {
      /** @description this scanId was recorded before: its first answer, replayed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MoveAnswerDto'];
        };
      };
      /** @description recorded now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MoveAnswerDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PickLists_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        /** @description the pick list of this split run */
        splitRun?: string;
        status?: 'open' | 'complete';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PickListSummaryPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PickLists_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePickListDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PickListDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PickLists_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PickListDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_remnants: {
    parameters: {
      query?: {
        /** @description one material; omit for every remnant in stock */
        material?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemnantsDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_receiveRemnant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RemnantReceiptDto'];
      };
    };
    responses: {
      /** @description this scanId was recorded before: its first answer, replayed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemnantAnswerDto'];
        };
      };
      /** @description recorded now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemnantAnswerDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_runRemnants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        run: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRemnantsDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_receiveRunRemnants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        run: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunRemnantsReceiptDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunRemnantsReceivedDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_scanRemnantLabel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        run: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RemnantLabelScanDto'];
      };
    };
    responses: {
      /** @description this label was received before: its first answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemnantLabelAnswerDto'];
        };
      };
      /** @description received now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemnantLabelAnswerDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Well-formed but not processable; `errors` says where / 无法处理 */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Stock_value: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockValueDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the user, now inactive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_activate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Users_deactivate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkOrders_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description opaque cursor from a previous page */
        cursor?: string;
        /** @description split run */
        run?: string;
        /** @description order id or number */
        order?: string;
        process?: string;
        status?: 'planned' | 'released' | 'in_progress' | 'on_hold' | 'done';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkOrderPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkOrders_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkOrderDetail'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkOrders_hold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkOrderView'];
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request body or file is too large / 请求过大 */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WorkOrders_resume: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkOrderView'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Travelers_workOrder: {
    parameters: {
      query?: {
        /** @description paper size / 纸张 */
        size?: 'A4' | 'A5';
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the work order’s traveler (流转卡): its code as a Code 128 barcode, the process and its instructions, the run and orders, the route with this process marked, the parts (component, order, line, doors, size, material, quantity; continued over pages with the header repeated), boxes for counts and signature */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input: `errors` lists each field / 参数有误 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Refused by a business rule or a concurrent change; the facts are in `params` / 业务冲突 */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Health_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  Metrics_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description No valid bearer token / 未登录或令牌失效 */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signed-in role may not do this / 无权限 */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with this id or code in your factory / 未找到 */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  Health_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadyDto'];
        };
      };
      /** @description Busy or not ready: retry after `retry-after` (retrying is safe) / 服务繁忙或未就绪，请稍后重试 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
