import { message } from 'antd';
import { Route, Routes } from 'react-router';
import type { PageProps } from '../page-props';
import { DoorModelEditorPage } from './door-model-editor-page';
import { DoorModelList } from './door-model-list';
import { NoticesContext } from './notices';
import './door-models.css';

/** 门型: the list, a new model (`new`, `new?from=PD-LVL01` to start from a copy), a model and its past versions. */
export default function DoorModelsPage({ entry }: PageProps) {
  const [notices, noticesHolder] = message.useMessage();
  return (
    <NoticesContext value={notices}>
      {noticesHolder}
      <Routes>
        <Route index element={<DoorModelList entry={entry} />} />
        <Route path="new" element={<DoorModelEditorPage entry={entry} />} />
        <Route path=":code" element={<DoorModelEditorPage entry={entry} />} />
        <Route path=":code/versions/:version" element={<DoorModelEditorPage entry={entry} />} />
      </Routes>
    </NoticesContext>
  );
}
