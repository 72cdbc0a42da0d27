import { spawn } from 'node:child_process';

// `npm run dev`: the API in watch mode on :8787 and Vite's dev server (HMR) on
// :5173, which proxies /api to it (see vite.config.ts).
const api = spawn('npx', ['tsx', 'watch', 'src/server/devApi.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.API_PORT ?? '8787' },
});
const web = spawn('npx', ['vite'], { stdio: 'inherit' });
const stop = () => {
  api.kill();
  web.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => code && stop());
web.on('exit', stop);
