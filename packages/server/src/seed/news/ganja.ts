/** Demo news of Ganja (see index.ts). */
import type { SeedNews } from '../types.js';
import { COVER_HEIGHT, COVER_WIDTH } from './cover.js';

export const ganjaNews: SeedNews[] = [
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
];
