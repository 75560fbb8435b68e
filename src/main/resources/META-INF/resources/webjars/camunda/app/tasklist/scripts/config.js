/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Regsosek: the webapps speak Indonesian to every browser, English-language ones included (the office's staff
// often have those): `id` is the only locale offered unless this browser asked for English. Whoever needs
// Camunda's own English wording (support, following Camunda's documentation) opens the app once with `?lang=en`;
// `?lang=id` goes back. The choice is kept in this browser for Tasklist, Cockpit and the profile page alike.
const REGSOSEK_LANG_KEY = 'regsosek-webapp-lang';
const regsosekAsked = new URLSearchParams(window.location.search).get('lang');
if (regsosekAsked === 'en' || regsosekAsked === 'id') {
  window.localStorage.setItem(REGSOSEK_LANG_KEY, regsosekAsked);
}
const regsosekLang = window.localStorage.getItem(REGSOSEK_LANG_KEY) === 'en' ? 'en' : 'id';

// Regsosek: "Buat tugas" (a standalone task) is not for people here: the REST allowlist refuses creating a task to
// every person, so the navbar action would only lead to an error. Tasklist drops the plugins its <base> tag names in
// `cam-exclude-plugins` ("plugin point:plugin id"); this file is loaded before the plugins register, so it sets that.
const REGSOSEK_EXCLUDED_PLUGINS = ['tasklist.navbar.action:create-task-action'];
const regsosekBase = document.querySelector('base');
if (regsosekBase) {
  const already = (regsosekBase.getAttribute('cam-exclude-plugins') || '').split(',').map(p => p.trim())
    .filter(p => p);
  regsosekBase.setAttribute('cam-exclude-plugins',
    already.concat(REGSOSEK_EXCLUDED_PLUGINS.filter(p => !already.includes(p))).join(','));
}

export default {
  locales: {
    availableLocales: [regsosekLang],
    fallbackLocale: regsosekLang
  },
  // its labels in place before the first screen is drawn; form-js's own words in Indonesian (see the scripts)
  customScripts: ['scripts/regsosek-labels', 'scripts/regsosek-formjs'],
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
