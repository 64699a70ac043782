/*
 * Web Workers for pages opened straight from disk (file://).
 *
 * Browsers refuse `new Worker(url)` on the file: origin, so Material's search
 * would not start offline. This shim runs the worker script in a hidden
 * iframe instead and wires its postMessage / message events to a Worker-like
 * object. Material's offline plugin would otherwise load a shim from a CDN;
 * a polyfill whose name contains "iframe-worker" stops it from doing so, and
 * this one is ours, so the offline site makes no request to another host.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:" || window.IFrameWorker) return;

  function loadScript(doc, src) {
    return new Promise(function (resolve, reject) {
      var script = doc.createElement("script");
      script.src = src;
      script.async = false;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      doc.head.appendChild(script);
    });
  }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this._pending = [];
      this._frame = null;
      var source = new URL(url, location.href).href;
      var start = () => this._start(source);
      if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
    }

    _start(source) {
      var frame = document.createElement("iframe");
      frame.setAttribute("aria-hidden", "true");
      frame.style.display = "none";
      document.body.appendChild(frame);
      var win = frame.contentWindow;
      var doc = frame.contentDocument;
      doc.open();
      doc.write("<!doctype html><html><head></head><body></body></html>");
      doc.close();
      // The worker's global scope: importScripts, postMessage and close.
      win.importScripts = function () {
        var urls = Array.prototype.slice.call(arguments);
        return urls.reduce(function (done, url) {
          return done.then(function () { return loadScript(doc, new URL(url, source).href); });
        }, Promise.resolve());
      };
      win.postMessage = (data) => this.dispatchEvent(new MessageEvent("message", { data: data }));
      win.close = () => this.terminate();
      this._frame = frame;
      loadScript(doc, source).then(() => {
        this._ready = true;
        this._pending.splice(0).forEach((data) => this._deliver(data));
      }, (error) => this.dispatchEvent(new ErrorEvent("error", { message: String(error) })));
    }

    _deliver(data) {
      var win = this._frame.contentWindow;
      win.dispatchEvent(new win.MessageEvent("message", { data: data }));
    }

    postMessage(data) {
      if (this._ready) this._deliver(data); else this._pending.push(data);
    }

    terminate() {
      if (this._frame) this._frame.remove();
      this._frame = null;
      this._ready = false;
    }

    dispatchEvent(event) {
      var result = super.dispatchEvent(event);
      var handler = event.type === "message" ? this.onmessage : event.type === "error" ? this.onerror : null;
      if (typeof handler === "function") handler.call(this, event);
      return result;
    }
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();
