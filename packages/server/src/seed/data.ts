/**
 * Demo seed content for the reference server: three pilot authorities and their news.
 *
 * All contact data is demo data. Officials are never named; texts say "the head of the executive power".
 *
 * Translation gaps are deliberate, so the fallback to Azerbaijani can be tested end to end:
 * - b6346da9-a6ec-4a49-9f62-e1dc153e2d5b (Guba hiking routes) has az and en but no ru anywhere
 *   (title, summary, body, cover alt);
 * - dac776bb-a0cc-413f-8fbd-408d567145f2 (Masalli street lighting) has az only: no en and no ru anywhere.
 * Every other article has az, en and ru in every field.
 *
 * 53d38c53-2b38-4733-9285-9727b666f2ae has a title with an ampersand and quotation marks, so that
 * rendering code that forgets to escape text shows it at once.
 */
import type { SeedAuthority, SeedNews } from './types.js';

const COVER_WIDTH = 1200;
const COVER_HEIGHT = 675;

export const seedAuthorities: SeedAuthority[] = [
  {
    slug: 'ganja',
    kind: 'city',
    name: {
      az: 'Gəncə Şəhər İcra Hakimiyyəti',
      en: 'Ganja City Executive Power',
      ru: 'Исполнительная власть города Гянджа',
    },
    shortName: { az: 'Gəncə', en: 'Ganja', ru: 'Гянджа' },
    contacts: {
      address: {
        az: 'Gəncə şəhəri, Cavad xan küçəsi 1, AZ2000',
        en: '1 Javad Khan Street, Ganja AZ2000, Azerbaijan',
        ru: 'г. Гянджа, ул. Джавад хана, 1, AZ2000',
      },
      phone: '+994 22 200 00 01',
      email: 'info@ganja-ih.gov.az',
      website: 'https://ganja-ih.gov.az',
    },
    allowedOrigins: ['https://ganja-ih.gov.az', 'https://www.ganja-ih.gov.az'],
  },
  {
    slug: 'guba',
    kind: 'district',
    name: {
      az: 'Quba Rayon İcra Hakimiyyəti',
      en: 'Guba District Executive Power',
      ru: 'Исполнительная власть Губинского района',
    },
    shortName: { az: 'Quba', en: 'Guba', ru: 'Губа' },
    contacts: {
      address: {
        az: 'Quba şəhəri, Fətəli xan küçəsi 1, AZ4000',
        en: '1 Fatali Khan Street, Guba AZ4000, Azerbaijan',
        ru: 'г. Губа, ул. Фатали хана, 1, AZ4000',
      },
      phone: '+994 23 330 00 01',
      email: 'info@guba-ih.gov.az',
      website: 'https://guba-ih.gov.az',
    },
    allowedOrigins: ['https://guba-ih.gov.az', 'https://www.guba-ih.gov.az'],
  },
  {
    slug: 'masalli',
    kind: 'district',
    name: {
      az: 'Masallı Rayon İcra Hakimiyyəti',
      en: 'Masalli District Executive Power',
      ru: 'Исполнительная власть Масаллинского района',
    },
    shortName: { az: 'Masallı', en: 'Masalli', ru: 'Масаллы' },
    contacts: {
      address: {
        az: 'Masallı şəhəri, İstiqlal küçəsi 1, AZ4400',
        en: '1 Istiglal Street, Masalli AZ4400, Azerbaijan',
        ru: 'г. Масаллы, ул. Истиглал, 1, AZ4400',
      },
      phone: '+994 25 210 00 01',
      email: 'info@masalli-ih.gov.az',
      website: 'https://masalli-ih.gov.az',
    },
    allowedOrigins: ['https://masalli-ih.gov.az', 'https://www.masalli-ih.gov.az'],
  },
];

export const seedNews: SeedNews[] = [
  // ───────────────────────────── Ganja ─────────────────────────────
  {
    id: '9b3f3797-b53c-4194-8a90-129a1083dcf6',
    authority: 'ganja',
    publishedAt: '2026-08-28T07:10:00Z',
    cover: {
      file: 'ganja-courtyard-repair.svg',
      alt: {
        az: 'Çoxmənzilli binalar arasında yenidən asfaltlanmış həyət və uşaq meydançası',
        en: 'A freshly paved courtyard with a playground between apartment blocks',
        ru: 'Заново заасфальтированный двор с детской площадкой между многоквартирными домами',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Kəpəz rayonunda 12 çoxmənzilli binanın həyəti abadlaşdırılır',
      en: 'Courtyards of 12 apartment blocks in Kapaz district are being renovated',
      ru: 'В Кяпазском районе благоустраивают дворы 12 многоквартирных домов',
    },
    summary: {
      az: 'Həyətlərdə asfalt örtüyü yenilənir, uşaq və idman meydançaları quraşdırılır, gecə işıqlandırması bərpa olunur. İşlərin oktyabrın sonunadək başa çatdırılması planlaşdırılır.',
      en: 'Asphalt is being relaid, play and sports areas installed and night lighting restored. The work is due to be completed by the end of October.',
      ru: 'Во дворах обновляют асфальт, устанавливают детские и спортивные площадки, восстанавливают ночное освещение. Работы планируется завершить до конца октября.',
    },
    body: {
      az: [
        'Gəncə Şəhər İcra Hakimiyyətinin təşəbbüsü ilə Kəpəz rayonunda yerləşən 12 çoxmənzilli yaşayış binasının həyətində abadlıq işlərinə başlanılıb. Layihə sakinlərin müraciətləri əsasında hazırlanıb və ilk növbədə vəziyyəti ən ağır olan həyətləri əhatə edir.',
        'Həyətlərdə köhnə asfalt örtüyü sökülərək yenisi ilə əvəz olunur, yağış sularının axıdılması üçün novlar çəkilir, səki kənarları bərpa edilir. Hər həyətdə uşaq meydançası, açıq havada məşq qurğuları və oturacaqlar quraşdırılır.',
        'Gecə təhlükəsizliyini artırmaq üçün həyətlərdə enerjiyə qənaət edən LED işıqlandırma sistemi qurulur. Yaşıllıq zolaqlarında isə yeni ağaclar və kollar əkiləcək.',
        'İşlərin oktyabrın sonunadək tamamlanması nəzərdə tutulur. Sakinlər təkliflərini icra hakimiyyətinin qaynar xəttinə və ya elektron poçtuna göndərə bilərlər.',
      ],
      en: [
        "At the initiative of the Ganja City Executive Power, renovation has begun in the courtyards of 12 apartment blocks in Kapaz district. The project was drawn up in response to residents' requests and starts with the courtyards in the worst condition.",
        'The old asphalt is being taken up and relaid, drainage channels are being put in for rainwater and kerbs repaired. Each courtyard is getting a playground, outdoor exercise equipment and benches.',
        'To make the courtyards safer after dark, energy-efficient LED lighting is being installed. New trees and shrubs will be planted along the green strips.',
        "The work is scheduled to finish by the end of October. Residents can send their suggestions to the executive power's hotline or by email.",
      ],
      ru: [
        'По инициативе Исполнительной власти города Гянджа в Кяпазском районе начались работы по благоустройству дворов 12 многоквартирных жилых домов. Проект подготовлен по обращениям жителей, и в первую очередь в него вошли дворы, находящиеся в самом плохом состоянии.',
        'Во дворах снимают старое асфальтовое покрытие и укладывают новое, прокладывают лотки для отвода дождевой воды, восстанавливают бордюры. В каждом дворе устанавливают детскую площадку, уличные тренажёры и скамейки.',
        'Чтобы во дворах было безопаснее в тёмное время суток, монтируется энергосберегающее светодиодное освещение. Вдоль газонов высадят новые деревья и кустарники.',
        'Работы планируется завершить до конца октября. Свои предложения жители могут направить на горячую линию исполнительной власти или по электронной почте.',
      ],
    },
  },
  {
    id: '5f4500bc-3242-49d8-89a9-b2accd7a4d0c',
    authority: 'ganja',
    publishedAt: '2026-09-15T06:40:00Z',
    cover: {
      file: 'ganja-school-opening.svg',
      alt: {
        az: 'Üçmərtəbəli yeni məktəb binası, qarşısında ağaclar',
        en: 'A new three-storey school building with trees in front',
        ru: 'Новое трёхэтажное здание школы, перед ним деревья',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Gəncədə 960 şagird yerlik yeni məktəb binası istifadəyə verilib',
      en: 'New 960-pupil school building opens in Ganja',
      ru: 'В Гяндже открылось новое здание школы на 960 ученических мест',
    },
    summary: {
      az: 'Bilik Günündə Nizami rayonundakı 14 nömrəli tam orta məktəbin yeni binasında ilk dərslər keçirilib. Binada 36 sinif otağı, laboratoriyalar, idman zalı və kitabxana var.',
      en: 'On Knowledge Day the first lessons were held in the new building of Secondary School No. 14 in Nizami district. It has 36 classrooms, laboratories, a gym and a library.',
      ru: 'В День знаний в новом здании средней школы № 14 Низаминского района прошли первые уроки. В здании 36 классных комнат, лаборатории, спортзал и библиотека.',
    },
    body: {
      az: [
        'Sentyabrın 15-də, Bilik Günündə Gəncənin Nizami rayonunda yerləşən 14 nömrəli tam orta məktəbin yeni üçmərtəbəli binası şagirdlərin ixtiyarına verilib. Köhnə bina qəzalı vəziyyətdə olduğu üçün son iki ildə dərslər qonşu məktəbdə, iki növbədə keçirilirdi.',
        'Yeni binada 36 sinif otağı, fizika, kimya və biologiya laboratoriyaları, iki informatika otağı, idman və akt zalları, kitabxana və yeməkxana var. Bina əlilliyi olan şagirdlər üçün panduslar və liftlə təchiz edilib.',
        'Açılış mərasimində icra başçısı müəllimləri və valideynləri yeni tədris ilinin başlanması münasibətilə təbrik edib, birinci sinfə gedən şagirdlərə hədiyyələr təqdim olunub.',
        'Məktəbdə 960 şagird bir növbədə təhsil alacaq. Həyətdə mini futbol meydançası və qaçış yolu da salınıb.',
      ],
      en: [
        "On 15 September, Knowledge Day, the new three-storey building of Secondary School No. 14 in Ganja's Nizami district was handed over to its pupils. Because the old building was unsafe, for the past two years lessons had been held in two shifts at a neighbouring school.",
        'The new building has 36 classrooms, physics, chemistry and biology labs, two computer rooms, a gym, an assembly hall, a library and a canteen. Ramps and a lift make it accessible to pupils with disabilities.',
        'At the opening ceremony the head of the executive power congratulated teachers and parents on the start of the new school year, and first-graders were given presents.',
        'The school will teach 960 pupils in a single shift. A five-a-side football pitch and a running track have also been laid out in the schoolyard.',
      ],
      ru: [
        '15 сентября, в День знаний, новое трёхэтажное здание средней школы № 14 в Низаминском районе Гянджи приняло учеников. Поскольку старое здание находилось в аварийном состоянии, последние два года занятия проходили в соседней школе в две смены.',
        'В новом здании 36 классных комнат, лаборатории физики, химии и биологии, два компьютерных класса, спортивный и актовый залы, библиотека и столовая. Для учеников с инвалидностью предусмотрены пандусы и лифт.',
        'На церемонии открытия глава исполнительной власти поздравил учителей и родителей с началом нового учебного года, первоклассникам вручили подарки.',
        'Школа рассчитана на 960 учеников, которые будут заниматься в одну смену. Во дворе также оборудованы мини-футбольное поле и беговая дорожка.',
      ],
    },
  },
  {
    id: 'f2434550-f7fc-46b4-ba70-fd54ef500acb',
    authority: 'ganja',
    publishedAt: '2026-09-24T11:25:00Z',
    cover: null,
    title: {
      az: 'İcra başçısı Kəpəz rayonunda vətəndaşları qəbul edib',
      en: 'Head of the executive power holds citizen reception in Kapaz district',
      ru: 'Глава исполнительной власти провёл приём граждан в Кяпазском районе',
    },
    summary: {
      az: 'Qəbulda 47 sakin mənzil-kommunal təsərrüfatı, məşğulluq və sosial müdafiə məsələləri ilə bağlı müraciət edib. Müraciətlərin bir qismi yerindəcə həll olunub.',
      en: 'Forty-seven residents raised questions about housing and utilities, employment and social protection. Some of the requests were resolved on the spot.',
      ru: 'На приём пришли 47 жителей с вопросами ЖКХ, трудоустройства и социальной защиты. Часть обращений решена на месте.',
    },
    body: {
      az: [
        'Gəncə Şəhər İcra Hakimiyyətinin başçısı Kəpəz rayonunun sakinləri üçün səyyar qəbul keçirib. Qəbul rayonun mədəniyyət mərkəzində təşkil olunub, ona aidiyyəti qurumların – kommunal xidmətlərin, məşğulluq mərkəzinin və sosial müdafiə orqanlarının nümayəndələri də qatılıblar.',
        'Sakinlər əsasən içməli su və kanalizasiya xətlərinin təmiri, çoxmənzilli binaların damlarının bərpası, işlə təminat və ünvanlı sosial yardım məsələlərini qaldırıblar.',
        'Müraciətlərin bir qismi yerindəcə həllini tapıb, digərləri isə araşdırılmaq üçün aidiyyəti qurumlara göndərilib. Hər bir müraciətin icrası icra hakimiyyətinin nəzarətindədir.',
        'Növbəti səyyar qəbul oktyabr ayında Nizami rayonunda keçiriləcək. Qəbula portal vasitəsilə onlayn yazılmaq mümkündür.',
      ],
      en: [
        'The head of the Ganja City Executive Power held an outreach reception for residents of Kapaz district. It took place at the district cultural centre and was also attended by representatives of the relevant bodies: the utility services, the employment centre and the social-protection authorities.',
        'Residents mainly raised the repair of drinking-water and sewer lines, the restoration of roofs on apartment blocks, jobs, and targeted social assistance.',
        'Some of the requests were resolved on the spot; the rest have been passed to the relevant bodies for review. The executive power follows up every request until it has been dealt with.',
        'The next outreach reception will be held in Nizami district in October. Residents can sign up for it online through the portal.',
      ],
      ru: [
        'Глава Исполнительной власти города Гянджа провёл выездной приём жителей Кяпазского района. Приём прошёл в районном центре культуры, в нём также участвовали представители профильных ведомств — коммунальных служб, центра занятости и органов социальной защиты.',
        'Жители в основном поднимали вопросы ремонта водопроводных и канализационных сетей, восстановления кровли многоквартирных домов, трудоустройства и адресной социальной помощи.',
        'Часть обращений решена на месте, остальные направлены в профильные ведомства для рассмотрения. Исполнение каждого обращения находится на контроле исполнительной власти.',
        'Следующий выездной приём пройдёт в октябре в Низаминском районе. Записаться на приём можно онлайн через портал.',
      ],
    },
  },
  {
    id: '53d38c53-2b38-4733-9285-9727b666f2ae',
    authority: 'ganja',
    publishedAt: '2026-10-09T13:05:00Z',
    cover: {
      file: 'ganja-books-coffee.svg',
      alt: {
        az: 'Kitab yığını və isti qəhvə fincanı',
        en: 'A stack of books beside a steaming cup of coffee',
        ru: 'Стопка книг и чашка горячего кофе',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Gəncə Mərkəzi Kitabxanasında «Kitab & Qəhvə» görüşləri başlayıb',
      en: '"Books & Coffee" meetups launch at Ganja Central Library',
      ru: 'В Центральной библиотеке Гянджи стартовали встречи «Книга & кофе»',
    },
    summary: {
      az: 'Hər cümə axşamı gənclər kitabxanada bir kitabı müzakirə edəcək, yerli yazıçı və tərcüməçilərlə görüşəcəklər. İlk görüş Nizami Gəncəvinin «Sirlər xəzinəsi» poemasına həsr olunub.',
      en: "Every Thursday young people will discuss a book at the library and meet local writers and translators. The first meeting was devoted to Nizami Ganjavi's poem The Treasury of Mysteries.",
      ru: 'Каждый четверг молодёжь будет обсуждать в библиотеке одну книгу и встречаться с местными писателями и переводчиками. Первая встреча была посвящена поэме Низами Гянджеви «Сокровищница тайн».',
    },
    body: {
      az: [
        'Gəncə Şəhər İcra Hakimiyyəti ilə Gəncə Mərkəzi Kitabxanasının birgə layihəsi olan «Kitab & Qəhvə» gənclər üçün açıq oxu klubudur. Görüşlər hər cümə axşamı saat 18:00-da kitabxananın yenilənmiş oxu zalında keçirilir, iştirak pulsuzdur.',
        'İlk görüşdə iştirakçılar Nizami Gəncəvinin «Sirlər xəzinəsi» poemasından parçalar oxuyub, əsərin bu günlə səsləşən məqamlarını müzakirə ediblər. Söhbətə Gəncə Dövlət Universitetinin ədəbiyyat müəllimi də qoşulub.',
        'Növbəti aylarda klubda Azərbaycan və dünya ədəbiyyatından əsərlər müzakirə olunacaq, yerli yazıçı və tərcüməçilərlə görüşlər təşkil ediləcək. Kitabların siyahısı kitabxananın sosial şəbəkə səhifələrində əvvəlcədən elan olunur.',
        'Klubun adındakı qəhvə isə sadəcə bəzək deyil: hər görüşdən sonra söhbət çay-qəhvə süfrəsi arxasında davam edir.',
      ],
      en: [
        '"Books & Coffee", a joint project of the Ganja City Executive Power and Ganja Central Library, is an open reading club for young people. Meetings take place every Thursday at 18:00 in the library\'s refurbished reading room, and admission is free.',
        "At the first meeting participants read passages from Nizami Ganjavi's poem The Treasury of Mysteries and talked about what it has to say today. A literature lecturer from Ganja State University joined the conversation.",
        "In the coming months the club will discuss works of Azerbaijani and world literature and host meetings with local writers and translators. The reading list is announced in advance on the library's social media pages.",
        "The coffee in the club's name is more than decoration: after each meeting the conversation carries on over tea and coffee.",
      ],
      ru: [
        '«Книга & кофе» — совместный проект Исполнительной власти города Гянджа и Центральной библиотеки Гянджи, открытый читательский клуб для молодёжи. Встречи проходят каждый четверг в 18:00 в обновлённом читальном зале библиотеки, вход свободный.',
        'На первой встрече участники читали отрывки из поэмы Низами Гянджеви «Сокровищница тайн» и обсуждали, что она говорит современному читателю. К разговору присоединился преподаватель литературы Гянджинского государственного университета.',
        'В ближайшие месяцы в клубе будут обсуждать произведения азербайджанской и мировой литературы, пройдут встречи с местными писателями и переводчиками. Список книг заранее публикуется на страницах библиотеки в социальных сетях.',
        'Кофе в названии клуба — не просто украшение: после каждой встречи разговор продолжается за чаем и кофе.',
      ],
    },
  },
  {
    id: '7cbd216e-b269-48ee-8c67-0e791b8f7686',
    authority: 'ganja',
    publishedAt: '2026-10-19T09:50:00Z',
    cover: {
      file: 'ganja-autumn-run.svg',
      alt: {
        az: 'Payız ağacları arasından finiş tağına uzanan qaçış yolu',
        en: 'A running route through autumn trees towards a finish arch',
        ru: 'Беговой маршрут среди осенних деревьев, ведущий к финишной арке',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Gəncədə keçirilən payız qaçışında 1200-dən çox idmançı iştirak edib',
      en: "More than 1,200 runners take part in Ganja's autumn run",
      ru: 'В осеннем забеге в Гяндже приняли участие более 1200 бегунов',
    },
    summary: {
      az: 'Xan bağından start götürən qaçışçılar 5 və 10 kilometrlik məsafələrdə yarışıblar. Ən gənc iştirakçının 9, ən yaşlısının isə 74 yaşı var.',
      en: "Starting from Khan's Garden, runners competed over 5 and 10 kilometres. The youngest participant was 9 and the oldest 74.",
      ru: 'Стартовав от Ханского сада, бегуны соревновались на дистанциях 5 и 10 километров. Самому юному участнику 9 лет, самому старшему — 74 года.',
    },
    body: {
      az: [
        'Gəncə Şəhər İcra Hakimiyyəti və Gəncə Şəhər Gənclər və İdman İdarəsinin birgə təşkil etdiyi ənənəvi payız qaçışı bu il də çoxlu iştirakçı toplayıb. Qaçışda məktəblilər, tələbələr, həvəskar idmançılar və bütöv ailələr start götürüblər.',
        'Marşrut Xan bağından başlayaraq şəhərin mərkəzi küçələri boyunca keçib. Yarış zamanı təhlükəsizliyi yol polisi və könüllülər təmin ediblər, marşrut boyu su və tibbi yardım məntəqələri qurulub.',
        'Hər iki məsafədə ilk üç yeri tutan kişi və qadın idmançılar medal və diplomlarla təltif olunublar. Məsafəni başa vuran bütün iştirakçılara xatirə medalı verilib.',
        'Təşkilatçılar gələn il qaçışa yarımmarafon məsafəsini də əlavə etməyi planlaşdırırlar.',
      ],
      en: [
        "The traditional autumn run, organised jointly by the Ganja City Executive Power and the city's Youth and Sports Department, again drew a large field. Schoolchildren, students, amateur athletes and whole families lined up at the start.",
        "The route started at Khan's Garden and ran through the streets of the city centre. Traffic police and volunteers kept the course safe, and water stations and first-aid points were set up along the way.",
        'The top three men and women over each distance received medals and diplomas. Every finisher was given a commemorative medal.',
        'The organisers plan to add a half-marathon distance next year.',
      ],
      ru: [
        'Традиционный осенний забег, организованный Исполнительной властью города Гянджа совместно с городским Управлением молодёжи и спорта, и в этом году собрал много участников. На старт вышли школьники, студенты, спортсмены-любители и целые семьи.',
        'Маршрут начинался у Ханского сада и проходил по улицам центра города. Безопасность на трассе обеспечивали дорожная полиция и волонтёры, вдоль маршрута работали пункты с водой и медицинские посты.',
        'Трое лучших мужчин и трое лучших женщин на каждой дистанции награждены медалями и дипломами. Все, кто добежал до финиша, получили памятные медали.',
        'В следующем году организаторы планируют добавить дистанцию полумарафона.',
      ],
    },
  },
  {
    id: 'd44501fe-6cd9-42c9-91f7-cdfbeadab55f',
    authority: 'ganja',
    publishedAt: '2026-11-14T08:15:00Z',
    cover: {
      file: 'ganja-tree-planting.svg',
      alt: {
        az: 'Yeni əkilmiş ağac tingləri və bel',
        en: 'Newly planted saplings and a spade',
        ru: 'Только что посаженные саженцы и лопата',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Gəncədə payız ağacəkmə aksiyası çərçivəsində 3500 ağac əkilib',
      en: '3,500 trees planted in Ganja during the autumn tree-planting campaign',
      ru: 'В Гяндже в ходе осенней акции по озеленению высажено 3500 деревьев',
    },
    summary: {
      az: 'Aksiyada dövlət qurumlarının əməkdaşları, tələbələr və könüllülər iştirak ediblər. Əsasən çinar, şam, qoz və qaraağac tingləri əkilib.',
      en: 'Civil servants, students and volunteers took part. Most of the saplings were plane trees, pines, walnuts and elms.',
      ru: 'В акции участвовали сотрудники государственных учреждений, студенты и волонтёры. Высаживали в основном саженцы платана, сосны, грецкого ореха и вяза.',
    },
    body: {
      az: [
        'Payız ağacəkmə aksiyası çərçivəsində Gəncənin Kəpəz və Nizami rayonlarında 3500 ağac tingi əkilib. Yeni yaşıllıq zolaqları şəhərin girişində, Gəncəçayın sahilində və yeni yaşayış massivlərində salınıb.',
        'Aksiyaya dövlət qurumlarının əməkdaşları, ali məktəblərin tələbələri, könüllülər və sakinlər qoşulublar. Ağac növləri bölgənin iqliminə uyğun seçilib: əkilən tinglərin çoxu çinar, şam, qoz və qaraağacdır.',
        'Cavan ağacların suvarılması üçün damcı suvarma xətti çəkilib, onlara qulluq şəhər yaşıllaşdırma xidmətinə həvalə olunub.',
        'İcra başçısı aksiyada iştirak edən hər kəsə təşəkkür edib və yaşıllıqların qorunmasında sakinlərin özlərinin də böyük rolu olduğunu vurğulayıb.',
      ],
      en: [
        "During the autumn tree-planting campaign 3,500 saplings were planted in Ganja's Kapaz and Nizami districts. New green belts were laid out at the entrance to the city, along the banks of the Ganjachay river and in newly built residential areas.",
        "Civil servants, university students, volunteers and local residents joined in. The species were chosen to suit the region's climate, with plane trees, pines, walnuts and elms making up most of the planting.",
        "A drip irrigation line has been laid to water the young trees, and the city's landscaping service will look after them.",
        "The head of the executive power thanked everyone who took part and stressed that looking after the city's green spaces depends a great deal on residents themselves.",
      ],
      ru: [
        'В ходе осенней акции по озеленению в Кяпазском и Низаминском районах Гянджи высажено 3500 саженцев. Новые зелёные полосы появились на въезде в город, на берегу реки Гянджачай и в новых жилых массивах.',
        'К акции присоединились сотрудники государственных учреждений, студенты вузов, волонтёры и местные жители. Породы деревьев подбирали с учётом климата региона: больше всего высадили платанов, сосен, грецких орехов и вязов.',
        'Для полива молодых деревьев проложена система капельного орошения, уход за ними поручен городской службе озеленения.',
        'Глава исполнительной власти поблагодарил всех участников акции и подчеркнул, что сохранность зелёных насаждений во многом зависит от самих жителей.',
      ],
    },
  },

  // ───────────────────────────── Guba ─────────────────────────────
  {
    id: '5a661a78-0bbd-4148-83cb-91fc45c34fe9',
    authority: 'guba',
    publishedAt: '2026-09-02T08:20:00Z',
    cover: {
      file: 'guba-gas-line.svg',
      alt: {
        az: 'Dağ kəndinə uzanan sarı qaz borusu',
        en: 'A yellow gas pipe running to a mountain village',
        ru: 'Жёлтая газовая труба, ведущая к горному селу',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Quba rayonunun üç dağ kəndi təbii qazla təmin olunub',
      en: 'Three mountain villages in Guba district connected to the gas supply',
      ru: 'Три горных села Губинского района подключены к газоснабжению',
    },
    summary: {
      az: 'Uzunluğu 18 kilometr olan yeni qaz xətti 640 ailəni təbii qazla təmin edir. Sakinlər bu qışı odunla deyil, qazla qarşılayacaqlar.',
      en: 'The new 18-kilometre gas line supplies 640 households. This winter residents will heat their homes with gas rather than firewood.',
      ru: 'Новый газопровод протяжённостью 18 километров обеспечивает газом 640 семей. Этой зимой жители будут отапливать дома газом, а не дровами.',
    },
    body: {
      az: [
        'Quba rayonunun dağlıq hissəsində yerləşən üç kəndə ümumi uzunluğu 18 kilometr olan yeni qaz xətti çəkilib. Bununla 640 ailə ilk dəfə təbii qazla təmin olunub.',
        'Çətin relyef üzündən xəttin bir hissəsi dərələrin üzərindən metal dayaqlarla keçirilib. Hər evə ağıllı qaz sayğacı quraşdırılıb.',
        'Əvvəllər kənd sakinləri qışda evlərini əsasən odunla qızdırırdılar. Qazlaşdırma həm ailələrin xərclərini azaldacaq, həm də meşələrin qorunmasına kömək edəcək.',
        'Xəttin istifadəyə verilməsi mərasimində icra başçısı sakinlərlə görüşüb, qazdan təhlükəsiz istifadə qaydaları barədə məlumat kitabçaları paylanıb.',
      ],
      en: [
        'A new gas line with a total length of 18 kilometres has been laid to three villages in the mountainous part of Guba district, bringing mains gas to 640 households for the first time.',
        'Because of the rugged terrain, part of the line crosses ravines on steel supports. A smart gas meter has been installed in every home.',
        "Until now villagers heated their homes in winter mainly with firewood. Gas will cut families' costs and help protect the forests.",
        'At the ceremony marking the launch of the line the head of the executive power met residents, and leaflets on using gas safely were handed out.',
      ],
      ru: [
        'К трём сёлам в горной части Губинского района проложен новый газопровод общей протяжённостью 18 километров. Благодаря ему 640 семей впервые получили природный газ.',
        'Из-за сложного рельефа часть трассы проходит над ущельями на металлических опорах. В каждом доме установлен умный газовый счётчик.',
        'Раньше жители сёл зимой отапливали дома в основном дровами. Газификация снизит расходы семей и поможет сберечь леса.',
        'На церемонии запуска газопровода глава исполнительной власти встретился с жителями, им раздали памятки о правилах безопасного пользования газом.',
      ],
    },
  },
  {
    id: '356132ac-3eb8-45a1-b14e-ef036aa564b1',
    authority: 'guba',
    publishedAt: '2026-09-10T07:35:00Z',
    cover: {
      file: 'guba-kindergarten.svg',
      alt: {
        az: 'Rəngarəng ikimərtəbəli uşaq bağçası binası və yelləncək',
        en: 'A colourful two-storey kindergarten building with a swing',
        ru: 'Яркое двухэтажное здание детского сада и качели',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Qubada 120 yerlik yeni uşaq bağçası açılıb',
      en: 'New 120-place kindergarten opens in Guba',
      ru: 'В Губе открылся новый детский сад на 120 мест',
    },
    summary: {
      az: 'Bağçada altı qrup otağı, musiqi və idman zalları, tibb otağı var. Burada üç yaşdan altı yaşadək uşaqlar tərbiyə alacaq.',
      en: 'The kindergarten has six group rooms, a music room, a gym and a medical room. It will take children aged three to six.',
      ru: 'В детском саду шесть групповых комнат, музыкальный и спортивный залы, медицинский кабинет. Его будут посещать дети от трёх до шести лет.',
    },
    body: {
      az: [
        'Quba şəhərinin yeni yaşayış massivində 120 uşaq üçün nəzərdə tutulmuş məktəbəqədər təhsil müəssisəsi istifadəyə verilib. Massivdə yaşayan gənc ailələr uzun müddətdir ki, yaxınlıqda bağça olmamasından şikayətlənirdilər.',
        'İkimərtəbəli binada altı qrup otağı, yataq otaqları, musiqi və idman zalları, tibb otağı və mətbəx yerləşir. Həyətdə hər qrup üçün ayrıca oyun meydançası və kölgəlik salınıb.',
        'Uşaqlara gündə dörd dəfə isti yemək veriləcək, menyu pediatrlarla razılaşdırılıb. Qruplarda məşğələlər Azərbaycan və rus dillərində aparılacaq.',
        'Uşağı bağçaya yazdırmaq üçün valideynlər elektron ərizə təqdim edə bilərlər. Ərizələrin qəbulu sentyabrın sonunadək davam edəcək.',
      ],
      en: [
        'A preschool for 120 children has opened in a new residential area of Guba. Young families living there had long complained that there was no kindergarten nearby.',
        'The two-storey building houses six group rooms, nap rooms, a music room, a gym, a medical room and a kitchen. In the yard each group has its own playground and a shaded shelter.',
        'Children will get four hot meals a day, on a menu agreed with paediatricians. Groups will be taught in Azerbaijani and in Russian.',
        'Parents can enrol their children by submitting an online application. Applications are accepted until the end of September.',
      ],
      ru: [
        'В новом жилом массиве Губы открылось дошкольное учреждение на 120 детей. Молодые семьи, живущие в массиве, давно жаловались на отсутствие детского сада поблизости.',
        'В двухэтажном здании разместились шесть групповых комнат, спальни, музыкальный и спортивный залы, медицинский кабинет и кухня. Во дворе для каждой группы оборудованы своя игровая площадка и теневой навес.',
        'Детей будут кормить горячей едой четыре раза в день, меню согласовано с педиатрами. Занятия в группах будут вестись на азербайджанском и русском языках.',
        'Записать ребёнка в детский сад родители могут, подав электронное заявление. Приём заявлений продлится до конца сентября.',
      ],
    },
  },
  {
    id: 'a475d312-7d7c-4013-a38e-746b9309aab4',
    authority: 'guba',
    publishedAt: '2026-10-04T12:45:00Z',
    cover: {
      file: 'guba-apple-festival.svg',
      alt: {
        az: 'Alma ağacının altında qırmızı və sarı almalarla dolu səbət',
        en: 'A basket of red and yellow apples under an apple tree',
        ru: 'Корзина с красными и жёлтыми яблоками под яблоней',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Quba Alma Festivalı minlərlə qonağı bir araya gətirib',
      en: 'Guba Apple Festival brings together thousands of visitors',
      ru: 'Губинский фестиваль яблок собрал тысячи гостей',
    },
    summary: {
      az: 'Festivalda rayonun 40-dan çox bağçılıq təsərrüfatı məhsullarını nümayiş etdirib, ən iri alma və ən dadlı alma mürəbbəsi müsabiqələri keçirilib.',
      en: 'More than 40 local orchards showed their produce, and there were contests for the biggest apple and the tastiest apple jam.',
      ru: 'Более 40 садоводческих хозяйств района представили свою продукцию, прошли конкурсы на самое крупное яблоко и самое вкусное яблочное варенье.',
    },
    body: {
      az: [
        'Ənənəvi Quba Alma Festivalı bu il oktyabrın 3-də şəhərin mərkəzi parkında keçirilib. Festivala rayon sakinləri ilə yanaşı, Bakıdan, digər bölgələrdən və xarici ölkələrdən gələn turistlər də qatılıb.',
        'Sərgi meydançasında 40-dan çox bağçılıq təsərrüfatı yerli «Qızıl əhmədi»dən tutmuş Simirenkoya qədər müxtəlif alma sortlarını, həmçinin alma şirəsi, sirkəsi, qurusu və mürəbbəsini təqdim edib. Qonaqlar təzə məhsulu birbaşa bağbanın özündən ala biliblər.',
        'Festival çərçivəsində ən iri alma və ən dadlı mürəbbə müsabiqələri keçirilib, qaliblər mükafatlandırılıb. Səhnədə yerli folklor kollektivləri çıxış edib, uşaqlar üçün ustad dərsləri və oyunlar təşkil olunub.',
        'İcra başçısı bildirib ki, festival həm bağbanların gəlirinin artmasına, həm də Qubanın turizm imkanlarının tanıdılmasına xidmət edir.',
      ],
      en: [
        "This year the traditional Guba Apple Festival was held on 3 October in the town's central park. Alongside local residents, it drew tourists from Baku, other regions and abroad.",
        'At the fair more than 40 orchards presented many varieties of Guba apples, from the local Gyzyl Ahmadi to Simirenko, as well as apple juice, vinegar, dried apples and jam. Visitors could buy fresh fruit straight from the growers.',
        'The programme included contests for the biggest apple and the tastiest jam, with prizes for the winners. Local folk ensembles performed on stage, and there were workshops and games for children.',
        "The head of the executive power said that the festival both raises growers' incomes and helps make Guba better known as a place to visit.",
      ],
      ru: [
        'В этом году традиционный Губинский фестиваль яблок прошёл 3 октября в центральном парке города. Помимо жителей района, на праздник приехали туристы из Баку, других регионов и из-за рубежа.',
        'На ярмарке более 40 садоводческих хозяйств представили губинские яблоки разных сортов — от местного «Гызыл ахмеди» до симиренко, а также яблочный сок, уксус, сушёные яблоки и варенье. Свежий урожай гости могли купить прямо у садоводов.',
        'В программе были конкурсы на самое крупное яблоко и самое вкусное варенье, победителей наградили призами. На сцене выступили местные фольклорные коллективы, для детей провели мастер-классы и игры.',
        'Глава исполнительной власти отметил, что фестиваль помогает и увеличить доходы садоводов, и рассказать о туристических возможностях Губы.',
      ],
    },
  },
  {
    // Deliberately without ru (see the comment at the top of this file).
    id: 'b6346da9-a6ec-4a49-9f62-e1dc153e2d5b',
    authority: 'guba',
    publishedAt: '2026-10-23T10:30:00Z',
    cover: {
      file: 'guba-mountain-trails.svg',
      alt: {
        az: 'Dağların arası ilə uzanan nişanlanmış cığır və istiqamət göstəricisi',
        en: 'A waymarked trail winding through the mountains, with a signpost',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Qubanın dağ kəndlərinə aparan piyada marşrutları nişanlanıb',
      en: "Hiking routes to Guba's mountain villages are now waymarked",
    },
    summary: {
      az: 'Təngəaltı, Qəçrəş və Xınalıq istiqamətlərində ümumi uzunluğu 65 kilometr olan altı marşrut nişanlar və məlumat lövhələri ilə təchiz edilib.',
      en: 'Six routes with a combined length of 65 kilometres, towards Tangaalti, Gachrash and Khinalig, now have waymarks and information boards.',
    },
    body: {
      az: [
        'Quba Rayon İcra Hakimiyyəti turizm sahəsində çalışan yerli sahibkarlar və könüllü alpinistlərlə birlikdə rayonun dağlıq hissəsində altı piyada marşrutunu nişanlayıb. Marşrutlar Təngəaltı dərəsi, Qəçrəş meşələri və Xınalıq istiqamətlərini əhatə edir.',
        'Hər marşrutun başlanğıcında xəritə, məsafə, çətinlik dərəcəsi və fövqəladə hallar üçün əlaqə nömrələri olan məlumat lövhəsi qoyulub. Yol boyu ağaclara və qayalara rəngli nişanlar vurulub, çayların üzərindəki taxta körpücüklər təmir olunub.',
        'Marşrutlardan biri ailələr üçün nəzərdə tutulub və cəmi üç saatlıq yürüşdür, digərləri isə təcrübəli turistlər üçün iki-üç günlük keçidlərdir. Bütün marşrutların GPS izləri icra hakimiyyətinin saytında yerləşdirilib.',
        'Payızda dağlarda hava tez dəyişir. Turistlərə yola çıxmazdan əvvəl hava proqnozunu yoxlamaq, isti geyim götürmək və marşrut barədə yaxınlarına xəbər vermək tövsiyə olunur.',
      ],
      en: [
        "Together with local tourism businesses and volunteer mountaineers, the Guba District Executive Power has waymarked six hiking routes in the district's mountains. They lead to the Tangaalti gorge, the forests around Gachrash and Khinalig.",
        'At the start of each route an information board shows a map, the distance, the difficulty and emergency phone numbers. Painted waymarks have been added to trees and rocks along the way, and the wooden footbridges over streams have been repaired.',
        "One route is meant for families and takes only about three hours; the others are two- or three-day treks for experienced hikers. GPS tracks for all of them are available on the executive power's website.",
        'In autumn the mountain weather changes quickly. Hikers are advised to check the forecast, pack warm clothing and tell someone their route before setting out.',
      ],
    },
  },
  {
    id: 'bb1ed340-f3b7-4a2e-8e50-d949114b85ad',
    authority: 'guba',
    publishedAt: '2026-11-20T09:05:00Z',
    cover: {
      file: 'guba-riverside-walk.svg',
      alt: {
        az: 'Çay sahili boyunca fənərli piyada yolu və körpü',
        en: 'A riverside footpath with street lamps and a bridge',
        ru: 'Пешеходная дорожка вдоль реки с фонарями и мостом',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Qudyalçay sahilində piyada yolu və velosiped zolağı yenidən qurulub',
      en: 'Riverside footpath and cycle lane along the Gudyalchay rebuilt',
      ru: 'На берегу Гудъялчая реконструированы пешеходная дорожка и велодорожка',
    },
    summary: {
      az: '1,8 kilometrlik sahil zolağında yeni səki örtüyü, velosiped yolu, işıqlandırma və istirahət guşələri var. Yol Quba şəhərini Qırmızı Qəsəbə ilə birləşdirən körpüyədək uzanır.',
      en: 'The 1.8-kilometre stretch now has new paving, a cycle lane, lighting and places to rest. It runs all the way to the bridge that links Guba with Qirmizi Qasaba.',
      ru: 'На участке длиной 1,8 километра уложено новое покрытие, появились велодорожка, освещение и места для отдыха. Дорожка тянется до моста, соединяющего Губу с Красной Слободой.',
    },
    body: {
      az: [
        'Quba şəhərində Qudyalçayın sahili boyunca uzanan piyada yolunun yenidən qurulması başa çatıb. Köhnə, çatlamış beton plitələr sökülüb, əvəzində sürüşməyən daş örtük döşənib.',
        'Piyada yolunun yanında ayrıca velosiped zolağı salınıb, sahil boyunca oturacaqlar, zibil qutuları və LED işıqlandırma quraşdırılıb. Hündürlük fərqi olan yerlərdə pilləkənlərin yanında uşaq və əlil arabaları üçün panduslar tikilib.',
        'Daşqın riskini azaltmaq üçün sahilin zəif hissələri daş hörgü ilə möhkəmləndirilib. İşlər zamanı sahildəki qoca çinar ağacları qorunub saxlanılıb.',
        'Yeni sahil yolu Quba şəhərini Qırmızı Qəsəbə ilə birləşdirən körpüyədək rahat gəzinti imkanı yaradır. Onun sakinlərlə yanaşı turistlərin də sevimli istirahət yerinə çevriləcəyi gözlənilir.',
      ],
      en: [
        'Reconstruction of the footpath along the Gudyalchay river in Guba has been completed. The old, cracked concrete slabs have been taken up and replaced with non-slip stone paving.',
        'A separate cycle lane has been built next to the footpath, and benches, litter bins and LED lighting have been installed along the bank. Where the ground changes level, ramps for pushchairs and wheelchairs have been built beside the steps.',
        'To reduce the risk of flooding, weak sections of the bank have been reinforced with stone walling. The old plane trees along the river were protected throughout the works.',
        'The riverside now makes for a pleasant walk all the way to the bridge that links Guba with Qirmizi Qasaba, also known as Krasnaya Sloboda. It is expected to become a favourite spot for visitors as well as residents.',
      ],
      ru: [
        'В Губе завершилась реконструкция пешеходной дорожки вдоль берега реки Гудъялчай. Старые растрескавшиеся бетонные плиты демонтированы, вместо них уложено нескользящее каменное покрытие.',
        'Рядом с пешеходной дорожкой проложена отдельная велодорожка, вдоль берега установлены скамейки, урны и светодиодное освещение. Там, где есть перепад высот, рядом со ступенями построены пандусы для детских и инвалидных колясок.',
        'Чтобы снизить риск паводков, слабые участки берега укреплены каменной кладкой. Старые платаны на берегу во время работ сохранили.',
        'Теперь вдоль реки можно с удобством прогуляться до самого моста, соединяющего Губу с Красной Слободой. Ожидается, что набережная станет любимым местом отдыха не только жителей, но и туристов.',
      ],
    },
  },

  // ──────────────────────────── Masalli ────────────────────────────
  {
    id: '1021e828-742a-4f14-9984-e5b040f41452',
    authority: 'masalli',
    publishedAt: '2026-08-26T09:40:00Z',
    cover: {
      file: 'masalli-water-supply.svg',
      alt: {
        az: 'Su borusundakı krandan düşən su damcısı',
        en: 'A drop of water falling from a tap on a water pipe',
        ru: 'Капля воды, падающая из крана на водопроводной трубе',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Masallı rayonunun beş kəndinə yeni içməli su xətti çəkilib',
      en: 'New drinking-water main reaches five villages in Masalli district',
      ru: 'В пять сёл Масаллинского района проведён новый водопровод',
    },
    summary: {
      az: 'Artezian quyularından qidalanan yeni sistem 2300-dən çox ailəni fasiləsiz içməli su ilə təmin edir.',
      en: 'Fed by artesian wells, the new system gives more than 2,300 households drinking water around the clock.',
      ru: 'Новая система, которая питается от артезианских скважин, круглосуточно обеспечивает питьевой водой более 2300 семей.',
    },
    body: {
      az: [
        'Masallı Rayon İcra Hakimiyyətinin təşəbbüsü ilə rayonun beş kəndində içməli su təchizatı sisteminin yenidən qurulması başa çatıb. Əvvəllər bu kəndlərin sakinləri suyu qrafiklə, gündə cəmi bir neçə saat alırdılar.',
        'Layihə çərçivəsində üç yeni artezian quyusu qazılıb, 500 kubmetrlik su anbarı tikilib və ümumi uzunluğu 42 kilometr olan paylayıcı şəbəkə çəkilib. Suyun keyfiyyəti xüsusi təmizləyici qurğuda yoxlanılır, su zərərsizləşdirilir.',
        'Hər həyətə su sayğacı quraşdırılıb, sakinlər artıq suyu gün ərzində fasiləsiz alırlar. Bu, ailələrin su daşımağa sərf etdiyi vaxtı və xərcləri xeyli azaldıb.',
        'İcra hakimiyyəti gələn il daha yeddi kəndin su təchizatını yaxşılaşdırmağı planlaşdırır.',
      ],
      en: [
        "At the initiative of the Masalli District Executive Power, the rebuilding of the drinking-water supply in five of the district's villages has been completed. Until now residents received water on a schedule, for only a few hours a day.",
        'Under the project three new artesian wells were drilled, a 500-cubic-metre reservoir was built and 42 kilometres of distribution pipes were laid. The water is tested and disinfected at a dedicated treatment unit.',
        'Every household has been fitted with a water meter, and residents now have water around the clock. This has greatly cut the time and money families used to spend fetching water.',
        'Next year the executive power plans to improve the water supply in seven more villages.',
      ],
      ru: [
        'По инициативе Исполнительной власти Масаллинского района завершена реконструкция системы питьевого водоснабжения в пяти сёлах района. Раньше жители этих сёл получали воду по графику, всего несколько часов в день.',
        'В рамках проекта пробурены три новые артезианские скважины, построен резервуар на 500 кубометров и проложено 42 километра распределительных сетей. Качество воды проверяется на специальной очистной установке, там же воду обеззараживают.',
        'В каждом дворе установлен счётчик, и теперь вода подаётся круглосуточно. Семьям больше не нужно тратить время и деньги на то, чтобы привозить воду.',
        'В следующем году исполнительная власть планирует улучшить водоснабжение ещё в семи сёлах.',
      ],
    },
  },
  {
    id: 'cb329a5a-ab4d-4863-ae55-8b7b7134e480',
    authority: 'masalli',
    publishedAt: '2026-09-19T12:10:00Z',
    cover: {
      file: 'masalli-school-football.svg',
      alt: {
        az: 'Futbol meydançası, qapı və top',
        en: 'A football pitch with a goal and a ball',
        ru: 'Футбольное поле, ворота и мяч',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Masallıda məktəblərarası futbol turniri keçirilib',
      en: 'Inter-school football tournament held in Masalli',
      ru: 'В Масаллы прошёл межшкольный футбольный турнир',
    },
    summary: {
      az: 'Masallı Olimpiya İdman Kompleksində keçirilən turnirdə rayonun 16 məktəbinin komandası mübarizə aparıb. Finalda 3 nömrəli şəhər məktəbinin komandası penaltilər seriyasında qalib gəlib.',
      en: 'Teams from 16 schools in the district competed at the Masalli Olympic Sports Complex. The team from town School No. 3 won the final on penalties.',
      ru: 'В Олимпийском спортивном комплексе Масаллы за победу боролись команды 16 школ района. В финале в серии пенальти победила команда городской школы № 3.',
    },
    body: {
      az: [
        'Masallı Rayon İcra Hakimiyyətinin dəstəyi ilə keçirilən məktəblərarası futbol turniri Masallı Olimpiya İdman Kompleksində başa çatıb. Turnirdə 14–16 yaşlı şagirdlərdən ibarət 16 komanda iştirak edib.',
        'Bir həftə davam edən qrup mərhələsindən sonra səkkiz komanda pley-off mərhələsinə yüksəlib. Gərgin keçən final matçının əsas vaxtı 2:2 hesabı ilə bitib, penaltilər seriyasında isə 3 nömrəli şəhər məktəbinin komandası daha dəqiq olub.',
        'Turnirin ən yaxşı oyunçusu, ən yaxşı qapıçısı və ən çox qol vuran oyunçusu ayrıca mükafatlandırılıb. Bütün komandalara futbol topları və forma dəstləri hədiyyə olunub.',
        'Turnirdə diqqəti cəlb edən istedadlı oyunçular rayonun uşaq-gənclər futbol məktəbinə dəvət olunacaq.',
      ],
      en: [
        'An inter-school football tournament supported by the Masalli District Executive Power has ended at the Masalli Olympic Sports Complex. Sixteen teams of pupils aged 14 to 16 took part.',
        'After a week-long group stage, eight teams went through to the knockout rounds. A tense final finished 2–2 in normal time, and the team from town School No. 3 held their nerve in the penalty shoot-out.',
        "Separate awards went to the tournament's best player, best goalkeeper and top scorer. Every team received footballs and sets of kit.",
        "Talented players who caught the eye during the tournament will be invited to the district's youth football school.",
      ],
      ru: [
        'В Олимпийском спортивном комплексе Масаллы завершился межшкольный футбольный турнир, проведённый при поддержке Исполнительной власти Масаллинского района. В нём участвовали 16 команд учеников в возрасте от 14 до 16 лет.',
        'После недельного группового этапа восемь команд вышли в плей-офф. Напряжённый финал закончился в основное время со счётом 2:2, а в серии пенальти точнее оказалась команда городской школы № 3.',
        'Отдельными наградами отмечены лучший игрок, лучший вратарь и лучший бомбардир турнира. Всем командам подарили футбольные мячи и комплекты формы.',
        'Одарённых игроков, проявивших себя на турнире, пригласят в районную детско-юношескую футбольную школу.',
      ],
    },
  },
  {
    id: '417c9afb-330b-445b-82a5-f965323c1299',
    authority: 'masalli',
    publishedAt: '2026-10-14T08:55:00Z',
    cover: {
      file: 'masalli-harvest-fair.svg',
      alt: {
        az: 'Naringi, feyxoa və bal bankası düzülmüş yarmarka piştaxtası',
        en: 'A market stall with tangerines, feijoas and a jar of honey',
        ru: 'Ярмарочный прилавок с мандаринами, фейхоа и банкой мёда',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Masallıda payız məhsul yarmarkası: sitrus meyvələri, feyxoa və bal',
      en: 'Masalli autumn harvest fair: citrus fruit, feijoas and honey',
      ru: 'Осенняя ярмарка урожая в Масаллы: цитрусовые, фейхоа и мёд',
    },
    summary: {
      az: 'İki gün davam edən yarmarkada 70-dən çox fermer və ailə təsərrüfatı məhsullarını vasitəçisiz satıb. Qonaqlar bölgənin çayını və ləvəngisini də dadıblar.',
      en: "Over two days more than 70 farmers and family smallholdings sold their produce directly to buyers. Visitors could also try the region's tea and lavangi.",
      ru: 'За два дня более 70 фермеров и семейных хозяйств продали свою продукцию без посредников. Гости также попробовали местный чай и лявянги.',
    },
    body: {
      az: [
        'Masallı Rayon İcra Hakimiyyətinin təşkilatçılığı ilə şəhərin mərkəzi meydanında iki günlük payız məhsul yarmarkası keçirilib. Yarmarkada rayonun 70-dən çox fermeri və ailə təsərrüfatı iştirak edib.',
        'Piştaxtalarda Masallı bağlarında yetişən naringi, portağal, feyxoa, xurma və nar, eləcə də yerli bal, çay və istixana tərəvəzi satılıb. Məhsul birbaşa istehsalçıdan alındığı üçün qiymətlər bazardakından xeyli ucuz olub.',
        'Yarmarkada ən yaxşı ailə təsərrüfatı müsabiqəsi keçirilib, yerli aşpazlar Lənkəran mətbəxinin ləvəngi kimi məşhur yeməklərini hazırlayıblar. Uşaqlar üçün xalq sənətkarlığı emalatxanası da fəaliyyət göstərib.',
        'Yarmarkanın əsas məqsədi yerli fermerlərə məhsullarını vasitəçisiz satmaq imkanı yaratmaqdır. Təşkilatçılar onu hər payız keçirməyi planlaşdırırlar.',
      ],
      en: [
        "Organised by the Masalli District Executive Power, a two-day autumn harvest fair was held in the town's central square. More than 70 farmers and family smallholdings from the district took part.",
        "The stalls offered tangerines, oranges, feijoas, persimmons and pomegranates from Masalli's orchards, along with local honey, tea and greenhouse vegetables. Because buyers dealt directly with producers, prices were well below those at the market.",
        'There was a contest for the best family smallholding, and local cooks prepared well-known dishes of Lankaran cuisine such as lavangi, chicken or fish stuffed with walnuts. A folk-crafts workshop was also open for children.',
        'The main aim of the fair is to let local farmers sell their produce without middlemen. The organisers plan to hold it every autumn.',
      ],
      ru: [
        'По инициативе Исполнительной власти Масаллинского района на центральной площади города прошла двухдневная осенняя ярмарка урожая. В ней приняли участие более 70 фермеров и семейных хозяйств района.',
        'На прилавках были мандарины, апельсины, фейхоа, хурма и гранаты из садов Масаллы, а также местный мёд, чай и тепличные овощи. Поскольку продукцию покупали напрямую у производителей, цены оказались заметно ниже рыночных.',
        'На ярмарке прошёл конкурс на лучшее семейное хозяйство, а местные повара готовили знаменитые блюда ленкоранской кухни, например лявянги. Для детей работала мастерская народных ремёсел.',
        'Главная цель ярмарки — дать местным фермерам возможность продавать свою продукцию без посредников. Организаторы планируют проводить её каждую осень.',
      ],
    },
  },
  {
    id: '89670aa7-db67-4761-8642-d6a438509fec',
    authority: 'masalli',
    publishedAt: '2026-11-08T10:20:00Z',
    cover: null,
    title: {
      az: 'Masallıda Zəfər Günü münasibətilə Vətən müharibəsi veteranları ilə görüş keçirilib',
      en: 'Masalli marks Victory Day with a meeting for Patriotic War veterans',
      ru: 'В Масаллы по случаю Дня Победы прошла встреча с ветеранами Отечественной войны',
    },
    summary: {
      az: 'İcra başçısı veteranları və şəhid ailələrini bayram münasibətilə təbrik edib, onların qayğıları ilə maraqlanıb.',
      en: 'The head of the executive power congratulated veterans and the families of fallen soldiers on the holiday and heard their concerns.',
      ru: 'Глава исполнительной власти поздравил ветеранов и семьи шехидов с праздником и выслушал их просьбы.',
    },
    body: {
      az: [
        'Noyabrın 8-i – Zəfər Günü münasibətilə Masallı Rayon İcra Hakimiyyətində Vətən müharibəsi veteranları və şəhid ailələri ilə görüş keçirilib. Görüşdən əvvəl iştirakçılar Şəhidlər xiyabanını ziyarət edərək qəhrəmanların xatirəsini yad ediblər.',
        'İcra başçısı veteranları və şəhid ailələrini bayram münasibətilə təbrik edib, torpaqlarımızın azadlığı uğrunda canından keçənlərin xatirəsinin hər zaman uca tutulacağını bildirib.',
        'Görüşdə veteranlar mənzil, məşğulluq və müalicə ilə bağlı məsələlər qaldırıblar. Müraciətlərin həlli üçün aidiyyəti qurumlara tapşırıqlar verilib, bir neçə veteranın sanatoriyada müalicəsi təşkil olunacaq.',
        'Tədbir rayon uşaq musiqi məktəbinin şagirdlərinin konserti ilə başa çatıb.',
      ],
      en: [
        'To mark Victory Day on 8 November, the Masalli District Executive Power hosted a meeting with Patriotic War veterans and the families of fallen soldiers. Beforehand, participants visited the Alley of Martyrs to honour the memory of the fallen.',
        "The head of the executive power congratulated the veterans and families on the holiday and said that those who gave their lives for the liberation of the country's lands would always be remembered with honour.",
        'Veterans raised questions about housing, employment and medical treatment. The relevant bodies have been instructed to deal with the requests, and sanatorium treatment will be arranged for several veterans.',
        "The event ended with a concert by pupils of the district children's music school.",
      ],
      ru: [
        'По случаю Дня Победы, который отмечается 8 ноября, в Исполнительной власти Масаллинского района прошла встреча с ветеранами Отечественной войны и семьями шехидов. Перед встречей участники посетили Аллею шехидов и почтили память героев.',
        'Глава исполнительной власти поздравил ветеранов и семьи шехидов с праздником и отметил, что память о тех, кто отдал жизнь за освобождение родных земель, всегда будет чтиться.',
        'Ветераны подняли вопросы жилья, трудоустройства и лечения. Профильным ведомствам даны поручения по их решению, для нескольких ветеранов будет организовано санаторное лечение.',
        'Мероприятие завершилось концертом учеников районной детской музыкальной школы.',
      ],
    },
  },
  {
    // Deliberately Azerbaijani only: no en and no ru (see the comment at the top of this file).
    id: 'dac776bb-a0cc-413f-8fbd-408d567145f2',
    authority: 'masalli',
    publishedAt: '2026-11-23T06:50:00Z',
    cover: {
      file: 'masalli-street-lights.svg',
      alt: {
        az: 'Gecə vaxtı LED fənərlərlə işıqlandırılmış kənd küçəsi',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Masallı rayonunun 11 kəndində küçələr LED lampalarla işıqlandırılıb',
    },
    summary: {
      az: 'Ümumi uzunluğu 36 kilometr olan küçələrdə 1400 enerjiyə qənaət edən işıq cihazı quraşdırılıb. Yeni sistem köhnə lampalara nisbətən təxminən iki dəfə az elektrik enerjisi sərf edir.',
    },
    body: {
      az: [
        'Masallı Rayon İcra Hakimiyyəti tərəfindən rayonun 11 kəndində küçə işıqlandırmasının yenilənməsi başa çatdırılıb. Ümumi uzunluğu 36 kilometr olan küçələrdə 1400 LED işıq cihazı quraşdırılıb.',
        'Əvvəllər bu kəndlərin bir çox küçəsi ümumiyyətlə işıqlandırılmırdı, bəzilərində isə köhnə lampalar tez-tez sıradan çıxırdı. Hava qaralandan sonra xüsusilə məktəbdən qayıdan şagirdlər və yaşlı sakinlər çətinlik çəkirdilər.',
        'Yeni işıqlar hava qaralanda avtomatik olaraq yanır, səhər açılanda isə sönür. Sistem köhnə lampalara nisbətən təxminən iki dəfə az elektrik enerjisi sərf edir.',
        'Küçə işıqlandırmasında nasazlıq olduqda sakinlər bu barədə inzibati ərazi dairəsi üzrə nümayəndəliyə və ya icra hakimiyyətinin qaynar xəttinə məlumat verə bilərlər.',
      ],
    },
  },
];
