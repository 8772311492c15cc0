/**
 * iOCR for Alfresco: where a recognised field sits on the rendered preview.
 *
 * The recognition API gives each field's location in the pixel space of the image that was recognised
 * (pages[].width x pages[].height; for a PDF page, the size the repository rendered it at). The preview shows
 * the same page at another size: the Image plugin scales the picture to its <img> box, PdfJs draws the page at
 * documentView.currentScale (page container size = floor(PDF points x scale) CSS px). Both show the whole page,
 * so a point maps by the page-relative fraction on each axis:
 *
 *     left = x / width,   top = y / height          (fractions of the page, 0..1)
 *     renderedLeft = left x renderedWidth, ...       (CSS px inside the rendered page)
 *
 * Fractions do not depend on the zoom level: an overlay positioned in percentages inside the page container
 * stays aligned at every zoom without being recomputed. Pure functions, no DOM; loaded as a browser script
 * (namespace IOCR.geometry) and as a CommonJS module by the unit tests.
 */
(function (root, factory)
{
   var api = factory();
   if (typeof module === "object" && module.exports)
   {
      module.exports = api;
   }
   if (root)
   {
      root.IOCR = root.IOCR || {};
      root.IOCR.geometry = api;
   }
}(typeof window !== "undefined" ? window : null, function iocrGeometryFactory()
{
   "use strict";

   function isNumber(n)
   {
      return typeof n === "number" && isFinite(n);
   }

   /**
    * The axis-aligned rectangle {x, y, width, height} (source pixels) of one API location.
    * box (four corner points, possibly rotated text) wins over cbox ([x, y, w, h]); null when neither is usable.
    */
   function boundsOfLocation(location)
   {
      if (!location)
      {
         return null;
      }
      var box = location.box, cbox = location.cbox;
      if (box && box.length >= 3)
      {
         var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
         for (var i = 0; i < box.length; i++)
         {
            var p = box[i];
            if (!p || !isNumber(p[0]) || !isNumber(p[1]))
            {
               return boundsOfLocation({ cbox: cbox });
            }
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
         }
         return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
      }
      if (cbox && cbox.length === 4 && isNumber(cbox[0]) && isNumber(cbox[1]) && isNumber(cbox[2]) && isNumber(cbox[3]))
      {
         return { x: cbox[0], y: cbox[1], width: cbox[2], height: cbox[3] };
      }
      return null;
   }

   /**
    * The rectangle as fractions {left, top, width, height} of a page of pageSize {width, height} source pixels,
    * clipped to the page. null when the page size is unknown or the rectangle lies wholly outside the page.
    */
   function toPageFractions(bounds, pageSize)
   {
      if (!bounds || !pageSize || !(pageSize.width > 0) || !(pageSize.height > 0))
      {
         return null;
      }
      var x0 = Math.max(0, bounds.x), y0 = Math.max(0, bounds.y),
          x1 = Math.min(pageSize.width, bounds.x + bounds.width), y1 = Math.min(pageSize.height, bounds.y + bounds.height);
      if (x1 <= x0 || y1 <= y0)
      {
         return null;
      }
      return {
         left: x0 / pageSize.width,
         top: y0 / pageSize.height,
         width: (x1 - x0) / pageSize.width,
         height: (y1 - y0) / pageSize.height
      };
   }

   /**
    * The rectangle in CSS px inside a page rendered at renderedSize {width, height}: the transformation from the
    * recognised image's pixel space to the preview, x' = x * renderedWidth / width, y' = y * renderedHeight / height.
    */
   function toRenderedRect(bounds, pageSize, renderedSize)
   {
      var f = toPageFractions(bounds, pageSize);
      if (!f || !renderedSize)
      {
         return null;
      }
      return {
         left: f.left * renderedSize.width,
         top: f.top * renderedSize.height,
         width: f.width * renderedSize.width,
         height: f.height * renderedSize.height
      };
   }

   /**
    * Parses the compact location list the panel template writes into data-iocr-locations:
    * "page:x1,y1,x2,y2,x3,y3,x4,y4" (a box) or "page:x,y,w,h" (a cbox), several separated by "|".
    * Returns [{page, bounds}] for the usable ones.
    */
   function parseLocations(text)
   {
      var result = [];
      if (!text)
      {
         return result;
      }
      var parts = String(text).split("|");
      for (var i = 0; i < parts.length; i++)
      {
         var m = /^\s*(\d+):(.*)$/.exec(parts[i]);
         if (!m)
         {
            continue;
         }
         var nums = m[2].split(",").map(Number), location = null;
         if (nums.length === 8)
         {
            location = { box: [[nums[0], nums[1]], [nums[2], nums[3]], [nums[4], nums[5]], [nums[6], nums[7]]] };
         }
         else if (nums.length === 4)
         {
            location = { cbox: nums };
         }
         var bounds = boundsOfLocation(location);
         if (bounds)
         {
            result.push({ page: parseInt(m[1], 10), bounds: bounds });
         }
      }
      return result;
   }

   /**
    * Parses data-iocr-pages, "1:1600x1000 2:1000x1400", into {1: {width, height}, ...}. A page whose size is not
    * known (0) is left out, so that callers fall back as for a missing page.
    */
   function parsePageSizes(text)
   {
      var sizes = {}, re = /(\d+):(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)/g, m;
      while ((m = re.exec(String(text || ""))) !== null)
      {
         var width = parseFloat(m[2]), height = parseFloat(m[3]);
         if (width > 0 && height > 0)
         {
            sizes[parseInt(m[1], 10)] = { width: width, height: height };
         }
      }
      return sizes;
   }

   return {
      boundsOfLocation: boundsOfLocation,
      toPageFractions: toPageFractions,
      toRenderedRect: toRenderedRect,
      parseLocations: parseLocations,
      parsePageSizes: parsePageSizes
   };
}));
