/**
 * The demo forms, one per electronic service of the catalogue (src/seed/services.ts). The frame
 * (applicant from the registry, documents, contact) comes from `serviceForm`; here are only each
 * service's own questions. Modelled on the paper application forms of local executive
 * authorities: who it is for, what for, and what the authority needs to decide.
 */
import type { FormDefinition, Localized } from '@icra/forms';
import { seedCertificates } from './certificates.js';
import {
  address,
  choice,
  date,
  familyMembers,
  fin,
  longText,
  multiChoice,
  required,
  serviceForm,
  t,
  text,
  wholeNumber,
  yesNo,
} from './forms.js';

/** Where the applicant will present the document: asked by the certificates. */
const presentTo = (hint: Localized) =>
  required(
    choice(
      t(
        'Arayış hara təqdim olunacaq?',
        'Where will you present the certificate?',
        'Куда будет представлена справка?',
      ),
      {
        bank: t('Bank', 'A bank', 'Банк'),
        school: t('Təhsil müəssisəsi', 'A school or university', 'Учебное заведение'),
        employer: t('İş yeri', 'An employer', 'Место работы'),
        consulate: t('Konsulluq və ya səfirlik', 'A consulate or embassy', 'Консульство или посольство'),
        other: t('Digər təşkilat', 'Another organisation', 'Другая организация'),
      },
      hint,
      'select',
    ),
  );

const presentToOther = {
  id: 'present-to-other',
  title: t('Təşkilat', 'The organisation', 'Организация'),
  when: { properties: { presentTo: { const: 'other' } }, required: ['presentTo'] },
  questions: {
    organisation: required(text(t('Təşkilatın adı', 'Name of the organisation', 'Название организации'))),
  },
};

const PRESENT_HINT = t(
  'Arayışın mətni buna uyğun hazırlanır.',
  'The wording of the certificate follows it.',
  'От этого зависит текст справки.',
);

/** The forms, each with the certificate its service issues when it has one (src/seed/certificates.ts). */
export const seedForms: FormDefinition[] = [
  serviceForm('residence-certificate', [
    {
      id: 'residence',
      title: t('Yaşayış yeri', 'Where you live', 'Место жительства'),
      questions: {
        livesAtRegistered: required(
          yesNo(
            t(
              'Qeydiyyatda olduğunuz ünvanda yaşayırsınız?',
              'Do you live at your registered address?',
              'Вы живёте по адресу регистрации?',
            ),
          ),
        ),
        presentTo: presentTo(PRESENT_HINT),
      },
    },
    {
      id: 'actual-address',
      title: t('Faktiki ünvan', 'Actual address', 'Фактический адрес'),
      when: { properties: { livesAtRegistered: { const: false } }, required: ['livesAtRegistered'] },
      questions: {
        actualAddress: required(
          address(
            t(
              'Faktiki yaşadığınız ünvan',
              'The address where you actually live',
              'Адрес, где вы фактически живёте',
            ),
            t('Küçə, ev, mənzil.', 'Street, house, flat.', 'Улица, дом, квартира.'),
          ),
        ),
        livingSince: required(
          date(t('Bu ünvanda nə vaxtdan yaşayırsınız?', 'Living there since', 'Проживаете с')),
        ),
      },
    },
    presentToOther,
  ]),

  serviceForm('address-confirmation', [
    {
      id: 'house',
      title: t('Ev', 'The house', 'Дом'),
      questions: {
        houseAddress: required(
          address(t('Təsdiq olunacaq ünvan', 'The address to confirm', 'Подтверждаемый адрес')),
        ),
        houseKind: required(
          choice(t('Tikilinin növü', 'Kind of building', 'Тип строения'), {
            house: t('Fərdi yaşayış evi', 'A detached house', 'Частный дом'),
            flat: t('Çoxmənzilli binada mənzil', 'A flat in a block', 'Квартира в многоквартирном доме'),
            country: t('Bağ evi', 'A country house', 'Дачный дом'),
          }),
        ),
        reason: required(
          text(
            t('Ünvan nə üçün lazımdır?', 'What is the confirmation for?', 'Для чего нужно подтверждение?'),
            300,
          ),
        ),
      },
    },
  ]),

  serviceForm('family-composition-reference', [
    {
      id: 'family',
      title: t('Ailə', 'The family', 'Семья'),
      questions: {
        family: familyMembers(
          t('Ailə üzvləri', 'Members of your family', 'Члены семьи'),
          t(
            'Əhali reyestrində sizinlə eyni ünvanda qeydiyyatda olanlar. Səhv varsa, arayışı almazdan əvvəl ASAN xidmətə müraciət edin.',
            'Those the population registry holds at your registered address. If it is wrong, have the registry corrected at ASAN service first.',
            'Те, кто зарегистрирован с вами по одному адресу в реестре населения. Если есть ошибка, сначала исправьте её в ASAN xidmət.',
          ),
        ),
        includeMinorsOnly: yesNo(
          t(
            'Arayışda yalnız azyaşlı uşaqlar göstərilsin?',
            'List only the children under 18?',
            'Указать в справке только несовершеннолетних детей?',
          ),
        ),
        presentTo: presentTo(PRESENT_HINT),
      },
    },
    presentToOther,
  ]),

  serviceForm('head-of-family-certificate', [
    {
      id: 'household',
      title: t('Ailə başçısı', 'Head of the family', 'Глава семьи'),
      questions: {
        reason: required(
          choice(t('Arayışın məqsədi', 'What the certificate is for', 'Цель справки'), {
            inheritance: t('Vərəsəlik', 'Inheritance', 'Наследство'),
            utility: t('Kommunal xidmətlər', 'Utility contracts', 'Коммунальные услуги'),
            social: t('Sosial müavinət', 'A social benefit', 'Социальное пособие'),
            other: t('Digər', 'Other', 'Другое'),
          }),
        ),
        previousHeadFin: fin(
          t(
            'Əvvəlki ailə başçısının FİN-i (varsa)',
            'FIN of the previous head of the family, if any',
            'ФИН прежнего главы семьи (если был)',
          ),
        ),
      },
    },
  ]),

  serviceForm('social-benefit-certificate', [
    {
      id: 'benefit',
      title: t('Müavinət', 'The benefit', 'Пособие'),
      questions: {
        benefitKind: required(
          choice(
            t('Hansı müavinət üçün?', 'Which benefit is it for?', 'Для какого пособия?'),
            {
              targeted: t(
                'Ünvanlı dövlət sosial yardımı',
                'Targeted state social assistance',
                'Адресная государственная социальная помощь',
              ),
              child: t('Uşağa görə müavinət', 'Child benefit', 'Пособие на ребёнка'),
              disability: t('Əlilliyə görə müavinət', 'Disability benefit', 'Пособие по инвалидности'),
              survivor: t(
                'Ailə başçısını itirməyə görə müavinət',
                'Survivor’s benefit',
                'Пособие по потере кормильца',
              ),
            },
            undefined,
            'select',
          ),
        ),
        monthlyIncome: required(
          wholeNumber(
            t(
              'Ailənin aylıq gəliri, manatla',
              'The household’s monthly income, in manat',
              'Ежемесячный доход семьи, в манатах',
            ),
            0,
            100000,
          ),
        ),
        employed: required(yesNo(t('Hazırda işləyirsiniz?', 'Are you in work now?', 'Вы сейчас работаете?'))),
      },
    },
    {
      id: 'employer',
      title: t('İş yeri', 'Your work', 'Работа'),
      when: { properties: { employed: { const: true } }, required: ['employed'] },
      questions: {
        employer: required(text(t('İş yerinin adı', 'Name of the employer', 'Название места работы'))),
      },
    },
  ]),

  serviceForm('utility-concession-reference', [
    {
      id: 'concession',
      title: t('Güzəşt', 'The concession', 'Льгота'),
      questions: {
        utilities: required(
          multiChoice(
            t('Hansı xidmətlər üzrə?', 'For which utilities?', 'По каким услугам?'),
            {
              power: t('Elektrik enerjisi', 'Electricity', 'Электроэнергия'),
              gas: t('Təbii qaz', 'Natural gas', 'Природный газ'),
              water: t('Su', 'Water', 'Вода'),
            },
            t('Bir neçəsini seçə bilərsiniz.', 'You may choose more than one.', 'Можно выбрать несколько.'),
          ),
        ),
        entitlement: required(
          choice(t('Güzəştin əsası', 'What entitles you', 'Основание льготы'), {
            veteran: t('Müharibə veteranı', 'War veteran', 'Ветеран войны'),
            martyrFamily: t('Şəhid ailəsi', 'Family of a martyr', 'Семья шехида'),
            disability: t(
              'I və II qrup əlillik',
              'Disability, group I or II',
              'Инвалидность I или II группы',
            ),
            idp: t('Məcburi köçkün', 'Internally displaced person', 'Вынужденный переселенец'),
          }),
        ),
        subscriberNumber: text(
          t('Abonent kodu (varsa)', 'Subscriber number, if you know it', 'Абонентский код (если известен)'),
          30,
        ),
      },
    },
  ]),

  serviceForm('repair-construction-permit', [
    {
      id: 'works',
      title: t('İşlər', 'The works', 'Работы'),
      questions: {
        worksKind: required(
          choice(t('İşlərin növü', 'Kind of works', 'Вид работ'), {
            repair: t('Əsaslı təmir', 'Major repair', 'Капитальный ремонт'),
            extension: t('Əlavə tikinti', 'Extension', 'Пристройка'),
            newBuilding: t('Yeni tikinti', 'New building', 'Новое строительство'),
          }),
        ),
        siteAddress: required(address(t('Obyektin ünvanı', 'Address of the site', 'Адрес объекта'))),
        description: required(
          longText(
            t('İşlərin təsviri', 'Describe the works', 'Опишите работы'),
            t('Nə, harada və hansı ölçüdə.', 'What, where and how large.', 'Что, где и какого размера.'),
          ),
        ),
        startDate: required(date(t('Başlama tarixi', 'Planned start', 'Планируемое начало'))),
      },
    },
    {
      id: 'building',
      title: t('Tikinti', 'The building', 'Строение'),
      when: { properties: { worksKind: { enum: ['extension', 'newBuilding'] } }, required: ['worksKind'] },
      questions: {
        floors: required(wholeNumber(t('Mərtəbə sayı', 'Number of floors', 'Число этажей'), 1, 3)),
        areaSquareMetres: required(wholeNumber(t('Sahə, m²', 'Floor area, m²', 'Площадь, м²'), 1, 1000)),
      },
    },
  ]),

  serviceForm('tree-felling-permit', [
    {
      id: 'trees',
      title: t('Ağaclar', 'The trees', 'Деревья'),
      questions: {
        treeCount: required(wholeNumber(t('Ağacların sayı', 'Number of trees', 'Число деревьев'), 1, 50)),
        location: required(address(t('Ağacların yeri', 'Where the trees stand', 'Где растут деревья'))),
        reasons: required(
          multiChoice(t('Səbəb', 'Why they must be felled', 'Причина'), {
            dry: t('Quruyub', 'They are dead', 'Засохли'),
            danger: t(
              'Binaya və ya xəttə təhlükə yaradır',
              'They endanger a building or a line',
              'Угрожают зданию или линии',
            ),
            construction: t('Tikinti üçün', 'For construction', 'Для строительства'),
          }),
        ),
      },
    },
  ]),

  serviceForm('archive-extract', [
    {
      id: 'record',
      title: t('Sənəd', 'The record', 'Документ'),
      questions: {
        recordKind: required(
          choice(t('Hansı sənəd axtarılır?', 'What record are you looking for?', 'Какой документ ищется?'), {
            decision: t(
              'Başçının sərəncamı',
              'A decision of the head of the authority',
              'Распоряжение главы',
            ),
            land: t('Torpaq sahəsinin ayrılması', 'A land allocation', 'Выделение земельного участка'),
            employment: t('İş stajı', 'A record of employment', 'Трудовой стаж'),
          }),
        ),
        year: required(wholeNumber(t('Sənədin ili', 'Year of the record', 'Год документа'), 1920, 2026)),
        details: longText(
          t('Axtarışa kömək edəcək məlumat', 'Anything that helps the search', 'Сведения для поиска'),
          t('Nömrə, tarix, idarə.', 'A number, a date, an office.', 'Номер, дата, учреждение.'),
        ),
        forSomeoneElse: required(
          yesNo(
            t(
              'Başqa şəxs adından müraciət edirsiniz?',
              'Are you applying for someone else?',
              'Вы подаёте за другого человека?',
            ),
          ),
        ),
      },
    },
    {
      id: 'principal',
      title: t('Təmsil olunan şəxs', 'Who you apply for', 'За кого вы подаёте'),
      when: { properties: { forSomeoneElse: { const: true } }, required: ['forSomeoneElse'] },
      questions: {
        principalName: required(text(t('Şəxsin adı', 'Their full name', 'ФИО этого человека'))),
        principalFin: required(fin(t('Şəxsin FİN-i', 'Their FIN', 'ФИН этого человека'))),
      },
    },
  ]),

  serviceForm('temporary-trade-place', [
    {
      id: 'trade',
      title: t('Ticarət', 'The trade', 'Торговля'),
      questions: {
        goods: required(text(t('Satılacaq mallar', 'What you will sell', 'Что вы будете продавать'), 300)),
        placeAddress: required(address(t('Yerin ünvanı', 'Where', 'Где'))),
        fromDate: required(date(t('Başlama tarixi', 'From', 'С'))),
        days: required(wholeNumber(t('Gün sayı', 'For how many days', 'На сколько дней'), 1, 90)),
      },
    },
  ]),

  serviceForm('agricultural-fair-stall', [
    {
      id: 'stall',
      title: t('Yarmarka', 'The fair', 'Ярмарка'),
      questions: {
        produce: required(
          multiChoice(t('Məhsullar', 'Your produce', 'Продукция'), {
            fruit: t('Meyvə', 'Fruit', 'Фрукты'),
            vegetables: t('Tərəvəz', 'Vegetables', 'Овощи'),
            dairy: t('Süd məhsulları', 'Dairy', 'Молочные продукты'),
            honey: t('Bal', 'Honey', 'Мёд'),
          }),
        ),
        ownProduce: required(
          yesNo(t('Məhsulu özünüz yetişdirirsiniz?', 'Do you grow it yourself?', 'Вы сами её выращиваете?')),
        ),
      },
    },
  ]),
].map((form) => {
  const certificate = seedCertificates[form.service];
  return certificate ? { ...form, certificate } : form;
});
