<#--
   iOCR recognition panel (document-details, beside the Properties panel).
   Model: nodeRef, recognition (docs/recognition-api.md, GET iocr/recognition) or loadError, widgets.
   Every recognised or repository-supplied text is escaped with ?html (Surf FreeMarker does not auto-escape).
   With args.fragment == "body" only the panel body is rendered: the client swaps it in while recognition runs.
-->
<#assign RUNNING = ["PENDING", "SUBMITTED"]>

<#-- "1:x1,y1,...,x4,y4|2:x,y,w,h": each usable location (box points, else cbox) for IOCR.geometry.parseLocations -->
<#function locationsAttr field>
   <#local parts = []>
   <#list field.locations![] as loc>
      <#local nums = []>
      <#if loc.box?? && loc.box?size == 4>
         <#list loc.box as p>
            <#if p?? && p?size == 2 && p[0]?? && p[1]??><#local nums = nums + [p[0]?c, p[1]?c]></#if>
         </#list>
      </#if>
      <#if nums?size != 8>
         <#local nums = []>
         <#if loc.cbox?? && loc.cbox?size == 4>
            <#list loc.cbox as n><#if n??><#local nums = nums + [n?c]></#if></#list>
         </#if>
      </#if>
      <#if nums?size == 8 || nums?size == 4>
         <#local parts = parts + [(loc.page!1)?c + ":" + nums?join(",")]>
      </#if>
   </#list>
   <#return parts?join("|")>
</#function>

<#-- "1:1600x1000 2:1000x1400": the recognised image's size per page -->
<#function pagesAttr r>
   <#local parts = []>
   <#list r.pages![] as p>
      <#if p.page?? && p.width?? && p.height??><#local parts = parts + [p.page?c + ":" + p.width?c + "x" + p.height?c]></#if>
   </#list>
   <#return parts?join(" ")>
</#function>

<#-- 2025-03-17T07:38:02.000Z -> 2025-03-17 07:38 UTC -->
<#function timeText iso>
   <#if iso?length gte 16 && iso?ends_with("Z")><#return iso?substring(0, 16)?replace("T", " ") + " UTC"></#if>
   <#return iso>
</#function>

<#-- Fields come grouped by aspect; line-item cells (no aspect) and anything else without one form their own groups -->
<#function groupOf f>
   <#if f.aspect?has_content><#return f.aspect></#if>
   <#return f.lineItem???then("#lineItems", "#other")>
</#function>

<#function groupLabel f>
   <#if f.aspect?has_content><#return f.aspectLabel!f.aspect></#if>
   <#return msg(f.lineItem???then("iocr.group.lineItems", "iocr.group.other"))>
</#function>

<#-- A line-item cell is labelled by its column name (unitPrice, ...): shown translated where we know the column -->
<#function fieldLabel f>
   <#if f.lineItem?? && f.label?has_content>
      <#local key = "iocr.lineItem.column." + f.label>
      <#local text = msg(key)>
      <#if text != key><#return text></#if>
   </#if>
   <#return f.label!f.id>
</#function>

<#macro progress status>
   <ol class="iocr-progress" aria-label="${msg("iocr.progress.label")?html}">
      <li class="${(status == "PENDING")?then("iocr-step-current", "iocr-step-done")}">${msg("iocr.progress.queued")}</li>
      <li class="<#if status == "SUBMITTED">iocr-step-current<#else>iocr-step-todo</#if>">${msg("iocr.progress.recognising")}</li>
      <li class="iocr-step-todo">${msg("iocr.progress.done")}</li>
   </ol>
</#macro>

<#macro field f>
   <#local locations = locationsAttr(f)>
   <#local value = f.value!"">
   <li class="iocr-field" tabindex="0" data-iocr-field="${f.id?html}"<#if locations?has_content> data-iocr-locations="${locations?html}"</#if>>
      <span class="iocr-field-label" title="${(f.key!"")?html}">${fieldLabel(f)?html}</span>
      <span class="iocr-field-value"><#if value?has_content>${value?html}<#else><em>${msg("iocr.field.empty")}</em></#if><#if f.edited!false><span class="iocr-field-edited" title="${msg("iocr.field.edited.title")?html}">${msg("iocr.field.edited")}</span></#if></span>
      <#if f.raw?? && f.raw != value>
      <span class="iocr-field-extra">${msg("iocr.field.raw")} <span class="iocr-field-raw">${f.raw?html}</span></span>
      </#if>
      <#if !locations?has_content>
      <span class="iocr-field-extra iocr-field-nobox">${msg("iocr.field.noLocation")}</span>
      </#if>
      <#list f.warnings![] as w>
      <span class="iocr-field-warning">&#9888; ${w?html}</span>
      </#list>
   </li>
</#macro>

<#macro body>
   <#if loadError??>
      <div class="iocr-recognition-state" data-iocr-status="UNKNOWN">
         <div class="iocr-error" role="alert">${msg("iocr.load.error", loadError)?html}</div>
      </div>
   <#else>
      <#local r = recognition>
      <#local status = r.status!"NONE">
      <div class="iocr-recognition-state iocr-status-${status?lower_case?html}" data-iocr-status="${status?html}" data-iocr-pages="${pagesAttr(r)?html}">
         <div class="iocr-status">
            <span class="iocr-status-badge">${msg("iocr.status." + status)?html}</span>
            <#if r.docType?has_content><span class="iocr-status-detail">${r.docType?html}</span></#if>
            <#if r.template?has_content || r.classifier?has_content>
            <span class="iocr-status-detail">${msg("iocr.status.model", (r.template!r.classifier))?html}</span>
            </#if>
         </div>
         <#if RUNNING?seq_contains(status)>
            <@progress status/>
            <#if (r.attempts!0) gt 1><p class="iocr-status-detail">${msg("iocr.progress.attempt", (r.attempts)?c)}</p></#if>
         <#elseif status == "NONE">
            <p class="iocr-status-detail">${msg("iocr.status.NONE.help")}</p>
         </#if>

         <#if r.error??>
            <div class="iocr-error" role="alert">
               <strong>${msg("iocr.error.title")}</strong>
               <span class="iocr-error-message">${(r.error.message!"")?html}</span>
               <#if r.error.code?has_content><span class="iocr-error-code">${msg("iocr.error.code", r.error.code)?html}</span></#if>
               <p class="iocr-error-hint">${msg("iocr.error.hint." + (r.error.category!"TRANSIENT"))?html}</p>
            </div>
         </#if>

         <#if (r.warnings![])?has_content>
            <ul class="iocr-warnings" aria-label="${msg("iocr.warnings.label")?html}">
               <#list r.warnings as w><li>${w?html}</li></#list>
            </ul>
         </#if>

         <#local fields = r.fields![]>
         <#if fields?has_content>
            <#local group = "">
            <#local lineItem = -1>
            <#list fields as f>
               <#if groupOf(f) != group>
                  <#if group?has_content></ul></#if>
                  <#local group = groupOf(f)>
                  <#local lineItem = -1>
                  <h3 class="iocr-aspect">${groupLabel(f)?html}</h3>
                  <ul class="iocr-fields">
               </#if>
               <#if f.lineItem?? && f.lineItem != lineItem>
                  <#local lineItem = f.lineItem>
                  <li class="iocr-line-item" role="presentation">${msg("iocr.lineItem", (lineItem + 1)?c)?html}</li>
               </#if>
               <@field f/>
            </#list>
            </ul>
         <#elseif status == "SUCCEEDED">
            <p class="iocr-status-detail">${msg("iocr.fields.none")}</p>
         </#if>

         <#if r.canRerun!false>
            <div class="iocr-actions">
               <button type="button" class="iocr-rerun"<#if RUNNING?seq_contains(status)> disabled="disabled"</#if>>${msg((status == "NONE")?then("iocr.button.recognise", "iocr.button.rerun"))}</button>
            </div>
         </#if>

         <#if r.taskId?has_content || r.finished?has_content>
            <dl class="iocr-meta">
               <#if r.finished?has_content><dt>${msg("iocr.meta.finished")}</dt><dd>${timeText(r.finished)?html}</dd></#if>
               <#if r.attempts??><dt>${msg("iocr.meta.attempts")}</dt><dd>${r.attempts?c}</dd></#if>
               <#if r.taskId?has_content><dt>${msg("iocr.meta.task")}</dt><dd>${r.taskId?html}</dd></#if>
            </dl>
         </#if>
      </div>
   </#if>
</#macro>

<#if (args.fragment!"") == "body">
<@body/>
<#else>
<@standalone>
<@markup id="css">
   <@link href="${url.context}/res/iocr-share/components/recognition/iocr-recognition.css" group="document-details"/>
</@>

<@markup id="js">
   <@script src="${url.context}/res/iocr-share/components/recognition/iocr-geometry.js" group="document-details"/>
   <@script src="${url.context}/res/iocr-share/components/recognition/iocr-preview-overlay.js" group="document-details"/>
   <@script src="${url.context}/res/iocr-share/components/recognition/iocr-rerun.js" group="document-details"/>
   <@script src="${url.context}/res/iocr-share/components/recognition/iocr-recognition.js" group="document-details"/>
</@>

<@markup id="widgets">
   <@createWidgets group="document-details"/>
   <@inlineScript group="document-details">
      YAHOO.util.Event.onContentReady("${args.htmlid?js_string}-heading", function() {
         Alfresco.util.createTwister("${args.htmlid?js_string}-heading", "IocrRecognition");
      });
   </@>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign el = args.htmlid?html>
      <div class="iocr-recognition document-details-panel">
         <h2 id="${el}-heading" class="thin dark">${msg("iocr.heading")}</h2>
         <div id="${el}-body" class="panel-body iocr-recognition-body">
            <@body/>
         </div>
      </div>
   </@>
</@>
</@>
</#if>
