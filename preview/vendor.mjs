// Copies the Adaptive Cards renderer from node_modules into the bot's preview folder (committed there, so building
// and running the bot needs neither node nor the internet). Run after changing the adaptivecards version:
//   npm ci && npm run vendor
import { copyFileSync, readFileSync } from 'node:fs';

const from = new URL('./node_modules/adaptivecards/', import.meta.url);
const to = new URL('../Bot/Preview/wwwroot/', import.meta.url);
for (const [source, target] of [
  ['dist/adaptivecards.min.js', 'adaptivecards.min.js'],
  ['dist/adaptivecards.min.js.LICENSE.txt', 'adaptivecards.min.js.LICENSE.txt'],
  ['LICENSE', 'adaptivecards.LICENSE.txt'],
]) copyFileSync(new URL(source, from), new URL(target, to));
const { version } = JSON.parse(readFileSync(new URL('package.json', from)));
console.log(`adaptivecards ${version} copied to Bot/Preview/wwwroot`);
