import type { MenuEntry } from '../shell/menu';

/** What every screen is given: its menu entry (title, read-only for this user). */
export type PageProps = { entry: MenuEntry };
