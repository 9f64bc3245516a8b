// Ambient types for Vite's virtual modules: `virtual:pwa-register` from vite-plugin-pwa.
/// <reference types="vite-plugin-pwa/client" />
