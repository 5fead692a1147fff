/*
 * Search from file:// without fetching anything.
 *
 * A browser does not start a Web Worker from a file:// page, and the theme's search
 * runs in one.  The theme's offline plugin would load a shim for this from unpkg.com;
 * this file is the project's own, so the site fetches nothing from the internet (its
 * name contains "iframe-worker", which tells the plugin a shim is already there).
 *
 * Under file:// only, `Worker` becomes a stand-in that runs the worker's script in a
 * hidden same-origin iframe: `postMessage` both ways (the data copied into the
 * receiving window), `message` / `error` events, `onmessage`, `terminate`.  The search
 * worker of an English-language site needs nothing more (no `importScripts`).
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") {
    return;
  }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this._queue = [];
      this._ready = false;
      const iframe = document.createElement("iframe");
      iframe.hidden = true;
      iframe.setAttribute("aria-hidden", "true");
      iframe.setAttribute("tabindex", "-1");
      (document.body || document.documentElement).appendChild(iframe);
      const win = iframe.contentWindow;
      this._iframe = iframe;
      this._win = win;
      win.postMessage = (data) => this._emit("message", data);
      win.importScripts = () => {
        throw new Error("importScripts is not available to a worker of a file:// page");
      };
      win.addEventListener("error", (event) => this._emit("error", event.error || event.message));
      const script = win.document.createElement("script");
      script.src = new URL(url, location.href).href;
      script.onload = () => {
        this._ready = true;
        for (const data of this._queue.splice(0)) {
          this._deliver(data);
        }
      };
      script.onerror = () => this._emit("error", new Error("cannot load " + script.src));
      win.document.head.appendChild(script);
    }

    postMessage(data) {
      if (this._ready) {
        setTimeout(() => this._deliver(data));
      } else {
        this._queue.push(data);
      }
    }

    terminate() {
      this._iframe.remove();
    }

    _deliver(data) {
      const win = this._win;
      win.dispatchEvent(new win.MessageEvent("message", { data: win.structuredClone(data) }));
    }

    _emit(type, data) {
      const copy = type === "message" ? structuredClone(data) : data;
      setTimeout(() => {
        const event = type === "message" ? new MessageEvent("message", { data: copy }) : new ErrorEvent("error", { error: copy });
        const handler = type === "message" ? this.onmessage : this.onerror;
        if (typeof handler === "function") {
          handler.call(this, event);
        }
        this.dispatchEvent(event);
      });
    }
  }

  window.Worker = IFrameWorker;
})();
