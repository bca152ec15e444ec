/**
 * When `vanthu serve` reloads its templates or profiles, the server sends a "reload" event
 * (GET /api/events); the page then draws its preview again with them. The browser's EventSource
 * reconnects by itself after the server restarts.
 */
export function followReloads(onReload: () => void): void {
  if (typeof EventSource === "undefined") return;
  const events = new EventSource("/api/events");
  events.addEventListener("reload", () => onReload());
}
