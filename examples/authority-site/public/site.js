// The site's own script: its language switcher, which keeps the chosen language in the address
// from page to page. The icra widgets need none of this; they follow <html lang> by themselves, as
// they would on any site.
const TEXT = {
  az: {
    skip: 'Əsas məzmuna keç',
    name: 'Quba Rayon İcra Hakimiyyəti',
    tagline: 'Vətəndaşa xidmət — bizim işimiz',
    sections: 'Bölmələr',
    'nav.home': 'Ana səhifə',
    'nav.news': 'Xəbərlər',
    'nav.cabinet': 'Şəxsi kabinet',
    'nav.newsroom': 'Xəbər otağı',
    'newsroom.heading': 'Xəbər otağı',
    'newsroom.lead': 'İcra hakimiyyətinin redaktorları üçün: xəbər yazın, dərc edin, geri çəkin.',
    'nav.contacts': 'Əlaqə',
    'news.heading': 'Rayonda görülən işlər',
    'news.lead': 'İcra hakimiyyətinin son xəbərləri.',
    'contacts.heading': 'Əlaqə',
    'contacts.address': 'Quba şəhəri, Heydər Əliyev prospekti',
    'contacts.hours': 'Qəbul: bazar ertəsi – cümə, 09:00–18:00',
    'contacts.note': 'Bu sayt nümayiş üçündür: xəbərlər "Rəqəmsal İcra Hakimiyyəti" portalından gəlir.',
    'nav.services': 'E-xidmətlər',
    'services.heading': 'Elektron xidmətlər',
    'services.lead':
      'İcra hakimiyyətinin xidmətləri: nə lazımdır, nə qədər çəkir və haradan müraciət etmək olar.',
    'nav.participation': 'E-iştirak',
    'service.heading': 'E-xidmət',
    'nav.moderation': 'Moderasiya',
    'poll.heading': 'Sorğu',
    'poll.all': 'Bütün sorğular və yeni müraciət',
    'participation.heading': 'E-iştirak',
    'moderation.heading': 'Moderasiya',
    'moderation.lead':
      'İcra hakimiyyətinin moderatorları üçün: vətəndaşların müraciətlərinə baxın, onları sorğuya çevirin və ya səbəbini yazaraq rədd edin.',
    'nav.desk': 'Xidmət müraciətləri',
    'desk.heading': 'Xidmət müraciətləri',
    'desk.lead':
      'İcra hakimiyyətinin xidmət əməkdaşları üçün: vətəndaşların e-xidmət müraciətlərinə baxın, çatışmayanı istəyin, təsdiq edin və nəticə sənədini verin.',
    'nav.reception': 'Vətəndaş qəbulu',
    'reception.heading': 'Vətəndaş qəbulu',
    'reception.lead':
      'İcra hakimiyyətinin başçısı və rəhbər şəxsləri ilə görüş üçün müraciət edin. Görüşün vaxtı, yeri və sizi qəbul edəcək şəxs şəxsi kabinetinizdə göstəriləcək.',
    'nav.receptionDesk': 'Qəbul cədvəli',
    'receptionDesk.heading': 'Qəbul cədvəli',
    'receptionDesk.lead':
      'Qəbul əməkdaşları üçün: vətəndaşların görüş müraciətlərinə baxın, vəzifəli şəxsin və otağın boş vaxtına təyin edin, vaxtı dəyişin, imtina edin və ya ləğv edin.',
    staff: 'Əməkdaşlar üçün',
    footer: '© 2026 Quba Rayon İcra Hakimiyyəti (nümunə sayt)',
  },
  en: {
    skip: 'Skip to main content',
    name: 'Guba District Executive Power',
    tagline: 'Serving citizens is our work',
    sections: 'Sections',
    'nav.home': 'Home',
    'nav.news': 'News',
    'nav.cabinet': 'Personal cabinet',
    'nav.newsroom': 'Newsroom',
    'newsroom.heading': 'Newsroom',
    'newsroom.lead': "For the executive power's editors: write, publish and withdraw news.",
    'nav.contacts': 'Contacts',
    'news.heading': 'Work done in the district',
    'news.lead': 'The latest news from the executive power.',
    'contacts.heading': 'Contacts',
    'contacts.address': 'Heydar Aliyev Avenue, Guba',
    'contacts.hours': 'Reception: Monday to Friday, 09:00–18:00',
    'contacts.note':
      'This is a demonstration site: the news comes from the "Digital Executive Power" portal.',
    'nav.services': 'E-services',
    'services.heading': 'E-services',
    'services.lead': "The executive power's services: what you need, how long it takes and where to apply.",
    'nav.participation': 'E-participation',
    'service.heading': 'E-service',
    'nav.moderation': 'Moderation',
    'poll.heading': 'Poll',
    'poll.all': 'All polls, and a new application',
    'participation.heading': 'E-participation',
    'moderation.heading': 'Moderation',
    'moderation.lead':
      "For the executive power's moderators: review citizens' applications, turn them into polls or reject them with a reason.",
    'nav.desk': 'Service applications',
    'desk.heading': 'Service applications',
    'desk.lead':
      "For the executive power's service officers: review citizens' e-service applications, ask for what is missing, approve them and issue the result.",
    'nav.reception': 'Citizen reception',
    'reception.heading': 'Citizen reception',
    'reception.lead':
      'Ask to meet the head of the executive power or one of its officials. The time, the place and who will receive you are shown in your personal cabinet.',
    'nav.receptionDesk': 'Reception schedule',
    'receptionDesk.heading': 'Reception schedule',
    'receptionDesk.lead':
      'For reception officers: consider citizens’ requests for a meeting, give them a free time of the official and the room, reschedule, decline or cancel.',
    staff: 'For staff',
    footer: '© 2026 Guba District Executive Power (example site)',
  },
  ru: {
    skip: 'Перейти к основному содержанию',
    name: 'Исполнительная власть Губинского района',
    tagline: 'Служить гражданам — наша работа',
    sections: 'Разделы',
    'nav.home': 'Главная',
    'nav.news': 'Новости',
    'nav.cabinet': 'Личный кабинет',
    'nav.newsroom': 'Редакция',
    'newsroom.heading': 'Редакция',
    'newsroom.lead': 'Для редакторов исполнительной власти: пишите, публикуйте и снимайте новости.',
    'nav.contacts': 'Контакты',
    'news.heading': 'Работа, проделанная в районе',
    'news.lead': 'Последние новости исполнительной власти.',
    'contacts.heading': 'Контакты',
    'contacts.address': 'г. Губа, проспект Гейдара Алиева',
    'contacts.hours': 'Приём: с понедельника по пятницу, 09:00–18:00',
    'contacts.note':
      'Это демонстрационный сайт: новости приходят с портала «Цифровая исполнительная власть».',
    'nav.services': 'Э-услуги',
    'services.heading': 'Электронные услуги',
    'services.lead': 'Услуги исполнительной власти: что нужно, сколько это займёт и куда обращаться.',
    'nav.participation': 'Э-участие',
    'service.heading': 'Электронная услуга',
    'nav.moderation': 'Модерация',
    'poll.heading': 'Опрос',
    'poll.all': 'Все опросы и новое обращение',
    'participation.heading': 'Электронное участие',
    'moderation.heading': 'Модерация',
    'moderation.lead':
      'Для модераторов исполнительной власти: рассматривайте обращения граждан, превращайте их в опросы или отклоняйте с указанием причины.',
    'nav.desk': 'Заявления на услуги',
    'desk.heading': 'Заявления на услуги',
    'desk.lead':
      'Для сотрудников исполнительной власти, оказывающих услуги: рассматривайте заявления граждан на электронные услуги, запрашивайте недостающее, одобряйте их и выдавайте результат.',
    'nav.reception': 'Приём граждан',
    'reception.heading': 'Приём граждан',
    'reception.lead':
      'Запишитесь на встречу с главой исполнительной власти или его заместителями. Время, место и того, кто вас примет, покажет ваш личный кабинет.',
    'nav.receptionDesk': 'Расписание приёма',
    'receptionDesk.heading': 'Расписание приёма',
    'receptionDesk.lead':
      'Для сотрудников приёма: рассматривайте заявки граждан на встречу, назначайте свободное время должностного лица и кабинета, переносите, отклоняйте или отменяйте.',
    staff: 'Для сотрудников',
    footer: '© 2026 Исполнительная власть Губинского района (пример сайта)',
  },
};

const DEFAULT_LANG = 'az';

/** The language this page was opened in: `?lang=` of its address (az when absent or unknown). */
function addressLanguage() {
  const lang = new URL(location.href).searchParams.get('lang');
  return lang && lang in TEXT ? lang : DEFAULT_LANG;
}

/** `url` with `lang` in its query (none for the default language, so plain addresses stay plain). */
function withLanguage(url, lang) {
  if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return url;
}

/**
 * The chosen language lives in the address (`?lang=`), so a visitor keeps it from page to page,
 * on reload, Back, and in a link they share; nothing is stored. Every link to a page of this site
 * carries it (a link to a place on the same page, `#news`, keeps the address's query by itself),
 * and so do the cabinet's links to a poll and to a draft, the catalogue's link to apply, and the
 * service form's link to the cabinet.
 */
function carryLanguage(lang) {
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href');
    if (href.startsWith('#')) continue;
    const url = new URL(href, document.baseURI);
    if (url.origin !== location.origin) continue;
    link.setAttribute('href', withLanguage(url, lang).href.slice(url.origin.length));
  }
  for (const catalog of document.querySelectorAll('icra-service-catalog[apply-href]')) {
    // Its `{slug}` placeholder is in the query, which URLSearchParams would encode: put it back.
    const url = new URL(catalog.getAttribute('apply-href'), document.baseURI);
    if (url.origin === location.origin) {
      const href = withLanguage(url, lang).href.slice(url.origin.length);
      catalog.setAttribute('apply-href', href.replaceAll('%7Bslug%7D', '{slug}'));
    }
  }
  for (const cabinet of document.querySelectorAll('icra-cabinet[service-href]')) {
    // Its `{service}`, `{draft}` and `{application}` placeholders are in the query: put them back after encoding.
    const url = new URL(cabinet.getAttribute('service-href'), document.baseURI);
    if (url.origin === location.origin) {
      const href = withLanguage(url, lang).href.slice(url.origin.length);
      cabinet.setAttribute(
        'service-href',
        href
          .replaceAll('%7Bservice%7D', '{service}')
          .replaceAll('%7Bdraft%7D', '{draft}')
          .replaceAll('%7Bapplication%7D', '{application}'),
      );
    }
  }
  for (const form of document.querySelectorAll('icra-service-form[cabinet-href]')) {
    const url = new URL(form.getAttribute('cabinet-href'), document.baseURI);
    if (url.origin === location.origin)
      form.setAttribute('cabinet-href', withLanguage(url, lang).href.slice(url.origin.length));
  }
  for (const cabinet of document.querySelectorAll('icra-cabinet[poll-href]')) {
    // Its `{id}` placeholder is in the fragment, which URL leaves as it is.
    const url = new URL(cabinet.getAttribute('poll-href'), document.baseURI);
    if (url.origin === location.origin) {
      cabinet.setAttribute('poll-href', withLanguage(url, lang).href.slice(url.origin.length));
    }
  }
}

function setLanguage(lang) {
  const text = TEXT[lang] ?? TEXT[DEFAULT_LANG];
  document.documentElement.lang = lang in TEXT ? lang : DEFAULT_LANG;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = text[el.dataset.i18n];
  // The page's h1, or (where a widget's heading is the page's h1) the text the body names.
  const heading = document.body.dataset.title
    ? text[document.body.dataset.title]
    : document.querySelector('h1')?.textContent;
  document.title = `${heading ?? ''} — ${text.name}`;
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', text[el.dataset.i18nLabel]);
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === document.documentElement.lang));
  }
  carryLanguage(document.documentElement.lang);
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
    history.replaceState(history.state, '', withLanguage(new URL(location.href), button.dataset.lang));
  });
}

setLanguage(addressLanguage());

// What a host page may listen to: which article a visitor opened (no personal data).
document.addEventListener('icra-news-open', (event) => {
  console.info('icra-news-open', event.detail);
});

// What the catalogue tells the host page: which service a visitor opened (its slug, nothing else).
document.addEventListener('icra-service-selected', (event) => {
  console.info('icra-service-selected', event.detail);
});

// The participation page: a link to one poll is #poll=<id>. The address follows what the visitor
// opens in the widget (so Back and a shared link work), and the widget follows the address.
const participation = document.querySelector('icra-participation');
if (participation) {
  const fromAddress = () => {
    participation.poll = new URLSearchParams(location.hash.slice(1)).get('poll') ?? '';
  };
  fromAddress();
  window.addEventListener('popstate', fromAddress);
  participation.addEventListener('icra-participation-open', (event) => {
    const url = new URL(location.href);
    url.hash = event.detail.poll ? `poll=${encodeURIComponent(event.detail.poll)}` : '';
    if (url.href !== location.href) history.pushState(null, '', url);
  });
}

// The e-service page: ?service=<slug> chooses the service, ?draft=<id> resumes a draft,
// ?application=<id> answers the authority's request for more information on a submitted one.
const serviceForm = document.querySelector('icra-service-form');
if (serviceForm) {
  const query = new URLSearchParams(location.search);
  const slug = query.get('service');
  if (slug && /^[a-z0-9-]{1,80}$/.test(slug)) serviceForm.setAttribute('service', slug);
  const draft = query.get('draft');
  if (draft && /^[0-9a-f-]{36}$/i.test(draft)) serviceForm.setAttribute('draft', draft);
  const application = query.get('application');
  if (application && /^[0-9a-f-]{36}$/i.test(application))
    serviceForm.setAttribute('application', application);
}
