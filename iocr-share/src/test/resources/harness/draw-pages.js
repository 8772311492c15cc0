/*
 * Test harness only: draws the "scanned" page images of the harness document from the recognition result itself,
 * so every field's recognised text is printed exactly inside its box (known boxes). Page 1 is a VAT invoice laid
 * out like the seed's example, page 2 the taxi receipt that the seed lists under 购买方扣税凭证信息.
 * window.drawPages(recognition) -> [PNG data URL per page]
 */
(function ()
{
   "use strict";

   var INK = "#7a2e1a", TEXT = "#1d1d1d", FONT = "'Noto Sans CJK SC', 'Noto Serif CJK SC', 'WenQuanYi Micro Hei', sans-serif";

   function boundsOf(field)
   {
      var loc = (field.locations || [])[0];
      return loc && loc.box ? { page: loc.page, x: loc.box[0][0], y: loc.box[0][1],
         w: loc.box[2][0] - loc.box[0][0], h: loc.box[2][1] - loc.box[0][1] } : null;
   }

   function text(ctx, s, x, y, size, color, align)
   {
      ctx.font = size + "px " + FONT;
      ctx.fillStyle = color || TEXT;
      ctx.textAlign = align || "left";
      ctx.textBaseline = "middle";
      ctx.fillText(s, x, y);
   }

   function fitted(ctx, s, b)
   {
      var size = Math.round(b.h * 0.72);
      ctx.font = size + "px " + FONT;
      while (size > 8 && ctx.measureText(s).width > b.w - 6)
      {
         size -= 1;
         ctx.font = size + "px " + FONT;
      }
      text(ctx, s, b.x + 3, b.y + b.h / 2, size, TEXT);
   }

   function page1(ctx, fields)
   {
      ctx.strokeStyle = INK;
      ctx.lineWidth = 3;
      ctx.strokeRect(40, 190, 1520, 740);
      text(ctx, "增值税专用发票", 800, 95, 56, INK, "center");
      ctx.beginPath();
      ctx.moveTo(580, 135); ctx.lineTo(1020, 135); ctx.moveTo(580, 143); ctx.lineTo(1020, 143);
      ctx.stroke();
      [["发票代码", 61], ["发票号码", 105], ["开票日期", 149]].forEach(function (l) { text(ctx, l[0] + "：", 1170, l[1], 24, INK, "right"); });
      ctx.lineWidth = 2;
      [[190, 390], [410, 620], [700, 930]].forEach(function (band) { ctx.strokeRect(40, band[0], 1520, band[1] - band[0]); });
      ctx.strokeRect(40, 620, 1520, 80);
      // the party blocks: a narrow vertical title column, then the field captions
      ["购买方", "销售方"].forEach(function (title, k)
      {
         Array.prototype.forEach.call(title, function (ch, i) { text(ctx, ch, 68, (k ? 765 : 255) + i * 34, 26, INK, "center"); });
      });
      ctx.beginPath(); ctx.moveTo(96, 190); ctx.lineTo(96, 390); ctx.moveTo(96, 700); ctx.lineTo(96, 930); ctx.stroke();
      [["名称", 231], ["纳税人识别号", 275], ["地址、电话", 319], ["开户行及账号", 363]].forEach(function (l)
      {
         text(ctx, l[0] + "：", 224, l[1], 18, INK, "right");
         text(ctx, l[0] + "：", 224, l[1] + 530, 18, INK, "right");
      });
      [["货物或应税劳务、服务名称", 270], ["数量", 750], ["单价", 905], ["金额", 1105], ["税额", 1445]].forEach(function (h)
      {
         text(ctx, h[0], h[1], 440, 22, INK, "center");
      });
      text(ctx, "价税合计(大写)", 70, 660, 24, INK);
      text(ctx, "⊗ 叁佰陆拾圆整", 330, 660, 28, TEXT);
      text(ctx, "(小写)", 1230, 660, 24, INK, "right");
      // the seller's stamp
      ctx.strokeStyle = "rgba(200, 30, 30, 0.55)";
      ctx.lineWidth = 5;
      ctx.beginPath(); ctx.ellipse(1350, 820, 130, 85, 0, 0, Math.PI * 2); ctx.stroke();
      text(ctx, "发票专用章", 1350, 850, 24, "rgba(200, 30, 30, 0.6)", "center");
      text(ctx, "阿里云计算有限公司", 1350, 795, 20, "rgba(200, 30, 30, 0.6)", "center");
      drawValues(ctx, fields, 1);
   }

   function page2(ctx, fields)
   {
      ctx.strokeStyle = INK;
      ctx.lineWidth = 3;
      ctx.strokeRect(60, 60, 880, 1280);
      text(ctx, "出租汽车专用发票", 500, 150, 48, INK, "center");
      fields.forEach(function (f)
      {
         var b = boundsOf(f);
         if (b && b.page === 2)
         {
            text(ctx, f.key, 320, b.y + b.h / 2, 28, INK, "right");
         }
      });
      ctx.setLineDash([8, 6]);
      ctx.beginPath(); ctx.moveTo(100, 860); ctx.lineTo(900, 860); ctx.stroke();
      ctx.setLineDash([]);
      drawValues(ctx, fields, 2);
   }

   function drawValues(ctx, fields, page)
   {
      fields.forEach(function (f)
      {
         var b = boundsOf(f);
         if (b && b.page === page)
         {
            fitted(ctx, f.raw, b);
         }
      });
   }

   window.drawPages = function (recognition)
   {
      return recognition.pages.map(function (p)
      {
         var canvas = document.createElement("canvas");
         canvas.width = p.width;
         canvas.height = p.height;
         var ctx = canvas.getContext("2d");
         ctx.fillStyle = p.page === 1 ? "#fbf8ef" : "#fdfdfb";
         ctx.fillRect(0, 0, p.width, p.height);
         (p.page === 1 ? page1 : page2)(ctx, recognition.fields);
         return canvas.toDataURL("image/png");
      });
   };
}());
