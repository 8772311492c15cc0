/**
 * iOCR for Alfresco: field boxes drawn over the document-details preview.
 *
 * Works with the DOM the stock web-preview plugins produce, without changing them:
 *  - PdfJs: every page of the main view is div.page#<wp>-viewer-pageContainer-<n> (position: relative, sized to
 *    the page at the current zoom). A layer div.iocr-overlay is appended to each page and holds the boxes in
 *    percentages of the page, so zooming (which resizes the container) keeps them aligned. Pages and the whole
 *    viewer are rebuilt by the plugin (re-display, progressive loading); a MutationObserver re-adds missing layers.
 *  - Image: div.previewer.Image holds one <img>. The layer is placed over the image's box inside the previewer
 *    and follows it when the image is loaded or resized (ResizeObserver, window resize).
 * Page sizes come from the recognition API; for an image without one, the image's natural size is used.
 *
 * Depends on IOCR.geometry. No YUI; recognised text only ever reaches the DOM through setAttribute/textContent.
 */
(function ()
{
   "use strict";

   var IOCR = window.IOCR = window.IOCR || {};
   var geometry = IOCR.geometry;

   var PDF_PAGE_SELECTOR = ".previewer .page[id*='-viewer-pageContainer-']",
       PDF_PAGE_NUMBER = /-viewer-pageContainer-(\d+)$/,
       IMAGE_SELECTOR = ".previewer.Image > img",
       ACTIVE = "iocr-box-active";

   /**
    * @param options {Object}
    *    root        element under which the preview is looked for (default: document)
    *    fields      [{id, label, value, locations: [{page, bounds}]}]
    *    pageSizes   {pageNumber: {width, height}} in the recognised image's pixel space
    *    onBoxSelected  function(fieldId) called when the user clicks a box
    */
   IOCR.PreviewOverlay = function IOCR_PreviewOverlay(options)
   {
      this.root = options.root || document;
      this.onBoxSelected = options.onBoxSelected || function () {};
      this.activeFieldId = null;
      this.observer = null;
      this.resizeObserver = null;
      this.boundSync = this.sync.bind(this);
      this.setRecognition(options.fields || [], options.pageSizes || {});
   };

   IOCR.PreviewOverlay.prototype =
   {
      /** Replaces the fields and page sizes (after a refresh) and redraws every layer. */
      setRecognition: function IOCR_PreviewOverlay_setRecognition(fields, pageSizes)
      {
         this.fields = fields;
         this.pageSizes = pageSizes;
         this.generation = (this.generation || 0) + 1;
         this.sync();
      },

      /** Starts following the preview: re-adds layers whenever the plugin (re)builds pages or the image. */
      attach: function IOCR_PreviewOverlay_attach()
      {
         var target = this.root === document ? document.body : this.root;
         if (!this.observer && window.MutationObserver && target)
         {
            this.observer = new MutationObserver(this._onMutations.bind(this));
            this.observer.observe(target, { childList: true, subtree: true });
         }
         if (!this.resizeObserver && window.ResizeObserver)
         {
            this.resizeObserver = new ResizeObserver(this.boundSync);
         }
         window.addEventListener("resize", this.boundSync);
         this.sync();
      },

      detach: function IOCR_PreviewOverlay_detach()
      {
         if (this.observer)
         {
            this.observer.disconnect();
            this.observer = null;
         }
         if (this.resizeObserver)
         {
            this.resizeObserver.disconnect();
            this.resizeObserver = null;
         }
         window.removeEventListener("resize", this.boundSync);
         var layers = this.root.querySelectorAll(".iocr-overlay");
         for (var i = 0; i < layers.length; i++)
         {
            layers[i].parentNode.removeChild(layers[i]);
         }
      },

      /** Makes every rendered page (or the image) carry an up-to-date layer. Cheap when nothing changed. */
      sync: function IOCR_PreviewOverlay_sync()
      {
         var pages = this.root.querySelectorAll(PDF_PAGE_SELECTOR), i, m;
         for (i = 0; i < pages.length; i++)
         {
            m = PDF_PAGE_NUMBER.exec(pages[i].id);
            if (m)
            {
               this._ensureLayer(pages[i], parseInt(m[1], 10), this.pageSizes[parseInt(m[1], 10)]);
            }
         }
         var img = this.root.querySelector(IMAGE_SELECTOR);
         if (img)
         {
            this._syncImage(img);
         }
      },

      /** Highlights the boxes of one field (null clears) and, when asked, scrolls the first one into view. */
      highlight: function IOCR_PreviewOverlay_highlight(fieldId, scroll)
      {
         this.activeFieldId = fieldId;
         var boxes = this.root.querySelectorAll(".iocr-overlay .iocr-box"), first = null;
         for (var i = 0; i < boxes.length; i++)
         {
            var on = fieldId !== null && boxes[i].getAttribute("data-iocr-field") === fieldId;
            boxes[i].classList.toggle(ACTIVE, on);
            if (on && !first)
            {
               first = boxes[i];
            }
         }
         if (first && scroll)
         {
            scrollIntoContainer(first);
         }
         return first;
      },

      /** The boxes currently drawn for a field (one per location on a rendered page). */
      boxesOf: function IOCR_PreviewOverlay_boxesOf(fieldId)
      {
         var boxes = this.root.querySelectorAll(".iocr-overlay .iocr-box"), result = [];
         for (var i = 0; i < boxes.length; i++)
         {
            if (boxes[i].getAttribute("data-iocr-field") === fieldId)
            {
               result.push(boxes[i]);
            }
         }
         return result;
      },

      _onMutations: function IOCR_PreviewOverlay__onMutations(mutations)
      {
         for (var i = 0; i < mutations.length; i++)
         {
            var nodes = mutations[i].addedNodes;
            for (var j = 0; j < nodes.length; j++)
            {
               // Our own layers and boxes are not news.
               if (nodes[j].nodeType === 1 && !(nodes[j].classList.contains("iocr-overlay") || nodes[j].classList.contains("iocr-box")))
               {
                  this.sync();
                  return;
               }
            }
         }
      },

      _syncImage: function IOCR_PreviewOverlay__syncImage(img)
      {
         var host = img.parentNode;
         if (!img.complete || !img.naturalWidth)
         {
            img.addEventListener("load", this.boundSync, { once: true });
            return;
         }
         host.classList.add("iocr-overlay-host");
         var size = this.pageSizes[1] || { width: img.naturalWidth, height: img.naturalHeight };
         var layer = this._ensureLayer(host, 1, size);
         // The layer covers exactly the image's box inside the previewer (which the image may not fill).
         layer.style.left = img.offsetLeft + "px";
         layer.style.top = img.offsetTop + "px";
         layer.style.width = img.offsetWidth + "px";
         layer.style.height = img.offsetHeight + "px";
         layer.style.right = "auto";
         layer.style.bottom = "auto";
         // The image resizes (zoom, CSS) or moves inside a resized previewer (maximise, window): follow both.
         if (this.resizeObserver && !img.iocrObserved)
         {
            img.iocrObserved = true;
            this.resizeObserver.observe(img);
            this.resizeObserver.observe(host);
         }
      },

      _ensureLayer: function IOCR_PreviewOverlay__ensureLayer(container, pageNumber, pageSize)
      {
         var layer = null, children = container.children;
         for (var i = 0; i < children.length; i++)
         {
            if (children[i].classList.contains("iocr-overlay"))
            {
               layer = children[i];
            }
         }
         if (layer && layer.iocrGeneration === this.generation)
         {
            return layer;
         }
         if (!layer)
         {
            layer = document.createElement("div");
            layer.className = "iocr-overlay";
            container.appendChild(layer);
         }
         layer.iocrGeneration = this.generation;
         layer.setAttribute("data-iocr-page", String(pageNumber));
         layer.textContent = "";
         this._drawBoxes(layer, pageNumber, pageSize);
         return layer;
      },

      _drawBoxes: function IOCR_PreviewOverlay__drawBoxes(layer, pageNumber, pageSize)
      {
         for (var i = 0; i < this.fields.length; i++)
         {
            var field = this.fields[i];
            for (var j = 0; j < field.locations.length; j++)
            {
               var location = field.locations[j];
               var f = location.page === pageNumber ? geometry.toPageFractions(location.bounds, pageSize) : null;
               if (!f)
               {
                  continue;
               }
               var box = document.createElement("div");
               box.className = "iocr-box" + (field.id === this.activeFieldId ? " " + ACTIVE : "");
               box.setAttribute("data-iocr-field", field.id);
               box.setAttribute("title", field.label + ": " + field.value);
               box.setAttribute("role", "button");
               box.setAttribute("aria-label", field.label);
               box.style.left = percent(f.left);
               box.style.top = percent(f.top);
               box.style.width = percent(f.width);
               box.style.height = percent(f.height);
               box.addEventListener("click", this._onBoxClick.bind(this, field.id));
               layer.appendChild(box);
            }
         }
      },

      _onBoxClick: function IOCR_PreviewOverlay__onBoxClick(fieldId, event)
      {
         // The PdfJs viewer handles clicks on its pages (text selection); the box click is ours.
         event.stopPropagation();
         this.highlight(fieldId, false);
         this.onBoxSelected(fieldId);
      }
   };

   function percent(fraction)
   {
      return (fraction * 100).toFixed(4) + "%";
   }

   /**
    * Scrolls the nearest scrolling ancestor (the PdfJs viewer) so the element is centred in it, without moving
    * the window; falls back to scrollIntoView when nothing in between scrolls (Image preview).
    */
   function scrollIntoContainer(el)
   {
      for (var node = el.parentElement; node && node !== document.body; node = node.parentElement)
      {
         var style = window.getComputedStyle(node);
         if (/(auto|scroll)/.test(style.overflowY + style.overflowX) &&
             (node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth))
         {
            var n = node.getBoundingClientRect(), r = el.getBoundingClientRect();
            node.scrollTop += (r.top - n.top) - (node.clientHeight - r.height) / 2;
            node.scrollLeft += (r.left - n.left) - (node.clientWidth - r.width) / 2;
            return;
         }
      }
      if (el.scrollIntoView)
      {
         el.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
   }
   IOCR.PreviewOverlay.scrollIntoContainer = scrollIntoContainer;
}());
