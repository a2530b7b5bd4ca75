// npm run dev: the API with auto-restart (tsx watch) on :3000 and Vite's hot-reloading web app on :5173,
// which proxies /api to the API. Both stop together on Ctrl-C.
import { spawn } from 'node:child_process';

const children = [
  spawn(
    process.execPath,
    ['--watch-path=apps/api/src', '--watch-path=packages', '--import', 'tsx', 'apps/api/src/main.ts'],
    {
      stdio: 'inherit',
      env: { ...process.env, SERVE_WEB: 'false', NODE_ENV: 'development' },
    },
  ),
  spawn('npm', ['run', 'dev', '-w', '@flowstage/web'], { stdio: 'inherit' }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
