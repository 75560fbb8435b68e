// Regsosek: some labels are drawn once, when their widget first appears (Tasklist's search box and sorting,
// Cockpit's searches): if the locale file is still on its way at that moment, the raw key (SEARCH_PLACEHOLDER,
// CREATION_DATE) stays on screen. This custom script runs before the webapp starts (see customScripts in
// config.js): it fetches the chosen locale's labels and gives them to angular-translate up front. The webapp's own
// loader still fetches the file afterwards (forceAsyncReload), as it also sets the date locale.
// Tasklist, Cockpit and the profile page each carry an identical copy (WebappLocaleTest checks they stay so).
const base = document.querySelector('base');
const app = base.getAttribute('app-name');
const conf = window['cam' + app.charAt(0).toUpperCase() + app.slice(1) + 'Conf'] || {};
const language = conf.locales && conf.locales.fallbackLocale;

if (language) {
  const url = base.getAttribute('app-root') + '/app/' + app + '/locales/' + language + '.json?bust=' + window.bust;
  const response = await fetch(url, {credentials: 'same-origin'});
  if (response.ok) {
    const labels = (await response.json()).labels;
    window.angular.module('pascalprecht.translate').config(['$translateProvider', function (translate) {
      translate.translations(language, labels);
      translate.forceAsyncReload(true);
    }]);
  }
}
