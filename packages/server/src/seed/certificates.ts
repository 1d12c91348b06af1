/**
 * What the portal's generated certificate says for each demo service: its title and a statement in
 * az, en and ru that names the form's answers (`{treeCount}`) and the registry's data
 * (`{applicantAddress}`), the first statement whose `when` the answers meet. The applicant is
 * named in the nominative only (`Applicant: …`, `Ərizəçi: …`, `Заявитель: …`) wherever the sentence
 * would otherwise decline the name, which a template cannot do. A service without a template here
 * gets the portal's general wording.
 */
import type { CertificateTemplate } from '@icra/forms';
import { t } from './forms.js';

const CERTIFICATE = t('ARAYIŞ', 'CERTIFICATE', 'СПРАВКА');
const PERMIT = t('İCAZƏ', 'PERMIT', 'РАЗРЕШЕНИЕ');

/** "Applicant: name, born date." in each language: the opening of the permits. */
const APPLICANT = t(
  'Ərizəçi: {applicant}, doğum tarixi {applicantBirthDate}.',
  'Applicant: {applicant}, born {applicantBirthDate}.',
  'Заявитель: {applicant}, дата рождения {applicantBirthDate}.',
);
const opening = (rest: ReturnType<typeof t>) =>
  t(`${APPLICANT.az} ${rest.az}`, `${APPLICANT.en} ${rest.en}`, `${APPLICANT.ru} ${rest.ru}`);

export const seedCertificates: Record<string, CertificateTemplate> = {
  'residence-certificate': {
    title: t('YAŞAYIŞ YERİ HAQQINDA ARAYIŞ', 'CERTIFICATE OF RESIDENCE', 'СПРАВКА С МЕСТА ЖИТЕЛЬСТВА'),
    statements: [
      {
        when: { properties: { livesAtRegistered: { const: false } }, required: ['livesAtRegistered'] },
        text: opening(
          t(
            'Qeydiyyat ünvanı: {applicantAddress}. {livingSince} tarixindən faktiki olaraq {actualAddress} ünvanında yaşayır.',
            'Registered at {applicantAddress}; has actually lived at {actualAddress} since {livingSince}.',
            'Зарегистрирован(а) по адресу {applicantAddress}; с {livingSince} фактически проживает по адресу {actualAddress}.',
          ),
        ),
      },
      {
        text: opening(
          t(
            '{applicantAddress} ünvanında qeydiyyatdadır və həmin ünvanda yaşayır.',
            'Registered at {applicantAddress}, and lives at that address.',
            'Зарегистрирован(а) по адресу {applicantAddress} и проживает по этому адресу.',
          ),
        ),
      },
    ],
  },
  'address-confirmation': {
    title: t('ÜNVANIN TƏSDİQİ', 'CONFIRMATION OF ADDRESS', 'ПОДТВЕРЖДЕНИЕ АДРЕСА'),
    statements: [
      {
        text: opening(
          t(
            '{authority} {houseAddress} ünvanını təsdiq edir (tikilinin növü: {houseKind}).',
            '{authority} confirms the address {houseAddress} (kind of building: {houseKind}).',
            '{authority} подтверждает адрес {houseAddress} (тип строения: {houseKind}).',
          ),
        ),
      },
    ],
  },
  'family-composition-reference': {
    title: t('AİLƏ TƏRKİBİ HAQQINDA ARAYIŞ', 'FAMILY COMPOSITION CERTIFICATE', 'СПРАВКА О СОСТАВЕ СЕМЬИ'),
    statements: [
      {
        when: { properties: { includeMinorsOnly: { const: true } }, required: ['includeMinorsOnly'] },
        text: opening(
          t(
            '{applicantAddress} ünvanında qeydiyyatdadır. Əhali reyestrinə görə həmin ünvanda qeydiyyatda olan 18 yaşınadək uşaqları: {family:minors}.',
            'Registered at {applicantAddress}. The children under 18 the population registry holds at that address: {family:minors}.',
            'Зарегистрирован(а) по адресу {applicantAddress}. Несовершеннолетние дети, зарегистрированные по этому адресу по данным реестра населения: {family:minors}.',
          ),
        ),
      },
      {
        text: opening(
          t(
            '{applicantAddress} ünvanında qeydiyyatdadır. Əhali reyestrinə görə həmin ünvanda qeydiyyatda olan ailə üzvləri: {family}.',
            'Registered at {applicantAddress}. The members of the family the population registry holds at that address: {family}.',
            'Зарегистрирован(а) по адресу {applicantAddress}. Члены семьи, зарегистрированные по этому адресу по данным реестра населения: {family}.',
          ),
        ),
      },
    ],
  },
  'head-of-family-certificate': {
    title: t('AİLƏ BAŞÇISI HAQQINDA ARAYIŞ', 'HEAD OF FAMILY CERTIFICATE', 'СПРАВКА О ГЛАВЕ СЕМЬИ'),
    statements: [
      {
        text: opening(
          t(
            '{applicantAddress} ünvanında qeydiyyatda olan ailənin başçısıdır.',
            'Is the head of the family registered at {applicantAddress}.',
            'Является главой семьи, зарегистрированной по адресу {applicantAddress}.',
          ),
        ),
      },
    ],
  },
  'social-benefit-certificate': {
    title: CERTIFICATE,
    statements: [
      {
        text: opening(
          t(
            '{applicantAddress} ünvanında qeydiyyatdadır və «{benefitKind}» üçün müraciət edir. Ailənin bəyan etdiyi aylıq gəlir: {monthlyIncome} manat.',
            'Registered at {applicantAddress}; applies for “{benefitKind}”. The household’s declared monthly income: AZN {monthlyIncome}.',
            'Зарегистрирован(а) по адресу {applicantAddress}; обращается за пособием «{benefitKind}». Заявленный ежемесячный доход семьи: {monthlyIncome} AZN.',
          ),
        ),
      },
    ],
  },
  'utility-concession-reference': {
    title: CERTIFICATE,
    statements: [
      {
        text: opening(
          t(
            '{applicantAddress} ünvanında qeydiyyatdadır. «{entitlement}» əsasında bu kommunal xidmətlər üzrə güzəştə malikdir: {utilities}.',
            'Registered at {applicantAddress}. Entitled, as “{entitlement}”, to the concession on: {utilities}.',
            'Зарегистрирован(а) по адресу {applicantAddress}. На основании «{entitlement}» имеет льготу по коммунальным услугам: {utilities}.',
          ),
        ),
      },
    ],
  },
  'repair-construction-permit': {
    title: PERMIT,
    statements: [
      {
        when: { properties: { worksKind: { enum: ['extension', 'newBuilding'] } }, required: ['worksKind'] },
        text: opening(
          t(
            '{siteAddress} ünvanında {startDate} tarixindən «{worksKind}» işlərinin aparılmasına icazə verilir: {floors} mərtəbəli, {areaSquareMetres} m² sahəli tikili.',
            'Permitted: “{worksKind}” at {siteAddress}, from {startDate}: a building of {floors} floor(s) and {areaSquareMetres} m².',
            'Разрешаются работы «{worksKind}» по адресу {siteAddress} с {startDate}: строение, этажей — {floors}, площадь — {areaSquareMetres} м².',
          ),
        ),
      },
      {
        text: opening(
          t(
            '{siteAddress} ünvanında {startDate} tarixindən «{worksKind}» işlərinin aparılmasına icazə verilir.',
            'Permitted: “{worksKind}” at {siteAddress}, from {startDate}.',
            'Разрешаются работы «{worksKind}» по адресу {siteAddress} с {startDate}.',
          ),
        ),
      },
    ],
  },
  'tree-felling-permit': {
    title: t('AĞAC KƏSİLMƏSİNƏ İCAZƏ', 'PERMIT TO FELL TREES', 'РАЗРЕШЕНИЕ НА ВЫРУБКУ ДЕРЕВЬЕВ'),
    statements: [
      {
        text: opening(
          t(
            '{location} ünvanında bitən ağacların kəsilməsinə icazə verilir. Ağacların sayı: {treeCount}. Göstərilən səbəb: {reasons}. Kəsilən hər ağacın yerinə yenisinin əkilməsi tövsiyə olunur.',
            'Permitted to fell the trees at {location}. Number of trees: {treeCount}. Reason given: {reasons}. Planting a new tree in place of each one felled is recommended.',
            'Разрешается вырубка деревьев по адресу {location}. Количество деревьев: {treeCount}. Указанная причина: {reasons}. Взамен каждого срубленного дерева рекомендуется посадить новое.',
          ),
        ),
      },
    ],
  },
  'archive-extract': {
    title: t('ARXİV ÇIXARIŞI', 'ARCHIVE EXTRACT', 'АРХИВНАЯ ВЫПИСКА'),
    statements: [
      {
        when: { properties: { forSomeoneElse: { const: true } }, required: ['forSomeoneElse'] },
        text: opening(
          t(
            '{principalName} adından. {authority} arxivində tapılan sənəd: «{recordKind}», {year}-ci il.',
            'On behalf of {principalName}. The record found in the archive of {authority}: “{recordKind}”, {year}.',
            'От имени: {principalName}. Документ, найденный в архиве органа «{authority}»: «{recordKind}», {year} г.',
          ),
        ),
      },
      {
        text: opening(
          t(
            '{authority} arxivində tapılan sənəd: «{recordKind}», {year}-ci il.',
            'The record found in the archive of {authority}: “{recordKind}”, {year}.',
            'Документ, найденный в архиве органа «{authority}»: «{recordKind}», {year} г.',
          ),
        ),
      },
    ],
  },
  'temporary-trade-place': {
    title: PERMIT,
    statements: [
      {
        text: opening(
          t(
            '{placeAddress} ünvanında {fromDate} tarixindən {days} gün müddətinə ticarətə icazə verilir. Mallar: {goods}.',
            'Permitted to trade at {placeAddress} for {days} day(s) from {fromDate}. Goods: {goods}.',
            'Разрешается торговля по адресу {placeAddress} с {fromDate}, дней — {days}. Товары: {goods}.',
          ),
        ),
      },
    ],
  },
  'agricultural-fair-stall': {
    title: PERMIT,
    statements: [
      {
        text: opening(
          t(
            '{authority} kənd təsərrüfatı yarmarkasında yer ayırır. Məhsullar: {produce}.',
            '{authority} gives a stall at its agricultural fair. Produce: {produce}.',
            '{authority} выделяет место на сельскохозяйственной ярмарке. Продукция: {produce}.',
          ),
        ),
      },
    ],
  },
};
