import { createRoot } from 'react-dom/client';
import { App } from './App';
import { normaliseInitialHash } from './router';
import { startEventBridge } from './stores/eventBridge';
import { cachedTheme } from './stores/settingsStore';
import { applyTheme } from './theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/review.css';

// Paint in the last-used theme before the settings arrive, and route a bare address to the dashboard.
applyTheme(cachedTheme());
normaliseInitialHash();
startEventBridge();

createRoot(document.getElementById('root')!).render(<App />);
