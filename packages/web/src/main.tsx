import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './i18n';
import { App } from './App';
import { installOfflineReads } from './lib/offline/reads';
import { registerShell } from './lib/offline/shell';

// offline field work: the device's copies of what a worker reads, and the cached app shell
installOfflineReads();
registerShell();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
