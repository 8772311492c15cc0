<import resource="classpath:/alfresco/templates/org/alfresco/import/alfresco-util.js">

/**
 * iOCR recognition panel controller: reads the node's recognition from the repository web script
 * GET /iocr/recognition/{store_type}/{store_id}/{id} (docs/recognition-api.md) and hands it to the template.
 * Rendering decisions stay in the template; this only fetches and reports failures.
 */
function main()
{
   var nodeRef = AlfrescoUtil.param("nodeRef");
   model.nodeRef = nodeRef;

   var result = remote.connect("alfresco").get("/iocr/recognition/" + nodeRef.replace(":/", ""));
   var code = result.status.code;
   if (code == 200)
   {
      model.recognition = JSON.parse(result.response);
   }
   else
   {
      // 403/404: the user may not read the node or it is gone; anything else: the repository is not answering.
      model.loadError = String(code);
   }

   model.widgets = [
   {
      id: "IocrRecognitionPanel",
      name: "IOCR.RecognitionPanel",
      options:
      {
         nodeRef: nodeRef
      }
   }];
}

main();
