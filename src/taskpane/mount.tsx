/** Mounts the task pane into a page element (Excel's task pane page, or the standalone page). */
import { createRoot, type Root } from 'react-dom/client';
import { TaskPane } from './components/TaskPane';
import type { PaneServices } from './services';

export function mountPane(container: HTMLElement, services: PaneServices): Root {
  const root = createRoot(container);
  root.render(<TaskPane services={services} />);
  return root;
}
