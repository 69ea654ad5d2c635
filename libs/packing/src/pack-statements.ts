/**
 * How a scan packs a package, in both the single and the shared pack statement: a package never packed is inserted;
 * one unpacked by an undo is packed again (its facts those of this scan); one packed or loaded is left as it is, so
 * of two scans of it at once one packs and the other finds it packed (its RETURNING is empty).
 */
export const PACK_OR_KEEP = `ON CONFLICT (factory_id, code) DO UPDATE
     SET status = 'packed', packed_at = now(), packed_by = excluded.packed_by,
         packed_station = excluded.packed_station, pack_scan_id = excluded.pack_scan_id,
         order_id = excluded.order_id, line_id = excluded.line_id, door_no = excluded.door_no,
         split_run_id = excluded.split_run_id
   WHERE packed_package.status = 'unpacked'`;
