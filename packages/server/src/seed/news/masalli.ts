/** Demo news of Masalli (see index.ts). */
import type { SeedNews } from '../types.js';
import { COVER_HEIGHT, COVER_WIDTH } from './cover.js';

export const masalliNews: SeedNews[] = [
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
