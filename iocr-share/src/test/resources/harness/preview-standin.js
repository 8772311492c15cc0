/*
 * Test harness only: a faithful minimal stand-in for the DOM that Share's web-preview plugins build on
 * document-details (Share's PdfJs plugin and pdf.js are not available offline). What our overlay relies on is kept:
 *  - PdfJs: div.web-preview > div#<wp>-previewer-div.previewer.PdfJs > div#<wp>-viewer.viewer.documentView (the scroll
 *    container) > div.page#<wp>-viewer-pageContainer-<n> (position: relative, overflow: hidden, sized
 *    floor(page points x scale) CSS px) holding a canvas drawn lazily and a text layer. setScale() resizes every page
 *    and drops its canvas, then re-renders, as DocumentView.setScale/reset/renderVisiblePages do; rebuild() replaces
 *    the whole viewer like a re-display. Page content here is the page PNG drawn into the canvas.
 *  - Image: div#<wp>-previewer-div.previewer.Image whose only child is the <img>, added once loaded.
 * Pages are declared in points; the harness's recognised images are rendered at 144 dpi (2 px per point).
 */
(function ()
{
   "use strict";

   var WP = "template_x002e_web-preview_x002e_document-details_x0023_default";

   function el(tag, attrs, parent)
   {
      var e = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (parent)
      {
         parent.appendChild(e);
      }
      return e;
   }

   window.PreviewStandIn =
   {
      id: WP,

      /** pages: [{points: [w, h], src}] */
      pdfjs: function (container, pages)
      {
         var body = el("div", { id: WP + "-body", "class": "web-preview" }, container);
         var previewer = el("div", { id: WP + "-previewer-div", "class": "previewer PdfJs" }, body);
         var controls = el("div", { id: WP + "-controls", "class": "controls" }, previewer);
         function updateControls()
         {
            controls.textContent = "\u25C0  1 / " + pages.length + "  \u25B6      \u2212  " + Math.round(state.scale * 100) + "%  +";
         }
         var state = { scale: 1, pages: pages, viewer: null, images: [] };

         function renderPage(n)
         {
            var page = state.pages[n - 1], container = document.getElementById(WP + "-viewer-pageContainer-" + n);
            var canvas = el("canvas", { id: WP + "-viewer-canvas-" + n });
            canvas.width = parseInt(container.style.width, 10);
            canvas.height = parseInt(container.style.height, 10);
            canvas.getContext("2d").drawImage(state.images[n - 1], 0, 0, canvas.width, canvas.height);
            container.insertBefore(canvas, container.querySelector(".textLayer"));
            var loading = container.querySelector(".loadingIcon");
            if (loading)
            {
               loading.remove();
            }
         }

         function sizePage(container, page)
         {
            container.style.width = Math.floor(page.points[0] * state.scale) + "px";
            container.style.height = Math.floor(page.points[1] * state.scale) + "px";
         }

         function build()
         {
            if (state.viewer)
            {
               state.viewer.remove();
            }
            state.viewer = el("div", { id: WP + "-viewer", "class": "viewer documentView" }, previewer);
            state.pages.forEach(function (page, i)
            {
               var c = el("div", { id: WP + "-viewer-pageContainer-" + (i + 1), "class": "page" }, state.viewer);
               sizePage(c, page);
               el("div", { "class": "loadingIcon" }, c);
               el("div", { "class": "textLayer" }, c);
            });
            return renderAll();
         }

         function renderAll()
         {
            // pdf.js renders pages asynchronously after (re)sizing them
            return new Promise(function (resolve)
            {
               window.setTimeout(function ()
               {
                  state.pages.forEach(function (p, i) { renderPage(i + 1); });
                  resolve();
               }, 20);
            });
         }

         var loaded = Promise.all(pages.map(function (page, i)
         {
            return new Promise(function (resolve)
            {
               var img = new Image();
               img.onload = function () { state.images[i] = img; resolve(); };
               img.src = page.src;
            });
         }));

         updateControls();
         return {
            ready: loaded.then(build),
            setScale: function (scale)
            {
               state.scale = scale;
               updateControls();
               state.pages.forEach(function (page, i)
               {
                  var c = document.getElementById(WP + "-viewer-pageContainer-" + (i + 1));
                  sizePage(c, page);
                  var canvas = c.querySelector("canvas");
                  if (canvas)
                  {
                     canvas.remove();
                  }
                  el("div", { "class": "loadingIcon" }, c);
               });
               return renderAll();
            },
            rebuild: build,
            viewer: function () { return state.viewer; }
         };
      },

      image: function (container, src)
      {
         var body = el("div", { id: WP + "-body", "class": "web-preview" }, container);
         var previewer = el("div", { id: WP + "-previewer-div", "class": "previewer Image" }, body);
         return {
            ready: new Promise(function (resolve)
            {
               var image = new Image();
               image.onload = function ()
               {
                  previewer.innerHTML = "";
                  previewer.appendChild(image);
                  resolve();
               };
               image.src = src;
            }),
            img: function () { return previewer.querySelector("img"); }
         };
      }
   };
}());
