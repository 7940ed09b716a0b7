/**
 * Standalone page entry (standalone.html): the checker in any modern browser, no Excel needed.
 * Not on engines src/fallback/ie11.js rejected (it has already explained in #root).
 */
import { createRoot } from 'react-dom/client';
import { StandaloneApp } from './StandaloneApp';

const container = document.getElementById('root');
if (container && !window.__APPENDIX_CHECKER_UNSUPPORTED__) {
  createRoot(container).render(<StandaloneApp />);
}
