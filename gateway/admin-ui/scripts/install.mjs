// `npm ci` when node_modules is missing or older than package-lock.json; otherwise nothing. The Maven build runs
// this on every build, and a clean reinstall each time would cost half a minute for no change.
import { statSync } from 'node:fs'
import { execSync } from 'node:child_process'

const mtime = (file) => { try { return statSync(file).mtimeMs } catch { return 0 } }
const installed = mtime('node_modules/.package-lock.json')
if (installed && installed >= mtime('package-lock.json') && installed >= mtime('package.json')) {
  console.log('node_modules up to date with package-lock.json')
} else {
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' })
}
