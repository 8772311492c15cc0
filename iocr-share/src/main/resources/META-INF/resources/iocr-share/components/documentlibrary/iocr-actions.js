/**
 * iOCR for Alfresco: the document library action "Re-run recognition" (list and details views).
 *
 * Loaded on document library and document-details pages through the DocLibCustom dependencies
 * (share-config-custom.xml); registered with the stock "registerAction" topic, so Alfresco.DocumentList and
 * Alfresco.DocumentActions install it as onActionIocrRerunRecognition and call it with the item's record.
 */
(function ()
{
   "use strict";

   var IOCR = window.IOCR = window.IOCR || {};

   /** The action function; `this` is the document list or document actions component. */
   IOCR.onActionRerunRecognition = function IOCR_onActionRerunRecognition(record)
   {
      var displayName = record.displayName || (record.location && record.location.file) || "";
      IOCR.rerunRecognition(record.nodeRef,
      {
         success: function ()
         {
            Alfresco.util.PopupManager.displayMessage(
            {
               text: Alfresco.util.message("iocr-share.action.rerun.success", null, displayName)
            });
            // Document list rows re-render (status indicator); details pages reload their panels.
            YAHOO.Bubbling.fire("metadataRefresh");
         },
         failure: function (message)
         {
            Alfresco.util.PopupManager.displayMessage(
            {
               text: Alfresco.util.message("iocr-share.action.rerun.failure", null, displayName, message)
            });
         }
      });
   };

   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionIocrRerunRecognition",
      fn: IOCR.onActionRerunRecognition
   });
}());
