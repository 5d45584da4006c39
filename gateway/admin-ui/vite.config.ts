/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Element Plus is imported on demand (a full import alone weighs ~530 kB gzipped): the resolver adds each
// component's import and its CSS where a template uses it. Output goes straight into the Maven module's
// classes so the jar carries it under static/, which the gateway serves at /.
export default defineConfig({
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': process.env.GATEWAY ?? 'http://localhost:8080',
      '/auth/token': process.env.GATEWAY ?? 'http://localhost:8080',
      '/ui/config': process.env.GATEWAY ?? 'http://localhost:8080',
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
    // Components import Element Plus's CSS on demand: let Vite load it (as nothing) instead of Node.
    server: { deps: { inline: ['element-plus'] } },
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
})
