// Regsosek: the Camunda Forms in Tasklist are drawn by form-js, which has words of its own in English whatever the
// webapp's locale ("Search" and "Select" in select fields, "Nothing to show." in an empty table, its validation
// messages) and no translation hook in this version. In Indonesian this script puts them in Indonesian where
// form-js draws them, also later (a form renders after the task opens and redraws as it is filled): a
// MutationObserver on the page, touching nothing outside a form (.fjs-container). Texts of the form itself (labels,
// options) are ours and already Indonesian. When English was chosen (?lang=en) nothing is replaced.
const conf = window.camTasklistConf || {};
const language = conf.locales && conf.locales.fallbackLocale;

// Whole texts (text nodes, placeholder/title/aria-label), as form-js writes them.
const WORDS = {
  'Search': 'Cari',
  'Select': 'Pilih',
  'Nothing to show.': 'Tidak ada data.',
  'No content to show.': 'Tidak ada isi untuk ditampilkan.',
  'No results': 'Tidak ada hasil',
  'All values selected': 'Semua pilihan sudah dipilih',
  'Add new': 'Tambah',
  'Collapse': 'Ringkas',
  'Remove tag': 'Hapus',
  'Previous page': 'Halaman sebelumnya',
  'Next page': 'Halaman berikutnya',
  'Click to remove sorting': 'Klik untuk menghapus urutan',
  'Field is required.': 'Wajib diisi.',
  'Field must be a valid email.': 'Harus alamat email yang benar.',
  'Date and time must both be entered.': 'Tanggal dan jam harus diisi keduanya.',
  'Value is not a number.': 'Harus berupa angka.',
  'Should be a valid number': 'Harus berupa angka',
  'Should be a valid number.': 'Harus berupa angka.',
  'Should be an integer.': 'Harus bilangan bulat.',
  'Value is expected to be an integer.': 'Harus bilangan bulat.',
  // The date field: form-js keeps month/day/year whatever the locale, so the placeholder says so in Indonesian
  // (bulan/hari/tahun), and its calendar (flatpickr, drawn inside the form) gets Indonesian month and day names.
  'mm/dd/yyyy': 'bb/hh/tttt',
  'hh:mm': 'jj:mm',
  'January': 'Januari', 'February': 'Februari', 'March': 'Maret', 'May': 'Mei', 'June': 'Juni', 'July': 'Juli',
  'August': 'Agustus', 'October': 'Oktober', 'December': 'Desember',
  'Sun': 'Min', 'Mon': 'Sen', 'Tue': 'Sel', 'Wed': 'Rab', 'Thu': 'Kam', 'Fri': 'Jum', 'Sat': 'Sab'
};

// Texts with a value in them.
const PATTERNS = [
  [/^Field must match pattern .*\.$/, () => 'Isian tidak sesuai format yang diminta.'],
  [/^Field must have minimum value of (.*)\.$/, m => 'Paling kecil ' + m[1] + '.'],
  [/^Field must have maximum value of (.*)\.$/, m => 'Paling besar ' + m[1] + '.'],
  [/^Field must have minimum length of (.*)\.$/, m => 'Paling pendek ' + m[1] + ' karakter.'],
  [/^Field must have maximum length of (.*)\.$/, m => 'Paling panjang ' + m[1] + ' karakter.'],
  [/^Field must be a valid {1,2}international phone number.*$/, () => 'Harus nomor telepon internasional (mis. +6281234567890).'],
  [/^Should be at least (.*)\.$/, m => 'Paling kecil ' + m[1] + '.'],
  [/^Should be at most (.*)\.$/, m => 'Paling besar ' + m[1] + '.'],
  [/^Should not contain more than (\d+) decimal digits\.?$/, m => 'Paling banyak ' + m[1] + ' angka di belakang koma.'],
  [/^Value is expected to have at most (\d+) decimal digits\.?$/, m => 'Paling banyak ' + m[1] + ' angka di belakang koma.'],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    m => 'Pilih nilai yang sah; dua yang terdekat: ' + m[1] + ' dan ' + m[2] + '.'],
  [/^Expand all \((\d+)\)$/, m => 'Tampilkan semua (' + m[1] + ')'],
  [/^Remove list item (\d+)$/, m => 'Hapus baris ke-' + m[1]],
  [/^Click to sort by (.*) descending$/, m => 'Klik untuk mengurutkan menurut ' + m[1] + ' (menurun)'],
  [/^Click to sort by (.*) ascending$/, m => 'Klik untuk mengurutkan menurut ' + m[1] + ' (menaik)'],
  [/^List contains (\d+) items?$/, m => 'Daftar berisi ' + m[1] + ' baris']
];

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function indonesian(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let out = Object.prototype.hasOwnProperty.call(WORDS, trimmed) ? WORDS[trimmed] : null;
  for (let i = 0; out === null && i < PATTERNS.length; i++) {
    const m = trimmed.match(PATTERNS[i][0]);
    if (m) {
      out = PATTERNS[i][1](m);
    }
  }
  return out === null ? null : text.replace(trimmed, out);
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function translateText(node) {
  // The table's page counter is "1", " of ", "3": only there is " of " form-js's.
  if (node.nodeValue === ' of ' && node.parentElement && node.parentElement.closest('.fjs-table-nav')) {
    node.nodeValue = ' dari ';
    return;
  }
  const out = indonesian(node.nodeValue);
  if (out !== null) {
    node.nodeValue = out;
  }
}

function translateAttributes(element) {
  ATTRIBUTES.forEach(name => {
    const value = element.getAttribute(name);
    const out = value === null ? null : indonesian(value);
    if (out !== null) {
      element.setAttribute(name, out);
    }
  });
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (inForm(root)) {
      translateText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const forms = root.closest('.fjs-container') ? [root] : Array.from(root.querySelectorAll('.fjs-container'));
  forms.forEach(form => {
    translateAttributes(form);
    form.querySelectorAll('[placeholder], [title], [aria-label]').forEach(translateAttributes);
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  });
}

if (language === 'id') {
  // Each replacement is Indonesian already, so the mutations it causes change nothing further.
  new MutationObserver(records => records.forEach(record => {
    if (record.type === 'childList') {
      record.addedNodes.forEach(translateTree);
    } else if (record.type === 'characterData') {
      if (inForm(record.target)) {
        translateText(record.target);
      }
    } else if (inForm(record.target)) {
      translateAttributes(record.target);
    }
  })).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
  translateTree(document.documentElement);
}
