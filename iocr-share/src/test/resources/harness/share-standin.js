/*
 * Test harness only: a minimal stand-in for the Share globals our client scripts use (YAHOO.Bubbling,
 * YAHOO.util.Event.onContentReady, Alfresco.constants, Alfresco.util.{addMessages, message, Ajax, CSRFPolicy,
 * PopupManager, ComponentManager, createTwister}). Share's own YUI/Alfresco libraries are not available offline.
 * Each piece keeps the behaviour our scripts rely on: Ajax.request/jsonPost add the CSRF header from the
 * Alfresco-CSRFToken cookie as web-framework-commons alfresco.js does; message() resolves global then scoped
 * messages and substitutes {n} tokens.
 */
(function ()
{
   "use strict";

   var subscribers = {};
   window.harness = { fired: [], messages: [], actions: {} };

   window.YAHOO =
   {
      Bubbling:
      {
         on: function (topic, fn, scope)
         {
            (subscribers[topic] = subscribers[topic] || []).push({ fn: fn, scope: scope });
         },
         fire: function (topic, payload)
         {
            window.harness.fired.push(topic);
            if (topic === "registerAction")
            {
               window.harness.actions[payload.actionName] = payload.fn;
            }
            (subscribers[topic] || []).forEach(function (s)
            {
               s.fn.call(s.scope, topic, [topic, payload]);
            });
         }
      },
      util:
      {
         Event:
         {
            onContentReady: function (id, fn)
            {
               var poll = function () { document.getElementById(id) ? fn() : window.setTimeout(poll, 10); };
               poll();
            }
         }
      }
   };

   var global = {}, scoped = {};

   function cookie(name)
   {
      var m = new RegExp("(?:^|; )" + name + "=([^;]*)").exec(document.cookie);
      return m ? decodeURIComponent(m[1]).replace(/^"|"$/g, "") : null;
   }

   var CSRFPolicy =
   {
      isFilterEnabled: function () { return true; },
      getHeader: function () { return "Alfresco-CSRFToken"; },
      getToken: function () { return cookie("Alfresco-CSRFToken"); }
   };

   function request(config)
   {
      var xhr = new XMLHttpRequest();
      xhr.open(config.method || "GET", config.url, true);
      if (config.requestContentType)
      {
         xhr.setRequestHeader("Content-Type", config.requestContentType);
      }
      if (CSRFPolicy.isFilterEnabled() && (config.method || "GET") !== "GET")
      {
         xhr.setRequestHeader(CSRFPolicy.getHeader(), CSRFPolicy.getToken());
      }
      xhr.onload = function ()
      {
         var response = { serverResponse: xhr, json: null };
         try
         {
            response.json = JSON.parse(xhr.responseText);
         }
         catch (e)
         {
            response.json = null;
         }
         var cb = xhr.status >= 200 && xhr.status < 300 ? config.successCallback : config.failureCallback;
         if (cb)
         {
            cb.fn.call(cb.scope || window, response, cb.obj);
         }
      };
      xhr.send(config.dataObj ? JSON.stringify(config.dataObj) : null);
   }

   window.Alfresco =
   {
      constants:
      {
         PROXY_URI: location.origin + "/share/proxy/alfresco/",
         URL_CONTEXT: "/share/",
         URL_RESCONTEXT: "/share/res/",
         URL_SERVICECONTEXT: "/share/service/"
      },
      messages: { global: global, scope: scoped },
      util:
      {
         addMessages: function (messages, scope)
         {
            scoped[scope] = Object.assign(scoped[scope] || {}, messages);
         },
         message: function (id, scope)
         {
            var text = (scope && scoped[scope] && scoped[scope][id]) || global[id] || id;
            var tokens = arguments.length === 3 && typeof arguments[2] === "object" ? arguments[2]
                  : Array.prototype.slice.call(arguments, 2);
            return text.replace(/\{(\d+)\}/g, function (m, n) { return tokens[n] !== undefined ? tokens[n] : m; });
         },
         CSRFPolicy: CSRFPolicy,
         Ajax:
         {
            request: request,
            jsonPost: function (config)
            {
               request(Object.assign({}, config, { method: "POST", requestContentType: "application/json" }));
            }
         },
         PopupManager:
         {
            displayMessage: function (config)
            {
               window.harness.messages.push(config.text);
               var el = document.createElement("div");
               el.className = "harness-toast";
               el.textContent = config.text;
               document.body.appendChild(el);
               window.setTimeout(function () { el.remove(); }, 1500);
            }
         },
         ComponentManager:
         {
            list: [],
            register: function (component) { this.list.push(component); }
         },
         createTwister: function () {}
      }
   };
}());
