/**
 * Demo e-services catalogue of the "Digital Executive Power" portal: 13 services, 9 of them the
 * public services provided by local executive powers (`localExecutive: true`) and 4 demo additions
 * that an authority's portal could plausibly offer besides. Two of them cannot be applied for
 * online and say where to go instead. The array order is the catalogue order. Each entry's `basis`
 * says, in English, what it is modelled on; legal bases are named generically, without article
 * numbers or dates. Demo data: no personal data, no addresses of real people.
 */
import type { Localized } from './types.js';

export type ServiceCategory =
  | 'residence'
  | 'family'
  | 'social'
  | 'construction'
  | 'land'
  | 'archive'
  | 'business';

export interface SeedServiceDocument {
  /** Stable key within the service, kebab-case, e.g. 'id-card'. */
  key: string;
  name: Localized; // az, en, ru ALL present
  hint: Localized; // one sentence each, az/en/ru
  /** Accepted media types, from: 'application/pdf', 'image/jpeg', 'image/png'. */
  accept: Array<'application/pdf' | 'image/jpeg' | 'image/png'>;
  /** Most bytes per file, e.g. 5 * 1024 * 1024. */
  maxBytes: number;
  required: boolean;
  /** Most files for this document (1 for most). */
  maxFiles: number;
}

export interface SeedService {
  slug: string; // kebab-case, ascii, unique, e.g. 'residence-certificate'
  category: ServiceCategory;
  /** One of the 9 public services provided by local executive powers (true for exactly 9 entries). */
  localExecutive: boolean;
  /** Which of the demo authorities provide it: subset of 'ganja' | 'guba' | 'masalli' (non-empty). */
  authorities: Array<'ganja' | 'guba' | 'masalli'>;
  title: Localized; // az/en/ru
  summary: Localized; // one sentence, az/en/ru
  description: Localized; // 2–4 sentences, az/en/ru: who may apply, what they get, how
  documents: SeedServiceDocument[]; // 0..4 required/optional documents
  /** Fee in qəpik (1 manat = 100 qəpik); 0 when free. */
  feeQapik: number;
  /** Processing time in working days. */
  processingDays: number;
  /** The legal basis, az/en/ru. */
  legalBasis: Localized;
  /** Whether it can be applied for online. */
  electronic: boolean;
  /** For a non-electronic service: where to go instead (az/en/ru); null when electronic. */
  offline: Localized | null;
  /** What the entry is modelled on, in English, one sentence. */
  basis: string;
}

const MB = 1024 * 1024;

const ALL_AUTHORITIES: SeedService['authorities'] = ['ganja', 'guba', 'masalli'];

/** Identity card, both sides: asked by every electronic service. */
function idCard(): SeedServiceDocument {
  return {
    key: 'id-card',
    name: {
      az: 'Şəxsiyyət vəsiqəsinin surəti',
      en: 'Copy of the identity card',
      ru: 'Копия удостоверения личности',
    },
    hint: {
      az: 'Şəxsiyyət vəsiqənizin hər iki üzünü oxunaqlı şəkildə skan edin.',
      en: 'Scan both sides of your identity card so that the text is legible.',
      ru: 'Отсканируйте обе стороны удостоверения личности так, чтобы текст был читаемым.',
    },
    accept: ['application/pdf', 'image/jpeg', 'image/png'],
    maxBytes: 5 * MB,
    required: true,
    maxFiles: 2,
  };
}

/** Extract from the state real estate register. */
function propertyDocument(required: boolean): SeedServiceDocument {
  return {
    key: 'property-document',
    name: {
      az: 'Mülkiyyət hüququnu təsdiq edən sənəd',
      en: 'Document confirming ownership',
      ru: 'Документ, подтверждающий право собственности',
    },
    hint: {
      az: 'Daşınmaz əmlakın dövlət reyestrindən çıxarışın bütün səhifələrini bir PDF faylında skan edin.',
      en: 'Scan all pages of the extract from the state real estate register into one PDF file.',
      ru: 'Отсканируйте все страницы выписки из государственного реестра недвижимости в один PDF-файл.',
    },
    accept: ['application/pdf'],
    maxBytes: 10 * MB,
    required,
    maxFiles: 1,
  };
}

const REGULATIONS: Localized = {
  az: 'Azərbaycan Respublikası Prezidentinin fərmanı ilə təsdiq edilmiş “Yerli icra hakimiyyətləri haqqında Əsasnamə”',
  en: 'Regulations on Local Executive Authorities, approved by Decree of the President of the Republic of Azerbaijan',
  ru: 'Положение о местных органах исполнительной власти, утверждённое Указом Президента Азербайджанской Республики',
};

export const seedServices: SeedService[] = [
  // ── residence ──────────────────────────────────────────────────────────────────────────────
  {
    slug: 'residence-certificate',
    category: 'residence',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Yaşayış yeri haqqında arayış',
      en: 'Certificate of residence',
      ru: 'Справка о месте жительства',
    },
    summary: {
      az: 'Ərazi nümayəndəliyi vətəndaşın faktiki yaşayış yerini təsdiq edən arayış verir.',
      en: 'A certificate from the territorial representation confirming where the applicant actually lives.',
      ru: 'Справка территориального представительства, подтверждающая фактическое место жительства заявителя.',
    },
    description: {
      az: 'Müraciəti inzibati ərazidə yaşayan Azərbaycan Respublikasının vətəndaşları, əcnəbilər və vətəndaşlığı olmayan şəxslər verə bilər. Arayış banka, məktəbə, tibb müəssisəsinə və ya digər təşkilata təqdim etmək üçün verilir. Müraciət portal vasitəsilə göndərilir, hazır arayış elektron imza ilə təsdiqlənərək şəxsi kabinetə yüklənir.',
      en: 'Citizens of the Republic of Azerbaijan, foreigners and stateless persons living in the administrative territory may apply. The certificate is issued for submission to a bank, school, medical institution or other organisation. The application is sent through the portal, and the finished certificate, signed electronically, is uploaded to the applicant’s personal account.',
      ru: 'Подать заявление могут граждане Азербайджанской Республики, иностранцы и лица без гражданства, проживающие на административной территории. Справка выдаётся для представления в банк, школу, медицинское учреждение или другую организацию. Заявление подаётся через портал, а готовая справка, подписанная электронной подписью, загружается в личный кабинет заявителя.',
    },
    documents: [
      idCard(),
      {
        key: 'dwelling-document',
        name: {
          az: 'Yaşayış sahəsinə mülkiyyət və ya kirayə sənədi',
          en: 'Ownership or lease document for the dwelling',
          ru: 'Документ о собственности или аренде жилья',
        },
        hint: {
          az: 'Çıxarışın və ya kirayə müqaviləsinin ünvan göstərilən səhifəsini skan edin.',
          en: 'Scan the page of the extract or lease agreement that shows the address.',
          ru: 'Отсканируйте страницу выписки или договора аренды, на которой указан адрес.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 1,
      },
    ],
    feeQapik: 0,
    processingDays: 1,
    legalBasis: {
      az: 'Azərbaycan Respublikasının “Yaşayış yerinə və olduğu yerə görə qeydiyyat haqqında” Qanunu və “Yerli icra hakimiyyətləri haqqında Əsasnamə”',
      en: "Law of the Republic of Azerbaijan 'On Registration at the Place of Residence and Place of Stay' and the Regulations on Local Executive Authorities",
      ru: 'Закон Азербайджанской Республики «О регистрации по месту жительства и месту пребывания» и Положение о местных органах исполнительной власти',
    },
    electronic: true,
    offline: null,
    basis:
      "Certificates of residence issued by local executive authorities' territorial representations (ərazi nümayəndəlikləri).",
  },
  {
    slug: 'address-confirmation',
    category: 'residence',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Ünvanın (küçə adı və ev nömrəsinin) təsdiqi haqqında arayış',
      en: 'Reference confirming an address (street name and house number)',
      ru: 'Справка о подтверждении адреса (название улицы и номер дома)',
    },
    summary: {
      az: 'Yeni tikilmiş və ya ünvanı dəqiqləşdirilməli olan ev üçün küçə adını və ev nömrəsini təsdiq edən arayış verilir.',
      en: 'A reference confirming the street name and house number of a newly built house or of one whose address needs clarifying.',
      ru: 'Справка, подтверждающая название улицы и номер дома для нового дома или дома, адрес которого требует уточнения.',
    },
    description: {
      az: 'Müraciəti evin mülkiyyətçisi və ya onun etibar etdiyi şəxs verə bilər. Ərazi nümayəndəliyi ünvanı yerində yoxlayır və küçə adı ilə ev nömrəsini göstərən arayış hazırlayır. Arayış daşınmaz əmlakın qeydiyyatı və kommunal xidmətlərə qoşulma üçün istifadə olunur.',
      en: 'The owner of the house or a person holding their power of attorney may apply. The territorial representation checks the address on site and prepares a reference stating the street name and house number. The reference is used to register the property and to connect it to utilities.',
      ru: 'Подать заявление может собственник дома или его доверенное лицо. Территориальное представительство проверяет адрес на месте и готовит справку с названием улицы и номером дома. Справка используется для регистрации недвижимости и подключения к коммунальным услугам.',
    },
    documents: [
      idCard(),
      propertyDocument(true),
      {
        key: 'house-photo',
        name: {
          az: 'Evin fasadının fotoşəkli',
          en: 'Photo of the house façade',
          ru: 'Фотография фасада дома',
        },
        hint: {
          az: 'Evin küçədən görünən fasadını, varsa, ev nömrəsi ilə birlikdə çəkin.',
          en: 'Photograph the façade of the house as seen from the street, with the house number if there is one.',
          ru: 'Сфотографируйте фасад дома со стороны улицы, вместе с номером дома, если он есть.',
        },
        accept: ['image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 3,
      },
    ],
    feeQapik: 0,
    processingDays: 10,
    legalBasis: REGULATIONS,
    electronic: true,
    offline: null,
    basis:
      'Confirmations of a street name and house number that local executive authorities prepare for newly built or unregistered houses.',
  },

  // ── family ─────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'family-composition-reference',
    category: 'family',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Ailə tərkibi haqqında arayış',
      en: 'Reference on family composition',
      ru: 'Справка о составе семьи',
    },
    summary: {
      az: 'Ünvanda birgə yaşayan ailə üzvlərinin siyahısını göstərən arayış verilir.',
      en: 'A reference listing the family members who live together at the address.',
      ru: 'Справка со списком членов семьи, совместно проживающих по адресу.',
    },
    description: {
      az: 'Müraciəti ailənin yetkinlik yaşına çatmış istənilən üzvü verə bilər. Arayışda ünvanda qeydiyyatda olan və birgə yaşayan ailə üzvləri, onların doğum ili və qohumluq dərəcəsi göstərilir. Arayış adətən sosial yardım, təhsil və ya məhkəmə işləri üçün tələb olunur.',
      en: 'Any adult member of the family may apply. The reference lists the family members registered and living together at the address, with their year of birth and their relationship to the applicant. It is usually required for social assistance, education or court matters.',
      ru: 'Подать заявление может любой совершеннолетний член семьи. В справке указываются члены семьи, зарегистрированные и совместно проживающие по адресу, их год рождения и степень родства. Справка обычно требуется для социальной помощи, учёбы или судебных дел.',
    },
    documents: [
      idCard(),
      {
        key: 'birth-certificates',
        name: {
          az: 'Uşaqların doğum haqqında şəhadətnamələri',
          en: 'Children’s birth certificates',
          ru: 'Свидетельства о рождении детей',
        },
        hint: {
          az: 'Şəxsiyyət vəsiqəsi olmayan hər uşağın doğum haqqında şəhadətnaməsini ayrıca faylda skan edin.',
          en: 'Scan the birth certificate of each child who has no identity card as a separate file.',
          ru: 'Отсканируйте свидетельство о рождении каждого ребёнка, у которого нет удостоверения личности, отдельным файлом.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 6,
      },
      {
        key: 'marriage-certificate',
        name: {
          az: 'Nikah haqqında şəhadətnamə',
          en: 'Marriage certificate',
          ru: 'Свидетельство о браке',
        },
        hint: {
          az: 'Nikah haqqında şəhadətnamənin məlumatlar yazılmış üzünü skan edin.',
          en: 'Scan the side of the marriage certificate that holds the details.',
          ru: 'Отсканируйте сторону свидетельства о браке, на которой указаны сведения.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 1,
      },
    ],
    feeQapik: 0,
    processingDays: 1,
    legalBasis: {
      az: 'Azərbaycan Respublikasının Ailə Məcəlləsi və “Yerli icra hakimiyyətləri haqqında Əsasnamə”',
      en: 'Family Code of the Republic of Azerbaijan and the Regulations on Local Executive Authorities',
      ru: 'Семейный кодекс Азербайджанской Республики и Положение о местных органах исполнительной власти',
    },
    electronic: true,
    offline: null,
    basis:
      'References on family composition (ailə tərkibi haqqında arayış) issued by territorial representations of local executive authorities.',
  },
  {
    slug: 'head-of-family-certificate',
    category: 'family',
    localExecutive: false,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Ailə başçısı olması və ya tək yaşaması haqqında arayış',
      en: 'Certificate of being the head of a family or living alone',
      ru: 'Справка о том, что лицо является главой семьи или проживает одно',
    },
    summary: {
      az: 'Şəxsin ailə başçısı olduğunu və ya tək yaşadığını təsdiq edən arayış verilir.',
      en: 'A certificate confirming that a person is the head of a family or lives alone.',
      ru: 'Справка, подтверждающая, что лицо является главой семьи или проживает одно.',
    },
    description: {
      az: 'Müraciəti ünvanda qeydiyyatda olan yetkinlik yaşına çatmış şəxs verə bilər. Ərazi nümayəndəliyi məlumatı yaşayış yeri üzrə yoxlayır və arayışda şəxsin ailə başçısı olduğunu və ya tək yaşadığını qeyd edir. Arayış kommunal güzəştlər, bank və ya notariat işləri üçün istifadə olunur.',
      en: 'An adult registered at the address may apply. The territorial representation checks the information at the place of residence and states in the certificate that the person is the head of the family or lives alone. The certificate is used for utility concessions, banking or notarial matters.',
      ru: 'Подать заявление может совершеннолетнее лицо, зарегистрированное по адресу. Территориальное представительство проверяет сведения по месту жительства и указывает в справке, что лицо является главой семьи или проживает одно. Справка используется для коммунальных льгот, банковских или нотариальных дел.',
    },
    documents: [idCard()],
    feeQapik: 0,
    processingDays: 2,
    legalBasis: REGULATIONS,
    electronic: true,
    offline: null,
    basis:
      'Certificates that a person heads a family or lives alone, which territorial representations give on request; a demo addition, not one of the nine local executive services.',
  },

  // ── social ─────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'social-benefit-certificate',
    category: 'social',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Sosial müavinət üçün arayış',
      en: 'Certificate for social benefits',
      ru: 'Справка для получения социального пособия',
    },
    summary: {
      az: 'Sosial müavinət və ya ünvanlı dövlət sosial yardımı almaq üçün ailənin ünvanda yaşadığını təsdiq edən arayış verilir.',
      en: 'A certificate confirming that a family lives at the address, for a social benefit or targeted state social assistance.',
      ru: 'Справка, подтверждающая проживание семьи по адресу, для получения социального пособия или адресной государственной социальной помощи.',
    },
    description: {
      az: 'Müraciəti sosial müavinət və ya ünvanlı sosial yardım almaq istəyən ailənin yetkinlik yaşına çatmış üzvü verə bilər. Ərazi nümayəndəliyi ailənin ünvanda yaşadığını və ailə tərkibini təsdiq edən arayış hazırlayır. Arayış Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin orqanlarına təqdim olunur.',
      en: 'An adult member of a family seeking a social benefit or targeted social assistance may apply. The territorial representation prepares a certificate confirming that the family lives at the address and stating its composition. The certificate is submitted to the bodies of the Ministry of Labour and Social Protection of Population.',
      ru: 'Подать заявление может совершеннолетний член семьи, обращающейся за социальным пособием или адресной социальной помощью. Территориальное представительство готовит справку, подтверждающую проживание семьи по адресу и её состав. Справка представляется в органы Министерства труда и социальной защиты населения.',
    },
    documents: [
      idCard(),
      {
        key: 'income-statements',
        name: {
          az: 'Gəlir haqqında arayışlar',
          en: 'Income statements',
          ru: 'Справки о доходах',
        },
        hint: {
          az: 'Ailə üzvlərinin son altı ay üzrə gəlirini göstərən arayışları skan edin.',
          en: 'Scan the statements showing the family members’ income for the last six months.',
          ru: 'Отсканируйте справки о доходах членов семьи за последние шесть месяцев.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 4,
      },
    ],
    feeQapik: 0,
    processingDays: 3,
    legalBasis: {
      az: 'Azərbaycan Respublikasının “Sosial müavinətlər haqqında” və “Ünvanlı dövlət sosial yardımı haqqında” qanunları',
      en: "Laws of the Republic of Azerbaijan 'On Social Benefits' and 'On Targeted State Social Assistance'",
      ru: 'Законы Азербайджанской Республики «О социальных пособиях» и «Об адресной государственной социальной помощи»',
    },
    electronic: true,
    offline: null,
    basis:
      "Certificates that local executive authorities' territorial representations issue to families applying for social benefits or targeted state social assistance.",
  },
  {
    slug: 'utility-concession-reference',
    category: 'social',
    localExecutive: false,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Kommunal xidmətlər üzrə güzəşt üçün arayış',
      en: 'Reference for a heating and utility concession',
      ru: 'Справка для получения льготы по коммунальным услугам',
    },
    summary: {
      az: 'Qaz, elektrik enerjisi və istilik haqlarında güzəşt hüququ olan şəxslərə ünvanda yaşadıqlarını təsdiq edən arayış verilir.',
      en: 'A reference confirming residence at the address for people entitled to a concession on gas, electricity and heating charges.',
      ru: 'Справка, подтверждающая проживание по адресу, для лиц, имеющих право на льготу по оплате газа, электроэнергии и отопления.',
    },
    description: {
      az: 'Müraciəti qanunvericiliyə görə kommunal güzəşt hüququ olan şəxs, məsələn, əlilliyi olan şəxs və ya müharibə veteranı verə bilər. Arayışda şəxsin ünvanda yaşadığı və ailə tərkibi göstərilir. Arayış təchizatçı təşkilata təqdim olunur.',
      en: 'A person entitled by law to a utility concession, such as a person with a disability or a war veteran, may apply. The reference states that the person lives at the address and gives the family’s composition. It is submitted to the supplier.',
      ru: 'Подать заявление может лицо, имеющее по закону право на коммунальную льготу, например лицо с инвалидностью или ветеран войны. В справке указываются проживание лица по адресу и состав семьи. Справка представляется организации-поставщику.',
    },
    documents: [
      idCard(),
      {
        key: 'entitlement-document',
        name: {
          az: 'Güzəşt hüququnu təsdiq edən vəsiqə',
          en: 'Document confirming the right to a concession',
          ru: 'Удостоверение, подтверждающее право на льготу',
        },
        hint: {
          az: 'Vəsiqənin və ya arayışın şəkil və məlumatlar olan səhifələrini skan edin.',
          en: 'Scan the pages of the entitlement card or certificate that show the photo and the details.',
          ru: 'Отсканируйте страницы удостоверения или справки с фотографией и сведениями.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: true,
        maxFiles: 2,
      },
      {
        key: 'utility-bill',
        name: {
          az: 'Son kommunal ödəniş qəbzi',
          en: 'Latest utility bill',
          ru: 'Последняя квитанция об оплате коммунальных услуг',
        },
        hint: {
          az: 'Abonent kodu görünən son qəbzi skan edin və ya çəkin.',
          en: 'Scan or photograph the latest bill showing the subscriber code.',
          ru: 'Отсканируйте или сфотографируйте последнюю квитанцию с кодом абонента.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 1,
      },
    ],
    feeQapik: 0,
    processingDays: 5,
    legalBasis: {
      az: '“Yerli icra hakimiyyətləri haqqında Əsasnamə” və kommunal güzəştlər üzrə Azərbaycan Respublikası Nazirlər Kabinetinin qərarları',
      en: 'Regulations on Local Executive Authorities and the decisions of the Cabinet of Ministers of the Republic of Azerbaijan on utility concessions',
      ru: 'Положение о местных органах исполнительной власти и решения Кабинета Министров Азербайджанской Республики о коммунальных льготах',
    },
    electronic: true,
    offline: null,
    basis:
      'References on residence that people entitled to utility concessions take to gas, electricity and heating suppliers; a demo addition, not one of the nine local executive services.',
  },

  // ── construction ───────────────────────────────────────────────────────────────────────────
  {
    slug: 'repair-construction-permit',
    category: 'construction',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Təmir və tikinti işlərinin aparılmasına icazə',
      en: 'Permission for repair or construction works',
      ru: 'Разрешение на проведение ремонтных и строительных работ',
    },
    summary: {
      az: 'Fərdi yaşayış evində və ya həyətyanı sahədə təmir, yenidənqurma və kiçik tikinti işləri üçün icazə verilir.',
      en: 'Permission for repair, reconstruction and small construction works on a private house or its plot.',
      ru: 'Разрешение на ремонт, реконструкцию и небольшие строительные работы в частном доме или на приусадебном участке.',
    },
    description: {
      az: 'Müraciəti evin və ya torpaq sahəsinin mülkiyyətçisi verə bilər. İcra hakimiyyətinin mütəxəssisi sənədləri və işlərin şəhərsalma tələblərinə uyğunluğunu yoxlayır, lazım olduqda yerində baxış keçirir. Qərar və icazə sənədi şəxsi kabinetə göndərilir.',
      en: 'The owner of the house or land plot may apply. A specialist of the executive authority checks the documents and whether the works meet urban planning requirements, inspecting the site when needed. The decision and the permit are sent to the applicant’s personal account.',
      ru: 'Подать заявление может собственник дома или земельного участка. Специалист исполнительной власти проверяет документы и соответствие работ градостроительным требованиям, при необходимости выезжая на место. Решение и разрешение направляются в личный кабинет заявителя.',
    },
    documents: [
      idCard(),
      propertyDocument(true),
      {
        key: 'works-sketch',
        name: {
          az: 'İşlərin eskizi və ya layihəsi',
          en: 'Sketch or design of the works',
          ru: 'Эскиз или проект работ',
        },
        hint: {
          az: 'Planlaşdırılan işləri və ölçüləri göstərən eskizi və ya layihəni bir faylda skan edin.',
          en: 'Scan the sketch or design showing the planned works and their dimensions as one file.',
          ru: 'Отсканируйте в один файл эскиз или проект с планируемыми работами и размерами.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 10 * MB,
        required: true,
        maxFiles: 1,
      },
      {
        key: 'site-photos',
        name: {
          az: 'Obyektin hazırkı vəziyyətinin fotoşəkilləri',
          en: 'Photos of the building as it is now',
          ru: 'Фотографии текущего состояния объекта',
        },
        hint: {
          az: 'Təmir və ya tikinti aparılacaq hissəni bir neçə bucaqdan çəkin.',
          en: 'Photograph the part to be repaired or built from several angles.',
          ru: 'Сфотографируйте часть, где будут проводиться работы, с нескольких сторон.',
        },
        accept: ['image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 4,
      },
    ],
    feeQapik: 0,
    processingDays: 15,
    legalBasis: {
      az: 'Azərbaycan Respublikasının Şəhərsalma və Tikinti Məcəlləsi',
      en: 'Urban Planning and Construction Code of the Republic of Azerbaijan',
      ru: 'Градостроительный и строительный кодекс Азербайджанской Республики',
    },
    electronic: true,
    offline: null,
    basis:
      'Permissions for repair and construction works on private houses that local executive authorities give under urban planning rules.',
  },

  // ── land ───────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'land-plot-individual-housing',
    category: 'land',
    localExecutive: true,
    authorities: ['guba', 'masalli'],
    title: {
      az: 'Fərdi yaşayış evi tikintisi üçün torpaq sahəsinin ayrılması',
      en: 'Allocation of a land plot for individual housing construction',
      ru: 'Выделение земельного участка под индивидуальное жилищное строительство',
    },
    summary: {
      az: 'Fərdi yaşayış evi tikmək üçün dövlət mülkiyyətində olan torpaqdan sahə ayrılmasına dair müraciətlər qəbul edilir.',
      en: 'Applications are accepted for the allocation of a state-owned land plot to build an individual house.',
      ru: 'Принимаются заявления о выделении земельного участка из государственной собственности для строительства индивидуального жилого дома.',
    },
    description: {
      az: 'Müraciəti yaşayış sahəsinə ehtiyacı olan və inzibati ərazidə qeydiyyatda olan vətəndaşlar verə bilər. Müraciətə torpaq komissiyası baxır, uyğun sahənin olub-olmadığı və onun təyinatı yoxlanılır, qərar qanunvericiliyə uyğun qəbul edilir. Sənədlərin əsli yoxlanıldığı üçün müraciət şəxsən verilir.',
      en: 'Citizens in need of housing who are registered in the administrative territory may apply. A land commission considers the application and checks whether a suitable plot is available and what it is designated for, and the decision is taken in accordance with the law. The application is made in person because the original documents are checked.',
      ru: 'Подать заявление могут граждане, нуждающиеся в жилье и зарегистрированные на административной территории. Заявление рассматривает земельная комиссия, которая проверяет наличие подходящего участка и его назначение; решение принимается в соответствии с законодательством. Заявление подаётся лично, поскольку проверяются оригиналы документов.',
    },
    documents: [],
    feeQapik: 0,
    processingDays: 30,
    legalBasis: {
      az: 'Azərbaycan Respublikasının Torpaq Məcəlləsi',
      en: 'Land Code of the Republic of Azerbaijan',
      ru: 'Земельный кодекс Азербайджанской Республики',
    },
    electronic: false,
    offline: {
      az: 'Şəxsiyyət vəsiqəsi və ailə tərkibi haqqında arayışla icra hakimiyyətinin vətəndaş qəbulu otağına müraciət edin.',
      en: 'Apply at the executive authority’s citizens’ reception office with your identity card and a reference on family composition.',
      ru: 'Обратитесь в приёмную граждан исполнительной власти с удостоверением личности и справкой о составе семьи.',
    },
    basis:
      'Allocation of state-owned land plots for individual housing construction, one of the public services of local executive authorities.',
  },
  {
    slug: 'tree-felling-permit',
    category: 'land',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Ağacların kəsilməsinə icazə',
      en: 'Permission to fell trees',
      ru: 'Разрешение на вырубку деревьев',
    },
    summary: {
      az: 'Quru, xəstə və ya qəza təhlükəsi yaradan ağacların kəsilməsinə icazə verilir.',
      en: 'Permission to fell trees that are dry, diseased or dangerous.',
      ru: 'Разрешение на вырубку сухих, больных или аварийных деревьев.',
    },
    description: {
      az: 'Müraciəti ağacın bitdiyi torpaq sahəsinin mülkiyyətçisi və ya istifadəçisi verə bilər. Komissiya ağacın vəziyyətinə yerində baxır və kəsilməyə və ya budanmaya icazə verir. Kəsilən ağacın yerinə yeni ağac əkilməsi tövsiyə olunur.',
      en: 'The owner or user of the land plot where the tree grows may apply. A commission inspects the tree on site and permits it to be felled or pruned. Planting a new tree in place of a felled one is recommended.',
      ru: 'Подать заявление может собственник или пользователь участка, на котором растёт дерево. Комиссия осматривает дерево на месте и разрешает вырубку или обрезку. Взамен срубленного дерева рекомендуется посадить новое.',
    },
    documents: [
      idCard(),
      {
        key: 'tree-photos',
        name: {
          az: 'Ağacın fotoşəkilləri',
          en: 'Photos of the tree',
          ru: 'Фотографии дерева',
        },
        hint: {
          az: 'Ağacı bütövlükdə, zədələnmiş hissələrini isə yaxından çəkin.',
          en: 'Photograph the whole tree and take close-ups of the damaged parts.',
          ru: 'Сфотографируйте дерево целиком, а повреждённые части — крупным планом.',
        },
        accept: ['image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: true,
        maxFiles: 4,
      },
      propertyDocument(false),
    ],
    feeQapik: 0,
    processingDays: 10,
    legalBasis: {
      az: 'Azərbaycan Respublikasının “Ətraf mühitin mühafizəsi haqqında” Qanunu',
      en: "Law of the Republic of Azerbaijan 'On Environmental Protection'",
      ru: 'Закон Азербайджанской Республики «Об охране окружающей среды»',
    },
    electronic: true,
    offline: null,
    basis:
      'Permits to fell dry, diseased or dangerous trees, given by local executive authorities after an on-site inspection.',
  },

  // ── archive ────────────────────────────────────────────────────────────────────────────────
  {
    slug: 'archive-extract',
    category: 'archive',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Arxiv arayışı',
      en: 'Archival extract',
      ru: 'Архивная справка',
    },
    summary: {
      az: 'İcra hakimiyyətinin arxivində saxlanılan sənədlərdən surət və ya çıxarış verilir.',
      en: 'A copy of or an extract from documents kept in the executive authority’s archive.',
      ru: 'Копия или выписка из документов, хранящихся в архиве исполнительной власти.',
    },
    description: {
      az: 'Müraciəti sənədin aid olduğu şəxs və ya onun qanuni nümayəndəsi verə bilər. Arxivdə qərarlar, sərəncamlar, torpaq və əmək fəaliyyəti ilə bağlı sənədlər axtarılır və tapılan məlumat əsasında arayış hazırlanır. Arayış elektron imza ilə təsdiqlənərək şəxsi kabinetə yüklənir.',
      en: 'The person a document concerns or their legal representative may apply. The archive is searched for decisions, orders and records on land and employment, and an extract is prepared from what is found. The extract is signed electronically and uploaded to the applicant’s personal account.',
      ru: 'Подать заявление может лицо, к которому относится документ, или его законный представитель. В архиве разыскиваются решения, распоряжения и документы о земле и трудовой деятельности, и по найденным сведениям готовится справка. Справка подписывается электронной подписью и загружается в личный кабинет заявителя.',
    },
    documents: [
      idCard(),
      {
        key: 'search-document',
        name: {
          az: 'Axtarışa kömək edən sənəd',
          en: 'Document that helps the search',
          ru: 'Документ, облегчающий поиск',
        },
        hint: {
          az: 'Qərarın nömrəsi, tarixi və ya iş yeri göstərilən istənilən sənədi skan edin.',
          en: 'Scan any document that shows the decision number, its date or the place of work.',
          ru: 'Отсканируйте любой документ, в котором указаны номер или дата решения либо место работы.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 3,
      },
      {
        key: 'power-of-attorney',
        name: {
          az: 'Etibarnamə',
          en: 'Power of attorney',
          ru: 'Доверенность',
        },
        hint: {
          az: 'Başqa şəxsin adından müraciət edirsinizsə, notarial qaydada təsdiqlənmiş etibarnaməni skan edin.',
          en: 'If you apply on someone else’s behalf, scan the notarised power of attorney.',
          ru: 'Если вы подаёте заявление от имени другого лица, отсканируйте нотариально заверенную доверенность.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 1,
      },
    ],
    feeQapik: 200,
    processingDays: 10,
    legalBasis: {
      az: 'Azərbaycan Respublikasının “Milli arxiv fondu haqqında” və “Dövlət rüsumu haqqında” qanunları',
      en: "Laws of the Republic of Azerbaijan 'On the National Archive Fund' and 'On State Duty'",
      ru: 'Законы Азербайджанской Республики «О Национальном архивном фонде» и «О государственной пошлине»',
    },
    electronic: true,
    offline: null,
    basis:
      "Archival extracts (arxiv arayışı) from the records kept in local executive authorities' archives.",
  },

  // ── business ───────────────────────────────────────────────────────────────────────────────
  {
    slug: 'temporary-trade-place',
    category: 'business',
    localExecutive: true,
    authorities: ALL_AUTHORITIES,
    title: {
      az: 'Müvəqqəti ticarət yeri üçün icazə',
      en: 'Permission for a temporary trade place',
      ru: 'Разрешение на временное торговое место',
    },
    summary: {
      az: 'Mövsümi və ya bayram ticarəti üçün ayrılmış ərazidə müvəqqəti ticarət yerindən istifadəyə icazə verilir.',
      en: 'Permission to use a temporary trade place in a designated area for seasonal or holiday trade.',
      ru: 'Разрешение на использование временного торгового места на отведённой территории для сезонной или праздничной торговли.',
    },
    description: {
      az: 'Müraciəti vergi uçotunda olan fərdi sahibkarlar və hüquqi şəxslər verə bilər. İcra hakimiyyəti müraciəti ticarət üçün ayrılmış yerlərin siyahısı əsasında nəzərdən keçirir və icazədə yerin ünvanını və müddətini göstərir. Ticarət sanitariya və təhlükəsizlik qaydalarına əməl olunmaqla aparılmalıdır.',
      en: 'Individual entrepreneurs and legal entities registered for tax may apply. The executive authority considers the application against the list of places set aside for trade and states the location and period in the permit. Trade must follow sanitary and safety rules.',
      ru: 'Подать заявление могут индивидуальные предприниматели и юридические лица, состоящие на налоговом учёте. Исполнительная власть рассматривает заявление с учётом перечня отведённых для торговли мест и указывает в разрешении адрес места и срок. Торговля должна вестись с соблюдением санитарных правил и правил безопасности.',
    },
    documents: [
      idCard(),
      {
        key: 'tax-registration',
        name: {
          az: 'Vergi ödəyicisinin uçota alınması haqqında şəhadətnamə',
          en: 'Taxpayer registration certificate',
          ru: 'Свидетельство о постановке на налоговый учёт',
        },
        hint: {
          az: 'VÖEN göstərilən şəhadətnaməni və ya çıxarışı skan edin.',
          en: 'Scan the certificate or extract that shows the taxpayer identification number (VÖEN).',
          ru: 'Отсканируйте свидетельство или выписку с идентификационным номером налогоплательщика (VÖEN).',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: true,
        maxFiles: 1,
      },
      {
        key: 'stall-photo',
        name: {
          az: 'Ticarət köşkünün və ya piştaxtanın fotoşəkli',
          en: 'Photo of the kiosk or stall',
          ru: 'Фотография киоска или прилавка',
        },
        hint: {
          az: 'Ticarət üçün istifadə ediləcək köşkü və ya piştaxtanı tam görünəcək şəkildə çəkin.',
          en: 'Photograph the kiosk or stall you will trade from so that it is fully visible.',
          ru: 'Сфотографируйте киоск или прилавок, с которого будете торговать, так, чтобы он был виден целиком.',
        },
        accept: ['image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 2,
      },
    ],
    feeQapik: 200,
    processingDays: 5,
    legalBasis: {
      az: 'Azərbaycan Respublikası Nazirlər Kabinetinin qərarı ilə təsdiq edilmiş Ticarət, ictimai iaşə və məişət xidməti qaydaları',
      en: 'Rules of Trade, Public Catering and Consumer Services approved by decision of the Cabinet of Ministers of the Republic of Azerbaijan',
      ru: 'Правила торговли, общественного питания и бытового обслуживания, утверждённые решением Кабинета Министров Азербайджанской Республики',
    },
    electronic: true,
    offline: null,
    basis:
      'Permissions for temporary and seasonal trade places in areas set aside by local executive authorities.',
  },
  {
    slug: 'outdoor-advertising-permit',
    category: 'business',
    localExecutive: false,
    authorities: ['ganja'],
    title: {
      az: 'Açıq məkanda reklam yerləşdirilməsinə icazə',
      en: 'Permission to place outdoor advertising',
      ru: 'Разрешение на размещение наружной рекламы',
    },
    summary: {
      az: 'Küçələrdə, binaların fasadlarında və digər açıq məkanlarda reklam qurğusunun yerləşdirilməsinə icazə verilir.',
      en: 'Permission to place an advertising structure on streets, building façades and other outdoor spaces.',
      ru: 'Разрешение на установку рекламной конструкции на улицах, фасадах зданий и в других открытых пространствах.',
    },
    description: {
      az: 'Müraciəti reklam yayıcısı olan fərdi sahibkar və ya hüquqi şəxs verə bilər. Reklam qurğusunun yeri, ölçüləri və görünüşü şəhərsalma və yol hərəkəti təhlükəsizliyi tələblərinə uyğunluq baxımından yoxlanılır. Qurğunun eskizinin və yerləşdirmə planının əsli yoxlandığı üçün müraciət şəxsən verilir.',
      en: 'An individual entrepreneur or legal entity acting as an advertising distributor may apply. The location, size and appearance of the structure are checked against urban planning and road safety requirements. The application is made in person because the original sketch and site plan are checked.',
      ru: 'Подать заявление может индивидуальный предприниматель или юридическое лицо — распространитель рекламы. Место, размеры и внешний вид конструкции проверяются на соответствие градостроительным требованиям и требованиям безопасности дорожного движения. Заявление подаётся лично, поскольку проверяются оригиналы эскиза и плана размещения.',
    },
    documents: [],
    feeQapik: 500,
    processingDays: 15,
    legalBasis: {
      az: 'Azərbaycan Respublikasının “Reklam haqqında” Qanunu',
      en: "Law of the Republic of Azerbaijan 'On Advertising'",
      ru: 'Закон Азербайджанской Республики «О рекламе»',
    },
    electronic: false,
    offline: {
      az: 'Reklam qurğusunun eskizi, yerləşdirmə planı və VÖEN çıxarışı ilə icra hakimiyyətinin vətəndaş qəbulu otağına müraciət edin.',
      en: 'Apply at the executive authority’s citizens’ reception office with the sketch of the structure, the site plan and your VÖEN extract.',
      ru: 'Обратитесь в приёмную граждан исполнительной власти с эскизом конструкции, планом размещения и выпиской VÖEN.',
    },
    basis:
      'Permissions for outdoor advertising structures in public spaces; a demo addition, not one of the nine local executive services.',
  },
  {
    slug: 'agricultural-fair-stall',
    category: 'business',
    localExecutive: false,
    authorities: ['guba', 'masalli'],
    title: {
      az: 'Kənd təsərrüfatı yarmarkasında satış yeri üçün müraciət',
      en: 'Application for a stall at an agricultural fair',
      ru: 'Заявка на торговое место на сельскохозяйственной ярмарке',
    },
    summary: {
      az: 'Fermerlər və kiçik istehsalçılar icra hakimiyyətinin təşkil etdiyi yarmarkada satış yeri üçün müraciət edə bilər.',
      en: 'Farmers and small producers may apply for a selling place at a fair organised by the executive authority.',
      ru: 'Фермеры и мелкие производители могут подать заявку на торговое место на ярмарке, организуемой исполнительной властью.',
    },
    description: {
      az: 'Müraciəti öz məhsulunu satan fermerlər, ailə təsərrüfatları və kiçik istehsalçılar verə bilər. Yerlər yarmarkanın planına uyğun olaraq müraciətlərin daxil olma ardıcıllığı ilə bölüşdürülür və nəticə şəxsi kabinetdə göstərilir. Yarmarkada iştirak ödənişsizdir.',
      en: 'Farmers, family farms and small producers selling their own produce may apply. Places are allotted according to the fair plan in the order applications arrive, and the result is shown in the applicant’s personal account. Taking part in the fair is free of charge.',
      ru: 'Подать заявку могут фермеры, семейные хозяйства и мелкие производители, продающие собственную продукцию. Места распределяются по плану ярмарки в порядке поступления заявок, а результат отображается в личном кабинете. Участие в ярмарке бесплатное.',
    },
    documents: [
      idCard(),
      {
        key: 'farm-document',
        name: {
          az: 'Torpaq sahəsinə və ya təsərrüfata dair sənəd',
          en: 'Document on the land plot or farm',
          ru: 'Документ о земельном участке или хозяйстве',
        },
        hint: {
          az: 'Məhsulun öz təsərrüfatınızda yetişdirildiyini göstərən sənədi skan edin.',
          en: 'Scan a document showing that the produce is grown on your own farm.',
          ru: 'Отсканируйте документ, подтверждающий, что продукция выращена в вашем хозяйстве.',
        },
        accept: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MB,
        required: false,
        maxFiles: 1,
      },
    ],
    feeQapik: 0,
    processingDays: 7,
    legalBasis: REGULATIONS,
    electronic: true,
    offline: null,
    basis:
      'Weekend agricultural fairs that local executive authorities organise for farmers; a demo addition, not one of the nine local executive services.',
  },
];
