import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// antd's components in CSS variables (the theme sets them: see providers.tsx, zeroRuntime).
import 'antd/dist/antd.css';
import './app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
