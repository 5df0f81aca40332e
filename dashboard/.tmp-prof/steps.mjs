import { readFileSync, readdirSync } from 'node:fs';
import { launchChromium } from '../e2e/browser.mjs';
import { startHub } from '../e2e/hub.mjs';
function stat(pid) { try { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return { comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), ppid: f[1], u: +f[11], s: +f[12], cu: +f[13], cs: +f[14] }; } catch { return undefined; } }
function cpuBy(pred) { let t = 0; for (const pid of readdirSync('/proc')) { if (!/^\d+$/.test(pid)) continue; let cmd = ''; try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; } if (!pred(cmd)) continue; const st = stat(pid); if (st) t += (st.u + st.s + st.cu + st.cs) / 100; } return t; }
const chrome = () => cpuBy((c) => c.includes('chromium'));
const renderer = () => cpuBy((c) => c.includes('chromium') && c.includes('--type=renderer'));
const hubCpu = () => cpuBy((c) => c.includes('dist/main.js') || c.includes('postgres'));
const hub = await startHub();
const browser = await launchChromium();
let last = [chrome(), renderer(), hubCpu(), Date.now()];
const step = (name) => { const now = [chrome(), renderer(), hubCpu(), Date.now()]; console.log(name.padEnd(40), 'chrome', (now[0] - last[0]).toFixed(2), 'renderer', (now[1] - last[1]).toFixed(2), 'hub+pg', (now[2] - last[2]).toFixed(2), 'ms', now[3] - last[3]); last = [chrome(), renderer(), hubCpu(), Date.now()]; };
step('launch');
const context = await browser.newContext({ baseURL: hub.url, viewport: { width: 1440, height: 900 }, locale: 'pl-PL' });
const page = await context.newPage();
step('new context + page');
const login = hub.login('STEERING');
await page.goto('/p/RDR-PLOCK-2011/');
await page.getByLabel('Adres e-mail').waitFor();
step('login page');
await page.getByLabel('Adres e-mail').fill(login.email);
await page.getByLabel('Hasło').fill(login.password);
await page.getByRole('button', { name: 'Zaloguj się' }).click();
await page.getByRole('navigation', { name: 'Nawigacja główna' }).waitFor();
await page.getByTestId('kpis').waitFor();
step('signed in, overview');
await new Promise((r) => setTimeout(r, 5000));
step('idle 5 s');
for (const p of ['timeline', 'partners', 'outcomes', 'flows', 'quality', 'explorer']) {
  await page.goto(`/p/RDR-PLOCK-2011/${p}`);
  await page.waitForLoadState('networkidle');
  step('page ' + p);
}
await new Promise((r) => setTimeout(r, 5000));
step('idle 5 s');
await browser.close(); await hub.stop();
