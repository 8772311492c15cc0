/**
 * iOCR for Alfresco: asking the repository to recognise a document again.
 *
 * One function shared by the recognition panel's button and the document library action. It POSTs through the
 * Share proxy with Alfresco.util.Ajax, which adds the CSRF token header (Alfresco.util.CSRFPolicy) that Share's
 * CSRF filter requires on every POST; never a raw XMLHttpRequest.
 */
(function ()
{
   "use strict";

   var IOCR = window.IOCR = window.IOCR || {};

   /** Bubbling topic fired after the repository accepted a re-run; payload {nodeRef}. */
   IOCR.TOPIC_RECOGNITION_QUEUED = "iocrRecognitionQueued";

   /** The repository web script URL (through the Share proxy) for a nodeRef, optionally with a suffix. */
   IOCR.recognitionUrl = function IOCR_recognitionUrl(nodeRef, suffix)
   {
      // workspace://SpacesStore/<id> -> workspace/SpacesStore/<id>
      var path = String(nodeRef).replace(":/", "").split("/").map(encodeURIComponent).join("/");
      return Alfresco.constants.PROXY_URI + "iocr/recognition/" + path + (suffix || "");
   };

   /**
    * Queues recognition of nodeRef again (the repository keeps values a user edited).
    * @param callbacks {success: function(recognition), failure: function(message)} called in no particular scope
    */
   IOCR.rerunRecognition = function IOCR_rerunRecognition(nodeRef, callbacks)
   {
      Alfresco.util.Ajax.jsonPost(
      {
         url: IOCR.recognitionUrl(nodeRef, "/rerun"),
         dataObj: { force: true },
         successCallback:
         {
            fn: function IOCR_rerunRecognition_success(response)
            {
               YAHOO.Bubbling.fire(IOCR.TOPIC_RECOGNITION_QUEUED, { nodeRef: nodeRef });
               callbacks.success(response.json);
            }
         },
         failureCallback:
         {
            fn: function IOCR_rerunRecognition_failure(response)
            {
               var json = response.json || {}, message = json.message || (json.error && json.error.message) || "";
               if (!message && response.serverResponse)
               {
                  message = String(response.serverResponse.status || "");
               }
               callbacks.failure(message);
            }
         }
      });
   };
}());
