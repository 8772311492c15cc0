/**
 * iOCR for Alfresco: the "Recognition" panel on document-details.
 *
 * The markup (status, progress, error, warnings, fields grouped by aspect) is rendered on the server by
 * iocr-recognition.get.html.ftl, values escaped there; this script links it to the preview:
 *  - hovering or focusing a field highlights its box and scrolls the preview to it; clicking selects it;
 *  - clicking a box selects its field in the panel;
 *  - "Re-run recognition" queues recognition again (IOCR.rerunRecognition, CSRF-safe POST);
 *  - while recognition is queued or running, the panel re-fetches its body (fragment=body) until it settles,
 *    then fires "metadataRefresh" so the Properties panel shows the new values.
 *
 * Created by <@createWidgets>: new IOCR.RecognitionPanel(htmlId).setOptions({...}).setMessages({...}).
 */
(function ()
{
   "use strict";

   var IOCR = window.IOCR = window.IOCR || {};

   var RUNNING = { PENDING: true, SUBMITTED: true },
       FIELD_ACTIVE = "iocr-field-active",
       FIELD_HOVER = "iocr-field-hover",
       NAME = "IOCR.RecognitionPanel";

   IOCR.RecognitionPanel = function IOCR_RecognitionPanel(htmlId)
   {
      this.id = htmlId;
      this.name = NAME;
      this.options =
      {
         nodeRef: null,
         /** First delay between two refreshes while recognition runs (ms); grows to pollMaxInterval. */
         pollInterval: 3000,
         pollMaxInterval: 30000
      };
      this.selectedFieldId = null;
      this.pollDelay = 0;
      this.pollTimer = null;
      this.overlay = null;
      this.firingRefresh = false;

      if (Alfresco.util.ComponentManager)
      {
         Alfresco.util.ComponentManager.register(this);
      }
      var self = this;
      if (document.readyState === "loading")
      {
         document.addEventListener("DOMContentLoaded", function () { self.onReady(); });
      }
      else
      {
         window.setTimeout(function () { self.onReady(); }, 0);
      }
   };

   IOCR.RecognitionPanel.prototype =
   {
      setOptions: function IOCR_RecognitionPanel_setOptions(options)
      {
         for (var key in options)
         {
            if (Object.prototype.hasOwnProperty.call(options, key))
            {
               this.options[key] = options[key];
            }
         }
         return this;
      },

      setMessages: function IOCR_RecognitionPanel_setMessages(messages)
      {
         Alfresco.util.addMessages(messages, this.name);
         return this;
      },

      msg: function IOCR_RecognitionPanel_msg(key)
      {
         return Alfresco.util.message.call(null, key, this.name, Array.prototype.slice.call(arguments, 1));
      },

      onReady: function IOCR_RecognitionPanel_onReady()
      {
         this.body = document.getElementById(this.id + "-body");
         if (!this.body)
         {
            return;
         }
         this.body.addEventListener("mouseover", this._onFieldHover.bind(this, true));
         this.body.addEventListener("mouseout", this._onFieldHover.bind(this, false));
         this.body.addEventListener("focusin", this._onFieldHover.bind(this, true));
         this.body.addEventListener("click", this._onClick.bind(this));
         this.body.addEventListener("keydown", this._onKeyDown.bind(this));

         this.overlay = new IOCR.PreviewOverlay(
         {
            fields: this._readFields(),
            pageSizes: this._readPageSizes(),
            onBoxSelected: this.selectField.bind(this)
         });
         this.overlay.attach();

         YAHOO.Bubbling.on(IOCR.TOPIC_RECOGNITION_QUEUED, this._onRecognitionQueued, this);
         YAHOO.Bubbling.on("metadataRefresh", this._onMetadataRefresh, this);
         this._schedulePoll(true);
      },

      /** The recognition status shown in the panel (NONE, PENDING, SUBMITTED, SUCCEEDED, FAILED, UNSUPPORTED). */
      getStatus: function IOCR_RecognitionPanel_getStatus()
      {
         var el = this.body && this.body.querySelector("[data-iocr-status]");
         return el ? el.getAttribute("data-iocr-status") : null;
      },

      /** Selects a field: marks its row, highlights its boxes and scrolls both into view. */
      selectField: function IOCR_RecognitionPanel_selectField(fieldId)
      {
         this.selectedFieldId = fieldId;
         var rows = this.body.querySelectorAll(".iocr-field"), row = null;
         for (var i = 0; i < rows.length; i++)
         {
            var on = rows[i].getAttribute("data-iocr-field") === fieldId;
            rows[i].classList.toggle(FIELD_ACTIVE, on);
            if (on)
            {
               rows[i].setAttribute("aria-current", "true");
            }
            else
            {
               rows[i].removeAttribute("aria-current");
            }
            if (on)
            {
               row = rows[i];
            }
         }
         if (row && row.scrollIntoView)
         {
            row.scrollIntoView({ block: "nearest", inline: "nearest" });
         }
         this.overlay.highlight(fieldId, true);
      },

      /** Re-fetches the panel body from the Share tier and re-links it to the preview. */
      refresh: function IOCR_RecognitionPanel_refresh()
      {
         var before = this.getStatus();
         Alfresco.util.Ajax.request(
         {
            url: Alfresco.constants.URL_SERVICECONTEXT + "components/iocr/recognition?nodeRef=" +
                 encodeURIComponent(this.options.nodeRef) + "&htmlid=" + encodeURIComponent(this.id) + "&fragment=body",
            method: "GET",
            successCallback:
            {
               fn: function IOCR_RecognitionPanel_refresh_success(response)
               {
                  this._replaceBody(response.serverResponse.responseText);
                  var after = this.getStatus();
                  if (RUNNING[before] && !RUNNING[after])
                  {
                     // New values were written to the node: let the Properties panel reload.
                     this.firingRefresh = true;
                     YAHOO.Bubbling.fire("metadataRefresh");
                     this.firingRefresh = false;
                  }
                  this._schedulePoll(false);
               },
               scope: this
            },
            failureCallback:
            {
               fn: function IOCR_RecognitionPanel_refresh_failure()
               {
                  this._schedulePoll(false);
               },
               scope: this
            },
            noReloadOnAuthFailure: true
         });
      },

      _replaceBody: function IOCR_RecognitionPanel__replaceBody(html)
      {
         // Server-rendered by our own template (values escaped there), exactly as Alfresco components refresh.
         this.body.innerHTML = html;
         this.overlay.setRecognition(this._readFields(), this._readPageSizes());
         if (this.selectedFieldId !== null)
         {
            this.selectField(this.selectedFieldId);
         }
      },

      rerun: function IOCR_RecognitionPanel_rerun(button)
      {
         var self = this;
         button.disabled = true;
         IOCR.rerunRecognition(this.options.nodeRef,
         {
            success: function ()
            {
               Alfresco.util.PopupManager.displayMessage({ text: self.msg("iocr.rerun.queued") });
            },
            failure: function (message)
            {
               button.disabled = false;
               Alfresco.util.PopupManager.displayMessage({ text: self.msg("iocr.rerun.failed", message) });
            }
         });
      },

      _onRecognitionQueued: function IOCR_RecognitionPanel__onRecognitionQueued(layer, args)
      {
         var payload = args && args[1];
         if (!payload || payload.nodeRef === this.options.nodeRef)
         {
            this._stopPoll();
            this.refresh();
         }
      },

      _onMetadataRefresh: function IOCR_RecognitionPanel__onMetadataRefresh()
      {
         if (!this.firingRefresh)
         {
            this._stopPoll();
            this.refresh();
         }
      },

      _schedulePoll: function IOCR_RecognitionPanel__schedulePoll(reset)
      {
         this._stopPoll();
         if (!RUNNING[this.getStatus()])
         {
            this.pollDelay = 0;
            return;
         }
         this.pollDelay = reset || !this.pollDelay ? this.options.pollInterval :
               Math.min(Math.round(this.pollDelay * 1.5), this.options.pollMaxInterval);
         this.pollTimer = window.setTimeout(this.refresh.bind(this), this.pollDelay);
      },

      _stopPoll: function IOCR_RecognitionPanel__stopPoll()
      {
         if (this.pollTimer)
         {
            window.clearTimeout(this.pollTimer);
            this.pollTimer = null;
         }
      },

      _readFields: function IOCR_RecognitionPanel__readFields()
      {
         var rows = this.body.querySelectorAll(".iocr-field[data-iocr-field]"), fields = [];
         for (var i = 0; i < rows.length; i++)
         {
            var label = rows[i].querySelector(".iocr-field-label"), value = rows[i].querySelector(".iocr-field-value");
            fields.push(
            {
               id: rows[i].getAttribute("data-iocr-field"),
               label: label ? label.textContent.trim() : "",
               value: value ? value.textContent.trim() : "",
               locations: IOCR.geometry.parseLocations(rows[i].getAttribute("data-iocr-locations"))
            });
         }
         return fields;
      },

      _readPageSizes: function IOCR_RecognitionPanel__readPageSizes()
      {
         var el = this.body.querySelector("[data-iocr-pages]");
         return IOCR.geometry.parsePageSizes(el ? el.getAttribute("data-iocr-pages") : "");
      },

      _fieldRow: function IOCR_RecognitionPanel__fieldRow(target)
      {
         return target && target.closest ? target.closest(".iocr-field[data-iocr-field]") : null;
      },

      _onFieldHover: function IOCR_RecognitionPanel__onFieldHover(entering, event)
      {
         var row = this._fieldRow(event.target);
         if (!row || row.contains(event.relatedTarget))
         {
            // moving between the parts of one row: the row was entered once, scroll once
            return;
         }
         row.classList.toggle(FIELD_HOVER, entering);
         this.overlay.highlight(entering ? row.getAttribute("data-iocr-field") : this.selectedFieldId, entering);
      },

      _onClick: function IOCR_RecognitionPanel__onClick(event)
      {
         var button = event.target.closest ? event.target.closest(".iocr-rerun") : null;
         if (button)
         {
            event.preventDefault();
            this.rerun(button);
            return;
         }
         var row = this._fieldRow(event.target);
         if (row)
         {
            this.selectField(row.getAttribute("data-iocr-field"));
         }
      },

      _onKeyDown: function IOCR_RecognitionPanel__onKeyDown(event)
      {
         var row = this._fieldRow(event.target);
         if (row && (event.key === "Enter" || event.key === " "))
         {
            event.preventDefault();
            this.selectField(row.getAttribute("data-iocr-field"));
         }
      }
   };
}());
